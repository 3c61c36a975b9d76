import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FLAGS } from '@/lib/classifier/labels';
import { SAMPLE_PROFILE } from '@/lib/settings/schema';
import {
  launchWithExtension,
  readSettings,
  readTabStates,
  storeSettings,
  tabStateWhere,
  waitUntil,
  type LaunchedExtension,
} from './harness';

declare const chrome: typeof import('wxt/browser').browser;

async function downloaded(page: Page, button: RegExp): Promise<{ name: string; text: string; path: string }> {
  const [download] = (await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()])) as [
    Download,
    void,
  ];
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
}

describe('the Data page writes files people can open, and reads its JSON back', () => {
  let ext: LaunchedExtension;
  let page: Page;

  beforeAll(async () => {
    ext = await launchWithExtension();
    await storeSettings(ext, { profile: SAMPLE_PROFILE, onboarded: true, followUpDays: 4 });
    const demo = await ext.newWindowPage();
    await ext.goto(demo, `chrome-extension://${ext.extensionId}/demo.html`);
    await waitUntil(
      async () => (await demo.locator('replybook-badge:not([data-rb-state="pending"])').count()) > 20,
      30_000,
      'labelled badges',
    );
    const tabId = (await tabStateWhere(ext, (s) => s.siteId === 'demo', "the demo tab's state")).tabId;
    page = await ext.newWindowPage();
    await ext.goto(page, `chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${tabId}`);
    // Leo M.: a complaint asking for a refund, so the label columns have something to show.
    await page.locator('[data-item-id="demo:c-209"] .item-row').click();
    await page.getByRole('button', { name: 'Mark answered' }).click();
    await waitUntil(async () => /answered/.test((await page.locator('.status').textContent()) ?? ''), 30_000, 'the response logged');
    await ext.goto(page, `chrome-extension://${ext.extensionId}/dashboard.html#/data`);
  });
  afterAll(async () => {
    await ext?.close();
  });

  test('CSV: ISO times with the offset, one column per label, no JSON in cells', async () => {
    const csv = await downloaded(page, /Export the log \(CSV\)/);
    expect(csv.name).toMatch(/^replybook-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const { data, meta } = Papa.parse<Record<string, string>>(csv.text, { header: true, skipEmptyLines: true });
    expect(meta.fields).toEqual(expect.arrayContaining(['repliedAt', 'labelTone', ...FLAGS.map((flag) => `flag_${flag}`)]));
    expect(meta.fields).not.toContain('labels');
    expect(data).toHaveLength(1);
    const row = data[0]!;
    expect(row.repliedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(Math.abs(Date.parse(row.repliedAt!) - Date.now())).toBeLessThan(10 * 60_000);
    expect(row).toMatchObject({ authorName: 'Leo M.', action: 'answered', flag_complaint: 'yes', flag_refund: 'yes', flag_abusive: '' });
    expect(csv.text).not.toMatch(/[{}]/);
  });

  test('JSON carries the settings; after Delete everything, importing it brings back the log and the settings', async () => {
    const json = await downloaded(page, /Export everything/);
    const file = JSON.parse(json.text) as { settings: Array<{ key: string; value: { profile: unknown; followUpDays: number } }> };
    expect(file.settings).toContainEqual({ key: 'settings', value: expect.objectContaining({ profile: SAMPLE_PROFILE, followUpDays: 4 }) });

    await page.getByLabel('Type DELETE to confirm').fill('DELETE');
    await page.getByRole('button', { name: 'Delete everything' }).click();
    await expect.poll(() => page.getByText('Delete everything: done.').count()).toBe(1);
    expect((await readSettings(ext))?.onboarded ?? false).toBe(false); // the defaults again (the page may have written them back)

    await page.getByLabel('Choose a Replybook export (JSON)').setInputFiles(json.path);
    const settingsRow = page.getByRole('row', { name: /^settings/ });
    await expect.poll(() => settingsRow.textContent()).toBe('settings100');
    await page.getByRole('button', { name: /^Import \d+ new rows$/ }).click();
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /^Imported/ })
          .count(),
      )
      .toBe(1);
    expect(await readSettings(ext)).toMatchObject({ profile: SAMPLE_PROFILE, followUpDays: 4, onboarded: true });
    await ext.goto(page, `chrome-extension://${ext.extensionId}/dashboard.html#/log`);
    await expect.poll(() => page.getByText('1 response').count(), { timeout: 30_000 }).toBe(1);
  });
});
