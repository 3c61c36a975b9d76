// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { storage } from 'wxt/utils/storage';
import { getDb } from '@/lib/storage/db';
import { DEFAULT_SETTINGS, ExtraSiteSchema, parseProfileFile, SAMPLE_PROFILE, SettingsSchema } from './schema';
import {
  CORRUPT_SETTINGS_KEY,
  LEGACY_SETTINGS_KEY,
  loadSettings,
  saveSettings,
  SETTINGS_ROW,
  SITE_SWITCHES_KEY,
  updateSettings,
  watchSettings,
} from './storage';

beforeEach(async () => {
  await getDb().settings.clear();
});

describe('settings storage', () => {
  it('returns the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({ followUpDays: 3, onboarded: false, extraSites: [], sites: {} });
  });

  it('saves and reads back a valid value, normalising extra sites to origins', async () => {
    const result = await saveSettings({
      profile: SAMPLE_PROFILE,
      followUpDays: 5,
      sites: { x: false },
      extraSites: ['https://blog.example.com/'],
      onboarded: true,
    });
    expect(result.ok).toBe(true);
    expect(await loadSettings()).toEqual({
      profile: SAMPLE_PROFILE,
      followUpDays: 5,
      sites: { x: false },
      extraSites: ['https://blog.example.com'],
      onboarded: true,
      toolbarBadge: 'negativesHere',
      // Settings saved before the reply-box fields read with them off and empty.
      replyBox: { chipSites: {}, shortcuts: [] },
    });
  });

  it('reads a bare domain as its https site; a word or a path is refused', () => {
    expect(ExtraSiteSchema.parse('elavegan.com')).toBe('https://elavegan.com');
    expect(ExtraSiteSchema.parse(' www.elavegan.com/ ')).toBe('https://www.elavegan.com');
    expect(ExtraSiteSchema.parse('http://blog.example.org')).toBe('http://blog.example.org');
    expect(ExtraSiteSchema.safeParse('elavegan').success).toBe(false);
    expect(ExtraSiteSchema.safeParse('elavegan.com/recipes').success).toBe(false);
    expect(ExtraSiteSchema.safeParse('javascript:alert(1)').success).toBe(false);
  });

  it('refuses invalid input with field errors and writes nothing', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, followUpDays: 7 });
    const result = await saveSettings({
      ...DEFAULT_SETTINGS,
      followUpDays: 0,
      profile: { ...SAMPLE_PROFILE, email: 'not-an-email', supportUrl: 'javascript:alert(1)' },
      extraSites: ['https://ok.example', 'https://x.example/path'],
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        followUpDays: 'at least 1 day',
        'profile.email': expect.stringMatching(/email/),
        'profile.supportUrl': expect.stringMatching(/https/),
        'extraSites.1': expect.stringMatching(/origin/),
      },
    });
    expect((await loadSettings()).followUpDays).toBe(7);
  });

  it('falls back on a corrupt stored value and keeps the bad value under another key', async () => {
    const bad = { profile: { email: 42 }, followUpDays: 'soon' };
    await getDb().settings.put({ key: SETTINGS_ROW, value: bad });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await storage.getItem(CORRUPT_SETTINGS_KEY)).toEqual({ savedAt: expect.any(Number), value: bad });
    // The original is not overwritten by reading.
    expect((await getDb().settings.get(SETTINGS_ROW))?.value).toEqual(bad);
  });

  it('moves settings from storage.local into IndexedDB once, losing nothing', async () => {
    const legacy = { profile: SAMPLE_PROFILE, followUpDays: 9, sites: { yelp: false }, onboarded: true };
    await storage.setItem(LEGACY_SETTINGS_KEY, legacy);
    const expected = SettingsSchema.parse(legacy);
    expect(await loadSettings()).toEqual(expected);
    expect((await getDb().settings.get(SETTINGS_ROW))?.value).toEqual(expected);
    expect(await storage.getItem(LEGACY_SETTINGS_KEY)).toBeNull();
    expect(await storage.getItem(SITE_SWITCHES_KEY)).toEqual({ sites: { yelp: false }, updatedAt: expect.any(Number) });
    // What a content script can still write to storage.local no longer changes anything.
    await storage.setItem(LEGACY_SETTINGS_KEY, { profile: { ...SAMPLE_PROFILE, email: 'attacker@evil.example' } });
    expect((await loadSettings()).profile.email).toBe(SAMPLE_PROFILE.email);
  });

  it('keeps a legacy value that does not parse under the corrupt key when migrating', async () => {
    const bad = { followUpDays: 'soon' };
    await storage.setItem(LEGACY_SETTINGS_KEY, bad);
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await storage.getItem(CORRUPT_SETTINGS_KEY)).toEqual({ savedAt: expect.any(Number), value: bad });
  });

  it('tells watchers about saved changes', async () => {
    const seen: number[] = [];
    const stop = watchSettings((settings) => seen.push(settings.followUpDays));
    await saveSettings({ ...DEFAULT_SETTINGS, followUpDays: 11 });
    await expect.poll(() => seen.at(-1)).toBe(11);
    stop();
  });

  it('updates one field through a change function', async () => {
    await updateSettings((current) => ({ ...current, onboarded: true }));
    expect((await loadSettings()).onboarded).toBe(true);
  });

  it('fills defaults for missing fields of an older partial value', () => {
    expect(SettingsSchema.parse({ profile: { brand: 'B' } }).profile).toMatchObject({ brand: 'B', email: '', replierName: '' });
  });
});

describe('parseProfileFile', () => {
  it.each([
    ['a bare profile', SAMPLE_PROFILE],
    ['{profile}', { profile: SAMPLE_PROFILE }],
    ['a full export with settings', { format: 'replybook-export', settings: { profile: SAMPLE_PROFILE, followUpDays: 3 }, responses: [] }],
  ])('reads %s', (_name, value) => {
    expect(parseProfileFile(value)).toEqual({ ok: true, profile: SAMPLE_PROFILE });
  });
  it('names the bad field', () => {
    expect(parseProfileFile({ profile: { ...SAMPLE_PROFILE, email: 'nope' } })).toEqual({
      ok: false,
      error: expect.stringMatching(/^profile\.email: /),
    });
  });
  it('refuses things that are not a profile', () => {
    expect(parseProfileFile([1, 2]).ok).toBe(false);
    expect(parseProfileFile({ colour: 'blue' }).ok).toBe(false);
    expect(parseProfileFile(null).ok).toBe(false);
  });
});
