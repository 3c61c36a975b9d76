import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { SAMPLE_PROFILE } from '@/lib/settings/schema';
import {
  launchWithExtension,
  readFixture,
  readTabStates,
  startSiteServer,
  storeSettings,
  waitUntil,
  type LaunchedExtension,
  type SiteServer,
} from './harness';

declare const chrome: typeof import('wxt/browser').browser;

/** Two saved pages from /work/shared/fixtures, served at their sites' real addresses. */
const YELP_URL = 'https://www.yelp.com/biz/nopa-san-francisco';
const TRUSTPILOT_URL = 'https://es.trustpilot.com/review/twenix.es';

interface StoredItem {
  id: string;
  isOwnerReply: boolean;
  handled?: string;
  labels: { tone: string };
}

/** The items of the tab showing `url` that the inbox should list: not owner replies, nothing done about them. */
async function openItemsOf(ext: LaunchedExtension, url: string): Promise<StoredItem[]> {
  const state = (await readTabStates(ext.serviceWorker)).find((s) => s.pageUrl === url);
  return ((state?.items ?? []) as unknown as StoredItem[]).filter((item) => !item.isOwnerReply && !item.handled);
}

async function loadPage(ext: LaunchedExtension, url: string): Promise<Page> {
  const page = await ext.newWindowPage();
  await ext.goto(page, url);
  await waitUntil(
    async () => (await page.locator('replybook-badge:not([data-rb-state="pending"])').count()) > 0,
    20_000,
    `badges on ${url}`,
  );
  await waitUntil(async () => (await openItemsOf(ext, url)).length > 0, 30_000, `tab state of ${url}`);
  return page;
}

/**
 * Records, in each page, every element the content script outlines ("focusItem" highlights the
 * item for 1.5 s): a DOM observer in the page's own world, added before the page loads (the
 * saved pages' CSP blocks their scripts, not Playwright's init script).
 */
function recordHighlights() {
  const seen: boolean[] = [];
  (window as unknown as { __highlights: boolean[] }).__highlights = seen;
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      const target = mutation.target as HTMLElement;
      const outline = target.style?.outline ?? '';
      if (outline.includes('3px') && outline.includes('solid')) seen.push(true);
    }
  }).observe(document, { attributes: true, attributeFilter: ['style'], subtree: true });
}
const highlighted = (page: Page) =>
  page.evaluate(() => ((window as unknown as { __highlights?: boolean[] }).__highlights ?? []).length > 0);

const countText = (dashboard: Page) => dashboard.getByTestId('inbox-count').textContent();

