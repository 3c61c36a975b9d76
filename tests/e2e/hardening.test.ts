import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SAMPLE_PROFILE } from '@/lib/settings/schema';
import { TAB_BUDGET, WRITE_BUDGET } from '@/lib/tab-budget';
import {
  launchWithExtension,
  readFixture,
  readSettings,
  readTabStates,
  startSiteServer,
  storeSettings,
  waitUntil,
  type LaunchedExtension,
  type SiteServer,
} from './harness';

declare const chrome: typeof import('wxt/browser').browser;

/**
 * A hostile page and a compromised content script, in real Chromium with the built
 * extension: the page cannot stop Replybook or learn its id, cannot read the tone, cannot
 * make it store unlimited rows or starve other tabs; the content script's context cannot
 * write log rows, settings or another site's items.
 */
const HOST = 'www.trustpilot.com';
const PAGE_URL = `https://${HOST}/review/twenix.es`;

/** Counts rows of one IndexedDB store of the extension, from the service worker. */
async function countRows(ext: LaunchedExtension, store: string, site?: string): Promise<number> {
  return ext.serviceWorker.evaluate(
    async ({ store, site }) => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open('replybook');
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      const count = await new Promise<number>((done, fail) => {
        const source = db.transaction(store).objectStore(store);
        const request = site ? source.index('site').count(site) : source.count();
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      db.close();
      return count;
    },
    { store, site },
  );
}

/** Runs code in Replybook's content-script world of a tab (what a compromised renderer could do there). */
async function inContentScript<T>(cdp: CDPSession, contextId: number, expression: string): Promise<T> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    contextId,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value as T;
}

/** Adds `count` review cards copied from the page's first one, each with its own text and link. */
async function addFakeReviews(page: Page, count: number, tag: string, text?: string) {
  await page.evaluate(
    ({ count, tag, text }) => {
      const model = document.querySelector('article[data-service-review-card-paper]:has([data-review-content])')!;
      const parent = model.parentElement!;
      const batch = document.createDocumentFragment();
      for (let index = 0; index < count; index += 1) {
        const copy = model.cloneNode(true) as Element;
        copy.querySelectorAll('replybook-badge').forEach((badge) => badge.remove());
        copy.querySelector('[data-service-review-text-typography]')!.textContent =
          text ?? `Fake review ${tag} ${index}: terrible, awful, never again`;
        copy
          .querySelectorAll('[data-service-review-business-reply-text-typography]')
          .forEach((reply) => reply.parentElement?.parentElement?.remove());
        for (const link of copy.querySelectorAll('a[href*="/reviews/"], a[href*="/users/"]')) {
          link.setAttribute('href', `/reviews/${tag}-${index}`);
        }
        batch.append(copy);
      }
      parent.append(batch);
    },
    { count, tag, text },
  );
}

