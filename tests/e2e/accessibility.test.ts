import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchOnLabelledDemo, waitUntil, type LaunchedExtension } from './harness';

// axe-core runs inside each page. Playwright's evaluate is not bound by the extension
// pages' CSP (script-src 'self'), so the library's source is evaluated there as is.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/**
 * Serious and critical violations on the page as it is now, and every landmark
 * problem (axe rates those moderate), one line each: empty when clean.
 */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.id.startsWith('landmark') || v.id === 'region')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.help}) at ${n.target.join(' ')}: ${n.failureSummary ?? ''}`));
}

const SCHEMES = ['light', 'dark'] as const;

describe('axe-core finds no serious or critical problem on the extension pages, light and dark', () => {
  let ext: LaunchedExtension;
  let demoTabId: number;
  let page: Page;

  beforeAll(async () => {
    ({ ext, demoTabId } = await launchOnLabelledDemo());
    page = await ext.newWindowPage();
    // One logged response, so the log, people and numbers pages have rows to check.
    await ext.goto(page, `chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${demoTabId}`);
    await page.locator('[data-item-id="demo:r-102"] .item-row').click();
    await page.getByRole('button', { name: 'Mark answered' }).click();
    await waitUntil(async () => /answered/.test((await page.locator('.status').textContent()) ?? ''), 30_000, 'the response logged');
  });
  afterAll(async () => {
    await ext?.close();
  });

  for (const scheme of SCHEMES) {
    test(`side panel: the list and an item (${scheme})`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      await ext.goto(page, `chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${demoTabId}`);
      await page.locator('.item-row').first().waitFor();
      expect((await seriousViolations(page)).join('\n')).toBe('');
      await page.locator('[data-item-id="demo:c-206"] .item-row').click();
      await expect.poll(() => page.locator('.suggestion').count(), { timeout: 30_000 }).toBe(3);
      await page.locator('.suggestion').first().click();
      expect((await seriousViolations(page)).join('\n')).toBe('');
      // Body text at 16 px (Chrome's extension stylesheet would make it 10.5 px), and a
      // suggestion is never smaller than its "why" note.
      const sizes = await page.evaluate(() => {
        const px = (selector: string) => parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize);
        return { body: px('body'), suggestion: px('.suggestion-text'), why: px('.why') };
      });
      expect(sizes.body).toBe(16);
      expect(sizes.suggestion).toBe(16);
      expect(sizes.why).toBeLessThanOrEqual(sizes.suggestion);
    });

    for (const route of ['inbox', 'log', 'people', 'numbers', 'followups', 'playbooks', 'settings', 'data', 'welcome']) {
      test(`dashboard #/${route} (${scheme})`, async () => {
        await page.emulateMedia({ colorScheme: scheme });
        await ext.goto(page, `chrome-extension://${ext.extensionId}/dashboard.html#/${route}`);
        await page.locator('main h1').first().waitFor();
        // Loading placeholders first: wait until the page's data is shown.
        await expect.poll(() => page.getByText(/^Loading/).count(), { timeout: 30_000 }).toBe(0);
        if (route === 'log') {
          await page.getByRole('row').filter({ hasText: 'Tom Becker' }).getByRole('link').first().click();
          await page.locator('.detail h2').waitFor();
        }
        expect((await seriousViolations(page)).join('\n')).toBe('');
        expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('16px');
      });
    }
  }

  test("Settings: a field's error sits on its own line under its hint", async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await ext.goto(page, `chrome-extension://${ext.extensionId}/dashboard.html#/settings`);
    const url = page.getByLabel('Help or support page');
    await url.fill('harbor.example/help');
    await page.getByRole('button', { name: 'Save settings' }).click();
    const error = page.locator('#rb-settings-supportUrl-error');
    await error.waitFor();
    const hintBox = (await page.locator('#rb-settings-supportUrl-hint').boundingBox())!;
    const errorBox = (await error.boundingBox())!;
    expect(errorBox.y).toBeGreaterThanOrEqual(hintBox.y + hintBox.height);
  });

  test('Numbers prints as a report: no navigation or controls, a dated title line', async () => {
    await ext.goto(page, `chrome-extension://${ext.extensionId}/dashboard.html#/numbers`);
    await page.getByRole('button', { name: 'Print or save as PDF' }).waitFor();
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    expect(await page.locator('nav[aria-label="Dashboard"]').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
    expect(await page.locator('.print-only').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.print-only').isVisible()).toBe(false);
    expect(await page.locator('nav[aria-label="Dashboard"]').isVisible()).toBe(true);
  });
});
