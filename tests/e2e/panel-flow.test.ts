import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, readSettings, readTabStates, tabStateWhere, waitUntil, welcomePage, type LaunchedExtension } from './harness';
import { SAMPLE_PROFILE } from '@/lib/settings/schema';

declare const chrome: typeof import('wxt/browser').browser;

/** Reads the log straight from the extension's real IndexedDB, from an extension page. */
async function readLog(page: Page) {
  return page.evaluate(
    () =>
      new Promise<Array<{ itemId: string; action: string; replyText: string; followUpAt?: number }>>((resolve, reject) => {
        const open = indexedDB.open('replybook');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('responses', 'readonly');
          const all = tx.objectStore('responses').getAll();
          all.onsuccess = () => {
            resolve(all.result);
            open.result.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

describe('side panel workbench on the demo page', () => {
  let ext: LaunchedExtension;
  let demo: Page;
  let panel: Page;
  let demoTabId: number;

  beforeAll(async () => {
    ext = await launchWithExtension();
    // The user fills in their profile on the welcome page that opens on install.
    const welcome = await welcomePage(ext);
    await welcome.getByRole('button', { name: 'Fill with sample details' }).click();
    await welcome.getByRole('button', { name: 'Save and start' }).click();
    // Once saved, the welcome page moves on to the log.
    await waitUntil(() => welcome.url().endsWith('#/log'), 30_000, 'the welcome page to save and move to the log');
    const stored = await readSettings(ext);
    expect(stored).toMatchObject({ profile: SAMPLE_PROFILE, onboarded: true });
    // ...and opens the demo page in front, where the first reply is walked through.
    demo = await waitUntil(
      () => ext.context.pages().find((p) => p.url().endsWith('/demo.html')),
      30_000,
      'the demo page opened after the welcome page',
    );
    await waitUntil(
      async () => (await demo.locator('replybook-badge:not([data-rb-state="pending"])').count()) > 20,
      30_000,
      'labelled badges',
    );
    const state = await tabStateWhere(ext, (s) => s.siteId === 'demo', "the demo tab's state");
    demoTabId = state.tabId;
    panel = await ext.newWindowPage();
    await ext.goto(panel, `chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${demoTabId}`);
  });
  afterAll(async () => {
    await ext?.close();
  });

  test('first run: the panel on the demo page opens one item with the three-step guide', async () => {
    // Save and start opened the browser's side panel itself (a page target without ?tabId).
    const cdp = await ext.context.newCDPSession(demo);
    const { targetInfos } = await cdp.send('Target.getTargets');
    await cdp.detach();
    expect(targetInfos.filter((t) => t.type === 'page' && t.url.endsWith('/sidepanel.html'))).toHaveLength(1);
    const guide = panel.getByRole('region', { name: 'Your first reply, in three steps' });
    await expect.poll(() => guide.count(), { timeout: 30_000 }).toBe(1);
    expect(await guide.locator('li').allTextContents()).toEqual([
      expect.stringMatching(/^Pick/),
      expect.stringMatching(/^Insert/),
      expect.stringMatching(/^Post it yourself/),
    ]);
    // The worst unanswered item is open, with its suggestions.
    await expect.poll(() => panel.locator('.suggestion').count(), { timeout: 30_000 }).toBe(3);
    const opened = await panel.locator('article.detail h2').textContent();
    await guide.getByRole('button', { name: 'Got it' }).click();
    expect(await panel.getByRole('region', { name: /three steps/ }).count()).toBe(0);
    expect(await ext.serviceWorker.evaluate(async () => (await chrome.storage.local.get('firstRunGuide')).firstRunGuide)).toBe(false);
    // Esc goes back to the list and the keyboard is on the row it left.
    await panel.keyboard.press('Escape');
    await expect
      .poll(() => panel.evaluate(() => document.activeElement?.closest('li')?.querySelector('.item-author')?.textContent))
      .toContain(opened);
  });

  test('lists the items worst first, with counts by tone', async () => {
    await expect.poll(() => panel.locator('.item-list > li').count()).toBe(24);
    const firstTone = await panel.locator('.item-list > li .dot').first().getAttribute('aria-label');
    expect(firstTone).toBe('negative tone');
    await expect.poll(() => panel.getByRole('group', { name: 'Filter by tone' }).textContent()).toMatch(/negative \d+/);
  });

  test('badge click → panel → suggestion → edit → insert → row in the log', async () => {
    // Clicking the badge asks the background to open the panel on that item.
    const item = demo.locator('article[data-item-id="r-102"]');
    await item.locator('replybook-badge').click();
    await expect.poll(() => panel.locator('article.detail h2').textContent(), { timeout: 30_000 }).toBe('Tom Becker');
    await expect.poll(() => panel.locator('.suggestion').count()).toBe(3);
    // The profile from the welcome page fills the replies: no "parts marked [like this]" notice.
    expect(await panel.getByText(/parts marked \[like this\]/).count()).toBe(0);

    await panel.bringToFront();
    await panel.keyboard.press('2');
    const draft = panel.locator('textarea#draft');
    await expect.poll(() => draft.inputValue()).not.toBe('');
    await draft.focus();
    await panel.keyboard.press('End');
    await draft.pressSequentially(' See you soon.');
    const text = await draft.inputValue();
    expect(text).toContain('Tom');
    expect(text, text).not.toMatch(/\[[a-z ]+\]|\{\{/); // every variable filled from the profile

    await panel.getByLabel(/Follow up in/).check();
    await panel.keyboard.press('Control+Enter');
    await expect.poll(() => panel.locator('.status').textContent(), { timeout: 30_000 }).toMatch(/Inserted/);

    // The text is in the page's own reply box, and Post was not pressed.
    await expect.poll(() => item.locator('textarea.rb-demo-box').inputValue()).toBe(text);
    expect(await item.locator('.rb-demo-post').isEnabled()).toBe(true);
    expect(await item.locator('textarea.rb-demo-box').count()).toBe(1);

    const log = await readLog(panel);
    const row = log.find((r) => r.itemId === 'demo:r-102');
    expect(row).toMatchObject({ action: 'inserted', replyText: text });
    expect(row!.followUpAt).toBeGreaterThan(Date.now() + 86_400_000);

    // The row was written by the background into real IndexedDB: it survives a reload.
    await panel.reload();
    expect((await readLog(panel)).filter((r) => r.itemId === 'demo:r-102')).toHaveLength(1);
  });

  test('a troll gets no suggestion to post; ignoring it is logged', async () => {
    await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await panel.getByRole('button', { name: '← All items' }).click();
    await panel.locator('[data-item-id="demo:c-203"] .item-row').click();
    await expect.poll(() => panel.locator('article.detail h2').textContent()).toBe('xX_darkroast_Xx');
    expect(await panel.locator('.suggestion').count()).toBe(0);
    await panel.getByRole('button', { name: 'Ignore' }).click();
    await expect.poll(async () => (await readLog(panel)).some((r) => r.itemId === 'demo:c-203' && r.action === 'ignored')).toBe(true);
  });

  test('correcting the tone is stored and shown', async () => {
    await panel.keyboard.press('Escape');
    await panel.locator('[data-item-id="demo:c-206"] .item-row').click();
    await panel.getByLabel('Correct tone').selectOption('negative');
    await expect.poll(() => panel.locator('.tone-line .chip').textContent()).toBe('negative');
    await expect.poll(() => panel.locator('.tone-line').textContent()).toContain('your correction');
  });

  test('no request left Chromium', () => {
    expect(ext.unexpectedRequests).toEqual([]);
  });
});
