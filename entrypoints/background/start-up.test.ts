// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { saveSettings } from '@/lib/settings/storage';
import { getDb } from '@/lib/storage/db';
import { wipeAll } from '@/lib/storage/writes';

// The warm-up's own work is the real labelling; here only which samples it reads, and when, matter.
const labelled = vi.hoisted(() => [] as string[]);
vi.mock('./labelling', () => ({
  labelItems: (items: { id: string }[]) => {
    labelled.push(...items.map((item) => item.id));
    return [];
  },
}));

const { itemsArrived, primeWhileWaiting, readSettingsEarly, settingsForReport, START_SETTINGS_FRESH_MS, warmFirstLabels } = await import(
  './start-up'
);
const { patternsLeftToPrime, primed } = await import('@/lib/classifier/pattern-priming');

const withBrand = (brand: string) => ({ ...DEFAULT_SETTINGS, profile: { ...DEFAULT_SETTINGS.profile, brand } });

afterEach(async () => {
  await wipeAll(getDb());
});

describe("the first page's report uses the settings read at start-up", () => {
  it('once, while that read is fresh; later reports read the settings again', async () => {
    expect((await saveSettings(withBrand('Early Brand'))).ok).toBe(true);
    await readSettingsEarly();
    await Promise.resolve();
    expect((await saveSettings(withBrand('Later Brand'))).ok).toBe(true);
    expect((await settingsForReport())?.profile.brand).toBe('Early Brand');
    expect((await settingsForReport())?.profile.brand).toBe('Later Brand');
  });

  it('not when the start-up read is older than START_SETTINGS_FRESH_MS', async () => {
    expect((await saveSettings(withBrand('Early Brand'))).ok).toBe(true);
    await readSettingsEarly();
    await Promise.resolve();
    expect((await saveSettings(withBrand('Later Brand'))).ok).toBe(true);
    expect((await settingsForReport(Date.now() + START_SETTINGS_FRESH_MS + 1))?.profile.brand).toBe('Later Brand');
  });
});

describe('the warm-up', () => {
  it('compiles the common patterns while no page has reported, in steps', async () => {
    const patterns = [primed(/start (one|two)/u), primed(/start (three|four)/u)];
    expect(patternsLeftToPrime()).toBeGreaterThanOrEqual(patterns.length);
    await primeWhileWaiting();
    expect(patternsLeftToPrime()).toBe(0);
  });

  it('reads the English samples first, then one sample per other language, each once', async () => {
    labelled.length = 0;
    await warmFirstLabels();
    expect(labelled.slice(0, 3)).toEqual(['warm-en-1', 'warm-en-2', 'warm-en-3']);
    expect(labelled.slice(3).sort()).toEqual(['warm-ar', 'warm-de', 'warm-es', 'warm-fr', 'warm-it', 'warm-pt']);
  });

  it('reads nothing once a page has reported its items: that report labelled what it needs', async () => {
    labelled.length = 0;
    itemsArrived();
    await warmFirstLabels();
    expect(labelled).toEqual([]);
    // Nor does it compile patterns for a page: the report compiles what its items reach.
    primed(/after (a|the) report/u);
    await primeWhileWaiting();
    expect(patternsLeftToPrime()).toBe(1);
  });
});
