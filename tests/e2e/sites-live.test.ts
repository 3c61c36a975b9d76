import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

declare const chrome: typeof import('wxt/browser').browser;
import { findItems } from '@/lib/content/extract';
import { siteById } from '@/lib/sites';
import {
  E2E_EXTENSION_DIR,
  launchWithExtension,
  readFixture,
  readSettings,
  readTabStates,
  storeSettings,
  startSiteServer,
  waitUntil,
  type LaunchedExtension,
  type SiteServer,
} from './harness';

/** Items answered on the page (an owner reply under them) are hidden until "show handled" is on. */
async function showAllItems(panel: Page): Promise<void> {
  const toggle = panel.getByRole('checkbox', { name: 'show handled' });
  await toggle.waitFor();
  if (!(await toggle.isChecked())) await toggle.check();
}

/** Saved pages served at their real hostnames, so the manifest's match patterns fire. */
const PAGES = [
  // The mobile photo page: eleven answerable comments (on post-comments-2025 every comment is the author's own).
  { site: 'facebook', file: 'facebook/mobile-photo-comments-2022.html', url: 'https://m.facebook.com/photo.php?fbid=1' },
  { site: 'x', file: 'x/home-timeline-2025.html', url: 'https://x.com/home' },
  { site: 'youtube', file: 'youtube/watch-comments-2018.html', url: 'https://www.youtube.com/watch?v=replybook' },
  { site: 'trustpilot', file: 'trustpilot/twenix-es-2025.html', url: 'https://es.trustpilot.com/review/twenix.es' },
] as const;

/** What the same engine finds in the page's DOM outside the browser: items that get a badge. */
function expectedBadgeCount(site: string, html: string, url: string): number {
  const { window } = new JSDOM(html, { url });
  const adapter = siteById(site)!;
  const found = findItems(window.document, adapter, url);
  window.close();
  return found.filter((f) => !f.item.isOwnerReply).length;
}

/**
 * Appends `count` copies of a badged item in one mutation burst. Each copy gets a new
 * identity: the item's own id rewritten wherever it appears, and a marker in its text.
 */
async function appendCopies(page: Page, count: number) {
  await page.evaluate((n) => {
    // A badged item with no items nested inside it, so each copy is exactly one item.
    const item = Array.from(document.querySelectorAll('replybook-badge'))
      .map((badge) => badge.parentElement)
      .find((el) => el && el.querySelectorAll('replybook-badge').length === 1);
    if (!item?.parentElement) throw new Error('no badged item to copy');
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < n; i++) {
      const copy = item.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('replybook-badge').forEach((b) => b.remove());
      for (const el of [copy, ...copy.querySelectorAll('*')]) {
        for (const attr of Array.from(el.attributes)) {
          const value = attr.value.replace(/(\d{3,})/g, `$1${i}0`).replace(/([?&](?:lc|comment_id)=)([\w-]+)/g, `$1$2x${i}`);
          if (value !== attr.value) el.setAttribute(attr.name, value);
        }
      }
      const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
      let longest: Text | undefined;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (!longest || node.data.trim().length > longest.data.trim().length) longest = node;
      }
      if (longest) longest.data += ` (copy ${i + 1})`;
      fragment.append(copy);
    }
    item.parentElement.append(fragment);
  }, count);
}

/** The visible text of every Replybook badge on the page, piercing the closed shadow roots. */
async function badgeTexts(page: import('playwright-core').Page): Promise<string[]> {
  interface DomNode {
    localName?: string;
    nodeName: string;
    nodeValue?: string;
    children?: DomNode[];
    shadowRoots?: DomNode[];
    contentDocument?: DomNode;
  }
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const texts: string[] = [];
    const textOf = (node: DomNode): string =>
      node.nodeName === '#text' ? (node.nodeValue ?? '') : (node.children ?? []).map(textOf).join('');
    const visit = (node: DomNode) => {
      if (node.localName === 'replybook-badge') {
        const button = (node.shadowRoots ?? []).flatMap((shadow) => shadow.children ?? []).find((child) => child.localName === 'button');
        if (button) texts.push(textOf(button));
        return;
      }
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) visit(child);
    };
    visit(root);
    return texts;
  } finally {
    await cdp.detach();
  }
}

