import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SAMPLE_PROFILE } from '@/lib/settings/schema';
import {
  launchWithExtension,
  storeSettings,
  readFixture,
  readTabStates,
  startSiteServer,
  waitUntil,
  type LaunchedExtension,
  type SiteServer,
} from './harness';

declare const chrome: typeof import('wxt/browser').browser;

const POST_URL = 'https://www.instagram.com/p/ReplybookDemo/';
const MARKER = 'Zephyrine'; // a word no saved page contains, to find our reply by search

describe('a reply made on a saved page shows up on the dashboard, and its follow-up fires', () => {
  let server: SiteServer;
  let ext: LaunchedExtension;
  let responseId: string;

  beforeAll(async () => {
    server = await startSiteServer(['www.instagram.com']);
    server.setPage('www.instagram.com', '/p/ReplybookDemo/', readFixture('instagram/post-2025.html'));
    ext = await launchWithExtension({ hosts: ['www.instagram.com'], port: server.port });
    await storeSettings(ext, { profile: SAMPLE_PROFILE, onboarded: true });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  test("insert from the panel into the post's comment box, then find it in the log", async () => {
    const post = await ext.newWindowPage();
    await ext.goto(post, POST_URL);
    await waitUntil(async () => (await post.locator('replybook-badge:not([data-rb-state="pending"])').count()) > 0, 20_000, 'badges');
    const state = await waitUntil(
      async () => (await readTabStates(ext.serviceWorker)).find((s) => s.pageUrl === POST_URL),
      30_000,
      'tab state',
    );

    const panel = await ext.newWindowPage();
    await ext.goto(panel, `chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${state.tabId}`);
    await panel.locator('.item-row').first().click();
    const draft = panel.locator('textarea#draft');
    await draft.fill(`Thank you so much! ${MARKER} says hello.`);
    await panel.getByLabel(/Follow up in/).check();
    await panel.getByRole('button', { name: 'Insert' }).click();
    await expect.poll(() => panel.locator('.status').textContent(), { timeout: 30_000 }).toMatch(/Inserted/);
    const box = post.locator('textarea[aria-label^="Add a comment"]');
    await expect.poll(() => box.inputValue()).toContain(MARKER);

    const dashboard = await ext.newWindowPage();
    await ext.goto(dashboard, `chrome-extension://${ext.extensionId}/dashboard.html#/log`);
    await dashboard.getByRole('searchbox', { name: /Search/ }).fill(MARKER);
    await expect.poll(() => dashboard.getByText('1 response').count(), { timeout: 30_000 }).toBe(1);
    const row = dashboard.getByRole('row').filter({ hasText: MARKER });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('instagram');
    expect(await row.textContent()).toContain('inserted');
    await row.getByRole('link').click();
    await expect.poll(() => dashboard.url()).toMatch(/#\/log\/.+/);
    responseId = decodeURIComponent(dashboard.url().split('#/log/')[1]!);
    await expect.poll(() => dashboard.locator('main').textContent()).toContain(`${MARKER} says hello.`);
  });

  test('the follow-up comes due and shows the one summary notification (due time shortened for the test)', async () => {
    expect(responseId).toBeTruthy();
    // One alarm for all follow-ups, set no later than this one's time (days away).
    const scheduled = await ext.serviceWorker.evaluate(() => chrome.alarms.get('followups-next'));
    expect(scheduled).toBeTruthy();
    // Make the follow-up due now (the row in IndexedDB), then let the alarm fire in a second.
    await ext.serviceWorker.evaluate(async (id) => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open('replybook');
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      await new Promise<void>((done, fail) => {
        const store = db.transaction('responses', 'readwrite').objectStore('responses');
        const read = store.get(id);
        read.onsuccess = () => {
          store.put({ ...read.result, followUpAt: Date.now() - 1000 });
          store.transaction.oncomplete = () => done();
        };
        read.onerror = () => fail(read.error);
      });
      db.close();
      await chrome.alarms.create('followups-next', { when: Date.now() + 1000 });
    }, responseId);
    await expect
      .poll(() => ext.serviceWorker.evaluate(() => chrome.notifications.getAll()), { timeout: 20_000 })
      .toEqual({ 'followups-due': true });
  });

  test('no request left Chromium', () => {
    expect(ext.unexpectedRequests).toEqual([]);
  });
});
