import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SAMPLE_PROFILE } from '@/lib/settings/schema';
import { buildPage, CASES, INSTAGRAM_READ_ONLY, urlOf, X_HOME, type SiteCase } from './insert-pages/cases';
import { launchWithExtension, storeSettings, readTabStates, startSiteServer, waitUntil, type LaunchedExtension, type SiteServer } from './harness';

declare const chrome: typeof import('wxt/browser').browser;

/*
 * Replies inserted THROUGH THE BUILT EXTENSION (content script + side panel) into pages that
 * run the real editor libraries, written in each site's own markup (enough for the site's
 * adapter in lib/sites to find the item and its reply box) and served at the site's real
 * hostname. Assertions read the editor's own model (window.__page.getState, page-api.ts),
 * and the site's Post button must never have been pressed.
 */

describe('inserting a reply through the extension into real editors, in each site’s markup', () => {
  let server: SiteServer;
  let ext: LaunchedExtension;
  let panel: Page;
  const sitePages = new Map<SiteCase, Page>();

  beforeAll(async () => {
    const all = [...CASES, INSTAGRAM_READ_ONLY];
    server = await startSiteServer([...new Set(all.map((c) => c.host))]);
    for (const spec of all) server.setPage(spec.host, spec.path, await buildPage(spec), { scripts: true });
    ext = await launchWithExtension({ hosts: [...new Set(all.map((c) => c.host))], port: server.port });
    await storeSettings(ext, { profile: SAMPLE_PROFILE, onboarded: true, followUpDays: 2 });
    // For every origin: Chromium refuses a grant for a chrome-extension:// origin by name.
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    panel = await ext.context.newPage();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  /** Loads the site page, waits for its badge, and returns the tab id the panel addresses. */
  async function openSitePage(spec: SiteCase): Promise<Page> {
    let page = sitePages.get(spec);
    if (!page) {
      page = await ext.context.newPage();
      sitePages.set(spec, page);
    }
    await ext.goto(page, urlOf(spec));
    await waitUntil(() => page.evaluate(() => typeof window.__page?.getState === 'function'), 10_000, `${spec.site} editor mounted`);
    await waitUntil(async () => (await page.locator('replybook-badge:not([data-rb-state="pending"])').count()) === 1, 15_000, `${spec.site} badge`);
    return page;
  }

  async function tabIdOf(spec: SiteCase): Promise<number> {
    const state = await waitUntil(
      async () => (await readTabStates(ext.serviceWorker)).find((s) => s.siteId === spec.site && s.pageUrl === urlOf(spec) && s.items.length > 0),
      10_000,
      `${spec.site} tab state`,
    );
    return state.tabId;
  }

  /** Opens the panel for the tab, selects the (only) item, types `text` and presses Insert. */
  async function insertFromPanel(spec: SiteCase, text: string): Promise<string> {
    const tabId = await tabIdOf(spec);
    await ext.goto(panel, `chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${tabId}`);
    await expect.poll(() => panel.locator('.item-list .item-row').count(), { timeout: 10_000 }).toBe(1);
    await panel.locator('.item-list .item-row').click();
    const draft = panel.locator('textarea#draft');
    await draft.fill(text);
    await panel.getByRole('button', { name: 'Insert', exact: true }).click();
    await expect.poll(() => panel.locator('.status').textContent(), { timeout: 10_000 }).toMatch(/Inserted|clipboard|Could not/);
    return (await panel.locator('.status').textContent()) ?? '';
  }

  const editorState = (page: Page) => page.evaluate(() => window.__page.getState());
  const posts = (page: Page) => page.evaluate(() => window.__page.submits);

  for (const spec of CASES) {
    describe(`${spec.site} (${spec.editor}) at ${urlOf(spec)}`, () => {
      test('a single-line reply lands in the editor’s own state; Post is not pressed', async () => {
        const page = await openSitePage(spec);
        expect(await editorState(page)).toBe('');
        const reply = `Thanks for telling us, we are on it (${spec.site}).`;
        const status = await insertFromPanel(spec, reply);
        expect(status).toMatch(/Inserted/);
        await expect.poll(() => editorState(page)).toBe(reply);
        expect(await posts(page)).toBe(0);
        if (spec === X_HOME) expect(await page.evaluate(() => (window.__page as unknown as { getComposeState(): string }).getComposeState())).toBe('');
        // The Post counter is live: a person's press is seen.
        await page.locator('#post').click();
        expect(await posts(page)).toBeGreaterThan(0);
      });

      test('a multi-line reply keeps its line breaks in the editor’s state', async () => {
        const page = await openSitePage(spec); // a reload clears the editor
        expect(await editorState(page)).toBe('');
        const lines = [`Hi, sorry about this (${spec.site}).`, 'We have sent you a direct message.', 'Talk soon!'];
        const status = await insertFromPanel(spec, lines.join('\n'));
        expect(status).toMatch(/Inserted/);
        // One paragraph (or line) per reply line in the model; Lexical's root text joins paragraphs with "\n\n".
        await expect.poll(() => editorState(page)).toBe(lines.join(spec.lineSeparator ?? '\n'));
        expect(await posts(page)).toBe(0);
      });
    });
  }

  test('a read-only box is not written to: the reply goes to the clipboard', async () => {
    const spec = INSTAGRAM_READ_ONLY;
    const page = await openSitePage(spec);
    const reply = 'We are sorry the prints arrived bent; a replacement is on its way.';
    const status = await insertFromPanel(spec, reply);
    expect(status).toMatch(/on your clipboard/);
    expect(await panel.evaluate(() => navigator.clipboard.readText())).toBe(reply);
    expect(await editorState(page)).toBe('');
    expect(await page.locator('textarea').inputValue()).toBe('');
    expect(await posts(page)).toBe(0);
  });

  test('no request left Chromium (the pages’ editors and the extension fetch nothing)', () => {
    expect(ext.unexpectedRequests).toEqual([]);
  });
});