describe('content scripts on saved pages served at the real hostnames', () => {
  let server: SiteServer;
  let ext: LaunchedExtension;

  beforeAll(async () => {
    const hosts = [...new Set(PAGES.map((p) => new URL(p.url).hostname))];
    server = await startSiteServer(hosts);
    for (const page of PAGES) {
      const { hostname, pathname } = new URL(page.url);
      server.setPage(hostname, pathname, readFixture(page.file));
    }
    ext = await launchWithExtension({ hosts, port: server.port });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  for (const entry of PAGES) {
    test(`${entry.site}: a badge per item, the panel's list, and 50 appended items get 50 badges`, async () => {
      const html = readFixture(entry.file);
      const expected = expectedBadgeCount(entry.site, html, entry.url);
      expect(expected).toBeGreaterThan(0);

      const page = await ext.newWindowPage();
      await ext.goto(page, entry.url);
      await waitUntil(async () => (await page.locator('replybook-badge').count()) === expected, 20_000, `${expected} badges`);
      // What each badge says, read through CDP (its shadow root is closed to the page).
      const texts = await waitUntil(
        async () => {
          const shown = await badgeTexts(page);
          return shown.length === expected && shown.every((t) => !t.startsWith('Reading')) ? shown : undefined;
        },
        20_000,
        'labelled badges',
      );
      for (const text of texts) expect(text).toMatch(/^(?:Positive|Neutral|Negative)(?: · [^·]+)*$/u);
      // Reviews with stars show them; flags read as words, never as code names.
      if (entry.site === 'trustpilot') expect(texts.some((t) => /\d(?:\.\d)?★/u.test(t))).toBe(true);
      expect(texts.join(' ')).not.toMatch(/offTopic|ratingMismatch/u);
      // The background got every item (owner replies included) for this tab.
      const state = await waitUntil(
        async () => (await readTabStates(ext.serviceWorker)).find((s) => s.pageUrl === entry.url && s.items.length > 0),
        30_000,
        'tab state',
      );
      expect(state.items.filter((i) => !(i as { isOwnerReply?: boolean }).isOwnerReply)).toHaveLength(expected);

      // The side panel page lists the same items.
      const panel = await ext.newWindowPage();
      await ext.goto(panel, `chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${state.tabId}`);
      await showAllItems(panel);
      await waitUntil(async () => (await panel.locator('.item-list > li').count()) === expected, 30_000, 'panel list');
      await panel.close();

      await appendCopies(page, 50);
      await waitUntil(async () => (await page.locator('replybook-badge').count()) === expected + 50, 20_000, '50 more badges');
      // Nothing else: one badge per item, and the tab's list grew by exactly 50.
      await page.waitForTimeout(500);
      expect(await page.locator('replybook-badge').count()).toBe(expected + 50);
      // Owner replies carry no badge, so a copied post brings its owner comments along: count the others.
      const answerable = (items: unknown[]) => items.filter((i) => !(i as { isOwnerReply?: boolean }).isOwnerReply).length;
      const after = (await readTabStates(ext.serviceWorker)).find((s) => s.tabId === state.tabId)!;
      expect(answerable(after.items)).toBe(answerable(state.items) + 50);
      await page.close();
    });
  }

  test('no request left Chromium for any host but the pages the test opened', () => {
    expect(ext.unexpectedRequests).toEqual([]);
  });
});

describe('a WordPress blog the user added in Settings (markup-recognised, injected on demand)', () => {
  const url = 'https://www.foxyfolksy.com/chocolate-buttercream-frosting-without-powdered-sugar-ermine-icing/';
  const origin = new URL(url).origin;
  let server: SiteServer;
  let ext: LaunchedExtension;

  beforeAll(async () => {
    server = await startSiteServer([new URL(url).hostname]);
    server.setPage(new URL(url).hostname, new URL(url).pathname, readFixture('wordpress/recipe-blog-comments-2020.html'));
    // The e2e build holds this origin's permission, as if the user had said yes when adding it.
    ext = await launchWithExtension({ hosts: [new URL(url).hostname], port: server.port, extensionDir: E2E_EXTENSION_DIR });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  test('adding the site registers the blogs script; badges appear, the panel lists them, 50 more get 50 badges', async () => {
    const page = await ext.newWindowPage();
    await ext.goto(page, url);
    await page.waitForTimeout(1000);
    expect(await page.locator('replybook-badge').count()).toBe(0); // not added yet: Replybook stays out

    // What the Settings page saves when the user adds the site.
    await storeSettings(ext, { extraSites: [origin] });
    await waitUntil(
      async () => (await ext.serviceWorker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).length === 1,
      30_000,
      'the blogs script registered',
    );
    const expected = expectedBadgeCount('wordpress', readFixture('wordpress/recipe-blog-comments-2020.html'), url);
    await page.reload();
    await waitUntil(async () => (await page.locator('replybook-badge').count()) === expected, 20_000, `${expected} badges`);
    const state = await waitUntil(
      async () => (await readTabStates(ext.serviceWorker)).find((s) => s.siteId === 'wordpress'),
      30_000,
      'tab state',
    );
    expect(state.items.filter((i) => !(i as { isOwnerReply?: boolean }).isOwnerReply)).toHaveLength(expected);

    const panel = await ext.newWindowPage();
    await ext.goto(panel, `chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${state.tabId}`);
    await showAllItems(panel);
    await waitUntil(async () => (await panel.locator('.item-list > li').count()) === expected, 30_000, 'panel list');
    await panel.close();

    await appendCopies(page, 50);
    await waitUntil(async () => (await page.locator('replybook-badge').count()) === expected + 50, 20_000, '50 more badges');
  });

  test('no request left Chromium', () => {
    expect(ext.unexpectedRequests).toEqual([]);
  });
});

describe('a page of a site not added yet, read on request ("Find comments on this page", activeTab)', () => {
  const url = 'https://www.foxyfolksy.com/chocolate-buttercream-frosting-without-powdered-sugar-ermine-icing/';
  const origin = new URL(url).origin;
  let server: SiteServer;
  let ext: LaunchedExtension;

  beforeAll(async () => {
    server = await startSiteServer([new URL(url).hostname]);
    server.setPage(new URL(url).hostname, new URL(url).pathname, readFixture('wordpress/recipe-blog-comments-2020.html'));
    // A headless browser cannot click the toolbar button, so the tab's one-time activeTab grant is
    // stood in for by the e2e build's access to this one origin; the panel runs the same code
    // (lib/scan/scan-tab.ts) that the toolbar click and the context menu run.
    ext = await launchWithExtension({ hosts: [new URL(url).hostname], port: server.port, extensionDir: E2E_EXTENSION_DIR });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  test('the panel opened on the tab reads it with the blog adapter; "Always scan this site" keeps it', async () => {
    const page = await ext.newWindowPage();
    await ext.goto(page, url);
    await page.waitForTimeout(1000);
    expect(await page.locator('replybook-badge').count()).toBe(0); // not added: nothing runs by itself
    const tabId = await ext.serviceWorker.evaluate(async (pageUrl) => (await chrome.tabs.query({ url: pageUrl }))[0]?.id, url);
    expect(tabId).toBeDefined();

    const panel = await ext.newWindowPage();
    await ext.goto(panel, `chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${tabId}`);
    const expected = expectedBadgeCount('wordpress', readFixture('wordpress/recipe-blog-comments-2020.html'), url);
    await waitUntil(async () => (await page.locator('replybook-badge').count()) === expected, 20_000, `${expected} badges after the scan`);
    await showAllItems(panel);
    await waitUntil(async () => (await panel.locator('.item-list > li').count()) === expected, 30_000, 'panel list');
    expect(await ext.serviceWorker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);

    await panel.getByRole('button', { name: 'Always scan this site' }).click();
    await panel.getByText(`Replybook will read ${origin} whenever you open it.`).waitFor();
    const settings = (await readSettings(ext)) as { extraSites: string[] };
    expect(settings.extraSites).toEqual([origin]);
    await waitUntil(
      async () => (await ext.serviceWorker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).length === 1,
      30_000,
      'the blogs script registered for the site',
    );
    // From now on the site is read on every visit, with no click.
    await page.reload();
    await waitUntil(async () => (await page.locator('replybook-badge').count()) === expected, 20_000, `${expected} badges on reload`);
    await panel.close();
  });

  test('the menu entry is there for the page and the toolbar button', async () => {
    // contextMenus has no getter: the entry's presence is read from the manifest's permission and a re-create.
    const created = await ext.serviceWorker.evaluate(
      () =>
        new Promise<string>((resolve) => {
          chrome.contextMenus.update('replybook-find-comments', { title: 'Find comments on this page' }, () =>
            resolve(chrome.runtime.lastError?.message ?? 'ok'),
          );
        }),
    );
    expect(created).toBe('ok');
  });

  test('no request left Chromium', () => {
    expect(ext.unexpectedRequests).toEqual([]);
  });
});