describe('the inbox across saved pages', () => {
  let server: SiteServer;
  let ext: LaunchedExtension;
  let yelp: Page;
  let trustpilot: Page;
  let dashboard: Page;
  let yelpOpen: StoredItem[];
  let trustpilotOpen: StoredItem[];

  beforeAll(async () => {
    server = await startSiteServer(['www.yelp.com', 'es.trustpilot.com']);
    server.setPage('www.yelp.com', '/biz/nopa-san-francisco', readFixture('yelp/biz-reviews-2018.html'));
    server.setPage('es.trustpilot.com', '/review/twenix.es', readFixture('trustpilot/twenix-es-2025.html'));
    ext = await launchWithExtension({ hosts: ['www.yelp.com', 'es.trustpilot.com'], port: server.port });
    await storeSettings(ext, { profile: SAMPLE_PROFILE, onboarded: true });
    await ext.context.addInitScript(recordHighlights);
    yelp = await loadPage(ext, YELP_URL);
    trustpilot = await loadPage(ext, TRUSTPILOT_URL);
    yelpOpen = await openItemsOf(ext, YELP_URL);
    trustpilotOpen = await openItemsOf(ext, TRUSTPILOT_URL);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  test('lists every unanswered item of both pages; filters by site', async () => {
    expect(yelpOpen.length).toBeGreaterThan(5);
    expect(trustpilotOpen.length).toBeGreaterThan(2);
    dashboard = await ext.newWindowPage();
    await ext.goto(dashboard, `chrome-extension://${ext.extensionId}/dashboard.html#/inbox`);
    const total = yelpOpen.length + trustpilotOpen.length;
    await expect.poll(() => countText(dashboard), { timeout: 30_000 }).toBe(`${total} waiting`);
    const listed = await dashboard.locator('tr[data-item-id]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-item-id')));
    expect(new Set(listed)).toEqual(new Set([...yelpOpen, ...trustpilotOpen].map((item) => item.id)));

    await dashboard.getByLabel('Site').selectOption('trustpilot');
    await expect.poll(() => countText(dashboard)).toBe(`${trustpilotOpen.length} of ${total} waiting`);
    await dashboard.getByLabel('Site').selectOption('');
  });

  test('bulk-marks two items ignored: they leave the inbox and the pages know they are handled', async () => {
    const total = yelpOpen.length + trustpilotOpen.length;
    const [first, second] = yelpOpen;
    await dashboard.locator(`tr[data-item-id="${first!.id}"] input[type=checkbox]`).check();
    await dashboard.locator(`tr[data-item-id="${second!.id}"] input[type=checkbox]`).check();
    await dashboard.getByRole('button', { name: 'Mark ignored' }).click();
    await expect.poll(() => dashboard.getByRole('status').textContent()).toBe('2 items marked ignored.');
    await expect.poll(() => countText(dashboard)).toBe(`${total - 2} waiting`);
    expect(await dashboard.locator(`tr[data-item-id="${first!.id}"]`).count()).toBe(0);
    // The background derived the tab's items again (logChanged): the panel shows them handled.
    await expect
      .poll(async () => (await openItemsOf(ext, YELP_URL)).map((item) => item.id), { timeout: 30_000 })
      .toEqual(yelpOpen.slice(2).map((item) => item.id));
    // A reload of the inbox reads the same from the database.
    await dashboard.reload();
    await expect.poll(() => countText(dashboard), { timeout: 30_000 }).toBe(`${total - 2} waiting`);
    yelpOpen = yelpOpen.slice(2);
  });

  test('"Open on the page" brings the open tab to the front and scrolls to the item', async () => {
    const target = yelpOpen[yelpOpen.length - 1]!;
    await dashboard.bringToFront();
    await yelp.evaluate(() => window.scrollTo(0, 0));
    await dashboard
      .locator(`tr[data-item-id="${target.id}"]`)
      .getByRole('button', { name: /Open on the page/ })
      .click();
    await expect.poll(() => dashboard.getByRole('status').textContent(), { timeout: 30_000 }).toBe('Shown in its open tab.');
    const yelpTab = (await readTabStates(ext.serviceWorker)).find((s) => s.pageUrl === YELP_URL)!.tabId;
    const active = await ext.serviceWorker.evaluate(async () => (await chrome.tabs.query({ active: true })).map((tab) => tab.id));
    expect(active).toContain(yelpTab);
    await expect.poll(() => highlighted(yelp), { interval: 50, timeout: 15_000 }).toBe(true);
    // Smooth scrolling: the page moves over a few frames.
    await expect.poll(() => yelp.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  });

  test('"Open on the page" opens a closed page in a new tab and scrolls once the page has found the item', async () => {
    await trustpilot.close();
    const target = trustpilotOpen[trustpilotOpen.length - 1]!;
    await dashboard.bringToFront();
    const opened = ext.context.waitForEvent('page', { timeout: 30_000 });
    await dashboard
      .locator(`tr[data-item-id="${target.id}"]`)
      .getByRole('button', { name: /Open on the page/ })
      .click();
    const page = await opened;
    await expect.poll(() => dashboard.getByRole('status').textContent(), { timeout: 30_000 }).toMatch(/Opened its page in a new tab/);
    expect(page.url()).toBe(TRUSTPILOT_URL);
    await expect.poll(() => highlighted(page), { interval: 50, timeout: 20_000 }).toBe(true);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  });

  test("the toolbar badge counts the tab's unanswered negatives, or, once chosen in Settings, the follow-ups due", async () => {
    const badge = (tabId?: number) =>
      ext.serviceWorker.evaluate((id) => chrome.action.getBadgeText(id === undefined ? {} : { tabId: id }), tabId);
    const state = (await readTabStates(ext.serviceWorker)).find((s) => s.pageUrl === YELP_URL)!;
    const negatives = (await openItemsOf(ext, YELP_URL)).filter((item) => item.labels.tone === 'negative').length;
    await expect.poll(() => badge(state.tabId)).toBe(negatives ? String(negatives) : '');
    expect(await badge()).toBe('');

    // One of the marked responses gets a follow-up that is due now.
    await ext.serviceWorker.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open('replybook');
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      await new Promise<void>((done, fail) => {
        const store = db.transaction('responses', 'readwrite').objectStore('responses');
        const cursor = store.openCursor();
        cursor.onsuccess = () => {
          const row = cursor.result!.value as Record<string, unknown>;
          store.put({ ...row, followUpState: 'due', followUpAt: Date.now() - 1000 });
          store.transaction.oncomplete = () => done();
        };
        cursor.onerror = () => fail(cursor.error);
      });
      db.close();
    });
    await dashboard.bringToFront();
    await dashboard.evaluate(() => (location.hash = '#/settings'));
    await dashboard.getByRole('radio', { name: 'Follow-ups due' }).check();
    await dashboard.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => dashboard.getByText('Settings saved.').count()).toBe(1);
    await expect.poll(() => badge(), { timeout: 30_000 }).toBe('1');
    expect(await badge(state.tabId)).toBe('1');

    // And back: each tab's own count again.
    await dashboard.getByRole('radio', { name: 'Unanswered negatives on this page' }).check();
    await dashboard.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => badge(state.tabId), { timeout: 30_000 }).toBe(negatives ? String(negatives) : '');
    expect(await badge()).toBe('');
  });

  test("no request left Chromium but the saved page's own markup loads", () => {
    // The tab "Open on the page" opened was not navigated through the harness, so its parser
    // loads (stylesheets and scripts the saved markup names, refused by the host map) are listed
    // too; each must be an address written in that saved page. Nothing else may appear.
    const markup = readFixture('trustpilot/twenix-es-2025.html').replaceAll('&amp;', '&');
    expect(ext.unexpectedRequests.filter((url) => !markup.includes(url))).toEqual([]);
  });
});
