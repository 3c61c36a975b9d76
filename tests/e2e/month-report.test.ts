import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchOnLabelledDemo, waitUntil, type LaunchedExtension } from './harness';

describe('Numbers prints one month as a report', () => {
  let ext: LaunchedExtension;
  let page: Page;

  beforeAll(async () => {
    const launched = await launchOnLabelledDemo();
    ext = launched.ext;
    const demoTabId = launched.demoTabId;
    page = await ext.newWindowPage();
    await ext.goto(page, `chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${demoTabId}`);
    await page.locator('[data-item-id="demo:r-102"] .item-row').click();
    await page.getByRole('button', { name: 'Mark answered' }).click();
    await waitUntil(async () => /answered/.test((await page.locator('.status').textContent()) ?? ''), 30_000, 'the response logged');
  });
  afterAll(async () => {
    await ext?.close();
  });

  test('the month just logged is chosen; printing it hides the navigation, the controls and the all-time charts', async () => {
    await ext.goto(page, `chrome-extension://${ext.extensionId}/dashboard.html#/numbers`);
    const month = new Date().toLocaleDateString(undefined, { month: 'long', year: 'numeric' });
    const report = page.locator('.month-report');
    await page.getByRole('heading', { name: `Monthly report: ${month}` }).waitFor();
    await expect.poll(() => page.getByLabel(`Figures for ${month}`).locator('dd').first().textContent()).toBe('1');
    // window.print blocks in a real browser: the test prints by media emulation instead.
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByRole('button', { name: 'Print this month or save as PDF' }).click();
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    expect(await report.isVisible()).toBe(true);
    expect(await page.locator('.month-report-dateline').isVisible()).toBe(true);
    expect(await page.locator('nav[aria-label="Dashboard"]').isVisible()).toBe(false);
    expect(await page.getByLabel('Month', { exact: true }).isVisible()).toBe(false);
    expect(await page.locator('.chart').first().isVisible()).toBe(false);
    expect(await page.locator('section[aria-labelledby="numbers-title"] > h1').isVisible()).toBe(true);
    // After printing, the whole Numbers page prints again.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await page.locator('.chart').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.month-report-dateline').isVisible()).toBe(false);
  });
});