describe('a hostile page and a compromised content script', () => {
  let server: SiteServer;
  let ext: LaunchedExtension;
  let page: Page;

  beforeAll(async () => {
    server = await startSiteServer([HOST]);
    server.setPage(HOST, '/review/twenix.es', readFixture('trustpilot/twenix-es-2025.html'));
    ext = await launchWithExtension({ hosts: [HOST], port: server.port });
    await storeSettings(ext, { profile: SAMPLE_PROFILE, onboarded: true });
    page = await ext.newWindowPage();
    // Before any script of ours runs: note every message posted to the page.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __posted: string[] }).__posted = seen;
      window.addEventListener('message', (event) => seen.push(JSON.stringify(event.data)));
    });
    await ext.goto(page, PAGE_URL);
    await waitUntil(async () => (await page.locator('replybook-badge[data-rb-state="labelled"]').count()) >= 20, 20_000, 'labelled badges');
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  test('the page learns neither the extension id nor any tone from the badges', async () => {
    const posted = await page.evaluate(() => (window as unknown as { __posted: string[] }).__posted);
    expect(posted.filter((message) => message.includes(ext.extensionId))).toEqual([]);
    const attributes = await page.evaluate(() =>
      [...document.querySelectorAll('replybook-badge')].flatMap((badge) => [...badge.attributes].map((a) => `${a.name}=${a.value}`)),
    );
    expect(new Set(attributes)).toEqual(new Set(['data-rb-badge=', 'data-rb-state=labelled']));
    expect(await page.evaluate(() => document.querySelector('replybook-badge')!.shadowRoot)).toBeNull();
  });

  test('a forged "content script started" event does not stop Replybook', async () => {
    const before = await page.locator('replybook-badge').count();
    await page.evaluate((id) => {
      for (const name of ['trustpilot']) {
        document.dispatchEvent(
          new CustomEvent(`${id}:${name}:wxt:content-script-started`, { detail: { contentScriptName: name, messageId: 'evil' } }),
        );
        window.postMessage({ type: `${id}:${name}:wxt:content-script-started`, contentScriptName: name, messageId: 'evil' }, '*');
      }
    }, ext.extensionId);
    await addFakeReviews(page, 1, 'after-forged-event');
    await waitUntil(
      async () => (await page.locator('replybook-badge').count()) === before + 1,
      30_000,
      'a badge for the review added after the event',
    );
  });

  test("the content script's context cannot write log rows, settings or another site's items", async () => {
    const cdp = await ext.context.newCDPSession(page);
    const contexts: Array<{ id: number; name: string; auxData?: { type?: string } }> = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await cdp.send('Runtime.enable');
    const isolated = await waitUntil(
      () => contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Replybook'),
      30_000,
      'the content script world',
    );
    const outcome = await inContentScript<Record<string, { err?: { message?: string }; res?: unknown }>>(
      cdp,
      isolated.id,
      `(async () => {
        const send = (type, data) => new Promise((done) => chrome.runtime.sendMessage({ id: 1, type, data, timestamp: Date.now() }, (answer) => done(answer ?? { err: { message: chrome.runtime.lastError?.message } })));
        const item = (site) => ({ id: site + ':forged', site, kind: 'review', text: 'forged', isOwnerReply: false });
        const logRow = await send('logResponse', { response: { item: item('trustpilot'), pageUrl: location.href, replyText: 'x', action: 'inserted', repliedAt: 9e15 } });
        const otherSite = await send('itemsFound', { pageUrl: location.href, siteId: 'facebook', siteName: 'Facebook', items: [item('facebook')], replace: false });
        const mislabelled = await send('itemsFound', { pageUrl: location.href, siteId: 'trustpilot', siteName: 'Trustpilot', items: [item('facebook')], replace: false });
        const otherOrigin = await send('itemsFound', { pageUrl: 'https://www.facebook.com/brand', siteId: 'trustpilot', siteName: 'Trustpilot', items: [item('trustpilot')], replace: false });
        await chrome.storage.local.set({ settings: { profile: { email: 'attacker@evil.example' } } });
        const idb = await new Promise((done) => { const request = indexedDB.open('replybook'); request.onsuccess = () => done(request.result.objectStoreNames.length); request.onerror = () => done('blocked'); });
        return { logRow, otherSite, mislabelled, otherOrigin, idb: { res: idb } };
      })()`,
    );
    expect(outcome.logRow?.err?.message).toMatch(/Rejected message "logResponse": only Replybook pages may send this/);
    expect(outcome.otherSite?.err?.message).toMatch(/a Trustpilot tab cannot report "facebook" items/);
    expect(outcome.mislabelled?.err?.message).toMatch(/an item is labelled "facebook"/);
    expect(outcome.otherOrigin?.err?.message).toMatch(/pageUrl is not on the tab's origin/);
    // The content script opens the page's own (empty) database, never the extension's.
    expect(outcome.idb?.res).toBe(0);
    expect(await countRows(ext, 'responses')).toBe(0);
    expect(await countRows(ext, 'items', 'facebook')).toBe(0);
    expect(((await readSettings(ext))?.profile as { email?: string } | undefined)?.email).toBe(SAMPLE_PROFILE.email);
    await cdp.detach();
  });

  test('a 1 MB comment without spaces is shown cut, with Show all, in the panel', async () => {
    await addFakeReviews(page, 1, 'huge', 'w'.repeat(999_000));
    const huge = await waitUntil(
      async () =>
        (await readTabStates(ext.serviceWorker))
          .find((s) => s.pageUrl === PAGE_URL)
          ?.items.find((item) => (item as { text?: string }).text?.length === 999_000),
      30_000,
      'the huge comment in the tab state',
    );
    const state = (await readTabStates(ext.serviceWorker)).find((s) => s.pageUrl === PAGE_URL)!;
    const panel = await ext.newWindowPage();
    await ext.goto(panel, `chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${state.tabId}`);
    // The list row is one short line.
    expect(
      await panel.locator(`[data-item-id="${huge.id}"] .item-snippet`).evaluate((element) => element.textContent!.length),
    ).toBeLessThanOrEqual(140);
    await panel.locator(`[data-item-id="${huge.id}"] .item-row`).click();
    const body = panel.locator('.item-text');
    await body.waitFor();
    expect(await body.evaluate((element) => element.firstChild?.textContent?.length)).toBeLessThanOrEqual(2000);
    await expect.poll(() => panel.getByRole('button', { name: /Show all \(997,001 more characters\)/ }).count()).toBe(1);
    await panel.close();
  });

  test('a page adding thousands of reviews is capped, and other tabs keep working', async () => {
    const demo = await ext.newWindowPage();
    await addFakeReviews(page, 3000, 'flood');
    const state = await waitUntil(
      async () =>
        (await readTabStates(ext.serviceWorker)).find((s) => s.pageUrl === PAGE_URL && (s as { itemsDropped?: number }).itemsDropped),
      60_000,
      'the flooded tab at its budget',
    );
    expect(state.items.length).toBe(TAB_BUDGET.maxItems);
    // Rows written for this page: capped per minute (all 3,000 come within one). They are recorded
    // just after each report is answered: read the count once it has stopped moving.
    let last = -1;
    const stored = await waitUntil(
      async () => {
        const count = await countRows(ext, 'items', 'trustpilot');
        const settled = count === last && count > 20;
        last = count;
        if (settled) return count;
        await new Promise((resolve) => setTimeout(resolve, 300));
        return undefined;
      },
      30_000,
      "the flooded page's rows recorded",
    );
    expect(stored).toBeLessThanOrEqual(20 + 1 + WRITE_BUDGET.perMinute);
    expect(stored).toBeGreaterThan(20);

    await ext.goto(demo, `chrome-extension://${ext.extensionId}/demo.html`);
    await waitUntil(
      async () => (await demo.locator('replybook-badge[data-rb-state="labelled"]').count()) > 20,
      20_000,
      'the demo tab labelled',
    );
    const panel = await ext.newWindowPage();
    await ext.goto(panel, `chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${state.tabId}`);
    await expect
      .poll(() => panel.getByRole('status').first().textContent(), { timeout: 30_000 })
      .toMatch(new RegExp(`Too many items on this page: showing the newest ${TAB_BUDGET.maxItems} of`));
    await panel.close();
    await demo.close();
  });

  test('with the session area full, a newly opened tab still gets its list: closed tabs are evicted', async () => {
    // Fill storage.session to Chrome's quota with lists of tabs that no longer exist.
    const filled = await ext.serviceWorker.evaluate(async () => {
      let stored = 0;
      let tabId = 900_001;
      // Big lists first, then smaller ones, until not even 1 KB more fits.
      for (const size of [1_000_000, 100_000, 10_000, 1_000]) {
        const junk = 'x'.repeat(size);
        for (;;) {
          try {
            await chrome.storage.session.set({
              [`tab:${tabId}`]: {
                tabId,
                pageUrl: 'https://gone.example/',
                siteId: 'x',
                siteName: 'X',
                items: [],
                junk,
                updatedAt: Date.now(),
              },
            });
            stored += 1;
            tabId += 1;
          } catch {
            break; // quota reached for this size
          }
        }
      }
      return stored;
    });
    expect(filled).toBeGreaterThan(3);
    const demo = await ext.newWindowPage();
    await ext.goto(demo, `chrome-extension://${ext.extensionId}/demo.html`);
    await waitUntil(
      async () => (await demo.locator('replybook-badge[data-rb-state="labelled"]').count()) > 20,
      20_000,
      'the demo tab labelled',
    );
    const states = await waitUntil(
      async () => {
        const all = await readTabStates(ext.serviceWorker);
        return all.some((state) => state.siteId === 'demo' && state.items.length > 20) ? all : undefined;
      },
      20_000,
      "the new tab's list stored despite the full session area",
    );
    // The flooded tab is still open, so it keeps its list; some closed tabs' lists made room.
    expect(states.some((state) => state.pageUrl === PAGE_URL)).toBe(true);
    const left = states.filter((state) => state.pageUrl === 'https://gone.example/').map((state) => state.tabId);
    expect(left.length, JSON.stringify({ filled, left })).toBeLessThan(filled);
    await demo.close();
  });

  test("extension pages' CSP names default-src 'self' and object-src 'none'", async () => {
    const manifest = await ext.serviceWorker.evaluate(() => chrome.runtime.getManifest());
    const csp = (manifest.content_security_policy as { extension_pages?: string } | undefined)?.extension_pages ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/object-src 'none'/);
  });
});
