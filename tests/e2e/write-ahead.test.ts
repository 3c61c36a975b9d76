import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SAMPLE_PROFILE } from '@/lib/settings/schema';
import { launchWithExtension, readTabStates, storeSettings, waitUntil, type LaunchedExtension } from './harness';

/**
 * Insert never loses its log row: the intent is written before the text goes to the page
 * (lib/storage/intents.ts). Closing the panel mid-insert or stopping the service worker
 * (through CDP) right after Insert leaves a row for every reply that reached the page.
 */
describe('Insert with write-ahead, in Chromium', () => {
  let ext: LaunchedExtension;
  let demo: Page;
  let demoTabId: number;

  /** The log rows for one item, read from the service worker's view of IndexedDB. */
  const rowsFor = (itemId: string) =>
    ext.serviceWorker.evaluate(async (id) => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open('replybook');
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      const rows = await new Promise<Array<{ action: string; replyText: string; notes?: string }>>((done, fail) => {
        const request = db.transaction('responses').objectStore('responses').index('itemId').getAll(id);
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      db.close();
      return rows;
    }, itemId);

  async function panelOn(itemId: string): Promise<Page> {
    const panel = await ext.newWindowPage();
    await ext.goto(panel, `chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${demoTabId}`);
    await panel.locator(`[data-item-id="demo:${itemId}"] .item-row`).click();
    await panel.locator('textarea#draft').waitFor();
    return panel;
  }

  beforeAll(async () => {
    ext = await launchWithExtension();
    await storeSettings(ext, { profile: SAMPLE_PROFILE, onboarded: true });
    demo = await ext.newWindowPage();
    await ext.goto(demo, `chrome-extension://${ext.extensionId}/demo.html`);
    await waitUntil(async () => (await demo.locator('replybook-badge[data-rb-state="labelled"]').count()) > 20, 20_000, 'labelled badges');
    demoTabId = (
      await waitUntil(async () => (await readTabStates(ext.serviceWorker)).find((s) => s.siteId === 'demo'), 30_000, 'demo tab state')
    ).tabId;
  });
  afterAll(async () => {
    await ext?.close();
  });

  test('closing the panel right after Insert: the reply is in the box and in the log', async () => {
    const panel = await panelOn('r-102');
    const text = 'Tom, we are sorry about the lukewarm flat white. (closed panel)';
    await panel.locator('textarea#draft').fill(text);
    await panel.getByRole('button', { name: 'Insert' }).click();
    await panel.close();
    await expect
      .poll(() => demo.locator('article[data-item-id="r-102"] textarea.rb-demo-box').inputValue(), { timeout: 30_000 })
      .toBe(text);
    await expect
      .poll(async () => (await rowsFor('demo:r-102')).map((row) => [row.action, row.replyText]), { timeout: 30_000 })
      .toEqual([['inserted', text]]);
  });

  test('stopping the service worker right after Insert loses no row, and the panel shows no raw Chrome error', async () => {
    const panel = await panelOn('r-104');
    const text = 'Marcus, your beans ship today with a refund for the wait. (stopped worker)';
    await panel.locator('textarea#draft').fill(text);
    const cdp = await ext.context.newCDPSession(panel);
    await cdp.send('ServiceWorker.enable');
    await panel.getByRole('button', { name: 'Insert' }).click();
    await cdp.send('ServiceWorker.stopAllWorkers');
    const status = await waitUntil(
      async () => (await panel.locator('.status').count()) && panel.locator('.status').textContent(),
      20_000,
      'a status line',
    );
    expect(status).not.toMatch(/message channel|Receiving end/i);
    const box = demo.locator('article[data-item-id="r-104"] textarea.rb-demo-box');
    // Whatever moment the worker stopped at: if the text reached the page, the log has it.
    await expect
      .poll(async () => ((await box.count()) && (await box.inputValue()) === text ? (await rowsFor('demo:r-104')).length : 1), {
        timeout: 20_000,
      })
      .toBe(1);
    const rows = await rowsFor('demo:r-104');
    expect(rows.every((row) => row.action === 'inserted' && row.replyText === text)).toBe(true);
    await cdp.detach();
    await panel.close();
  });

  test('a draft survives closing the panel', async () => {
    const text = 'Jamie, yes: oat milk works in every latte. (draft kept)';
    const first = await panelOn('c-201');
    await first.locator('textarea#draft').fill(text);
    await first.waitForTimeout(600); // the draft is saved 250 ms after the last keystroke
    await first.close();
    const second = await panelOn('c-201');
    await expect.poll(() => second.locator('textarea#draft').inputValue(), { timeout: 30_000 }).toBe(text);
    await second.close();
  });
});
