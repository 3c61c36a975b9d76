import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousAxeViolations } from './axe';
import { launchOnLabelledDemo, type LaunchedExtension } from './harness';

describe('the side panel says why in plain words and marks the words it rests on', () => {
  let ext: LaunchedExtension;
  let panel: Page;
  let tabId: number;

  beforeAll(async () => {
    ({ ext, demoTabId: tabId } = await launchOnLabelledDemo());
    panel = await ext.newWindowPage();
  });
  afterAll(async () => {
    await ext?.close();
  });

  for (const itemId of ['demo:r-102', 'demo:r-104']) {
    test(`${itemId}: reasons as sentences, evidence highlighted in the text, flags with their one line`, async () => {
      await ext.goto(panel, `chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${tabId}`);
      await panel.locator(`[data-item-id="${itemId}"] .item-row`).click();
      const why = panel.getByRole('list', { name: 'Why' });
      await why.waitFor();
      const reasons = await why.getByRole('listitem').allTextContents();
      expect(reasons.length).toBeGreaterThan(1);
      // No model weights, rule names or flag codes.
      for (const reason of reasons) expect(reason).not.toMatch(/\([+-]?\d|rule '|^flag |^(negative|positive|neutral):/);
      const marks = await panel.locator('#item-text mark.evidence').allTextContents();
      expect(marks.length).toBeGreaterThan(0);
      const quoted = reasons.join(' ').toLowerCase();
      for (const mark of marks) expect(quoted).toContain(mark.toLowerCase());
      const flags = panel.getByRole('list', { name: 'Flags' }).getByRole('listitem');
      for (const flag of await flags.all()) expect((await flag.getAttribute('title'))?.length).toBeGreaterThan(10);
      // The highlighted words keep AA contrast in both schemes.
      for (const colorScheme of ['light', 'dark'] as const) {
        await panel.emulateMedia({ colorScheme });
        expect((await seriousAxeViolations(panel)).join('\n')).toBe('');
      }
      await panel.emulateMedia({ colorScheme: 'light' });
    });
  }

  test('demo:r-102 says its stars', async () => {
    await ext.goto(panel, `chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.locator('[data-item-id="demo:r-102"] .item-row').click();
    await expect.poll(() => panel.getByRole('list', { name: 'Why' }).getByRole('listitem').allTextContents()).toContain('1 of 5 stars');
  });
});
