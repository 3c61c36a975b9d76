import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SAMPLE_PROFILE } from '@/lib/settings/schema';
import { bundle } from './editor-pages/build';
import { launchWithExtension, storeSettings, readTabStates, REPO_ROOT, startSiteServer, waitUntil, type LaunchedExtension, type SiteServer } from './harness';

declare const chrome: typeof import('wxt/browser').browser;

/*
 * Replies inserted THROUGH THE BUILT EXTENSION (content script + side panel) into pages that
 * run the real editor libraries, written in each site's own markup (enough for the site's
 * adapter in lib/sites to find the item and its reply box) and served at the site's real
 * hostname. Assertions read the editor's own model (window.__page.getState, page-api.ts),
 * and the site's Post button must never have been pressed.
 */

interface SiteCase {
  site: string;
  /** Which editor library hosts the reply box. */
  editor: string;
  host: string;
  path: string;
  /** Entry in tests/e2e/insert-pages that mounts the editor on `#composer`. */
  entry: string;
  css?: string;
  /** How the editor's model text joins the reply's lines (default "\n"). */
  lineSeparator?: string;
  /** The site's markup: one item plus the element the editor mounts on. */
  body: string;
}

const BOX = 'min-height:40px;width:480px;border:1px solid #999;padding:4px;display:block;';

const FACEBOOK: SiteCase = {
  site: 'facebook',
  editor: 'Lexical 0.52',
  host: 'www.facebook.com',
  path: '/brandcoffee/posts/1234567890',
  entry: 'facebook.ts',
  lineSeparator: '\n\n',
  body: `<div role="main"><div>
  <div role="article" aria-label="Comment by Dana Whitfield 2 days ago">
    <a href="https://www.facebook.com/dana.whitfield?comment_id=Y29tbWVudDox" aria-hidden="true" tabindex="-1">DW</a>
    <div>
      <a href="https://www.facebook.com/dana.whitfield?comment_id=Y29tbWVudDox"><span dir="auto">Dana Whitfield</span></a>
      <div dir="auto"><span dir="auto" lang="en-US">My order arrived two weeks late and the mug inside was chipped. Can someone help me with a replacement?</span></div>
    </div>
    <ul>
      <li><div role="button" tabindex="0" aria-label="Like">Like</div></li>
      <li><div role="button" tabindex="0">Reply</div></li>
      <li><a href="https://www.facebook.com/brandcoffee/posts/1234567890?comment_id=Y29tbWVudDox&amp;__tn__=R">2d</a></li>
    </ul>
  </div>
  <form method="POST">
    <div id="composer" role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="Write a comment" spellcheck="true" style="${BOX}"></div>
    <div id="post" role="button" tabindex="0" aria-label="Comment">Post</div>
  </form>
</div></div>`,
};

const X: SiteCase = {
  site: 'x',
  editor: 'Draft.js 0.11.7 on React 19',
  host: 'x.com',
  path: '/brandcoffee/status/1890000000000000001',
  entry: 'x.tsx',
  css: 'draft-js/dist/Draft.css',
  body: `<main role="main"><div data-testid="primaryColumn"><section>
  <div data-testid="cellInnerDiv">
    <article data-testid="tweet" role="article" tabindex="0">
      <div data-testid="User-Name">
        <a role="link" href="/jordan_k"><span>Jordan K</span></a>
        <a role="link" href="/jordan_k"><span>@jordan_k</span></a>
        <a role="link" href="/jordan_k/status/1890000000000000002"><time datetime="2025-03-02T10:00:00.000Z">Mar 2</time></a>
      </div>
      <div data-testid="tweetText" lang="en"><span>@brandcoffee my package has been stuck in transit for 9 days. Any update?</span></div>
      <div role="group"><button type="button" data-testid="reply" aria-label="3 Replies. Reply">3</button></div>
    </article>
  </div>
  <div data-testid="cellInnerDiv">
    <div id="composer" style="${BOX}"></div>
    <button type="button" id="post" data-testid="tweetButtonInline">Reply</button>
  </div>
</section></div></main>`,
};

/** The home timeline: the new-post composer is on the page before Reply opens the reply dialog. */
const X_HOME: SiteCase = {
  site: 'x',
  editor: 'Draft.js reply dialog beside the new-post composer',
  host: 'x.com',
  path: '/home',
  entry: 'x-home.tsx',
  css: 'draft-js/dist/Draft.css',
  body: `<div id="react-root"><main role="main"><div data-testid="primaryColumn">
  <div><div id="composer" style="${BOX}"></div><button type="button" data-testid="tweetButtonInline">Post</button></div>
  <section><div data-testid="cellInnerDiv">
    <article data-testid="tweet" role="article" tabindex="0">
      <div data-testid="User-Name">
        <a role="link" href="/lena_b"><span>Lena B</span></a>
        <a role="link" href="/lena_b"><span>@lena_b</span></a>
        <a role="link" href="/lena_b/status/1890000000000000003"><time datetime="2025-03-03T09:00:00.000Z">Mar 3</time></a>
      </div>
      <div data-testid="tweetText" lang="en"><span>@brandcoffee the app logs me out every time I open it. Known issue?</span></div>
      <div role="group"><button type="button" data-testid="reply" aria-label="1 Reply. Reply">1</button></div>
    </article>
  </div></section>
</div></main><div id="layers"></div></div>`,
};

const LINKEDIN: SiteCase = {
  site: 'linkedin',
  editor: 'Quill 1.3.7',
  host: 'www.linkedin.com',
  path: '/feed/update/urn:li:activity:7000000000000000001/',
  entry: 'linkedin.ts',
  css: 'quill/dist/quill.core.css',
  body: `<div class="application-outlet"><main>
  <div class="comments-comments-list">
    <article class="comments-comment-item" data-id="urn:li:comment:(activity:7000000000000000001,7000000000000000002)">
      <div class="comments-post-meta">
        <a class="comments-post-meta__name-text" href="/in/priya-raman/"><span data-entity-hovercard-id="urn:li:fs_miniProfile:ACoAA">Priya Raman</span></a>
        <time class="comments-comment-item__timestamp">3d</time>
      </div>
      <div class="comments-comment-item-content-body"><span dir="ltr">Great webinar, but the recording link in the follow-up email is broken. Where can I watch it?</span></div>
      <div class="comments-comment-social-bar">
        <button type="button" class="comments-comment-social-bar__reply-action-button" aria-label="Reply to Priya Raman's comment">Reply</button>
      </div>
    </article>
  </div>
  <div class="comments-comment-box">
    <form class="comments-comment-box__form" method="POST">
      <div class="comments-comment-box__form-container"><div id="composer" class="comments-comment-texteditor" style="${BOX}"></div></div>
      <button type="submit" id="post" class="comments-comment-box__submit-button">Post</button>
    </form>
  </div>
</main></div>`,
};

function instagramCase(readOnly: boolean): SiteCase {
  return {
    site: 'instagram',
    editor: readOnly ? 'React 19 textarea (read-only)' : 'React 19 controlled textarea',
    host: 'www.instagram.com',
    path: readOnly ? '/p/C0locked/' : '/p/C0abc123/',
    entry: 'instagram.tsx',
    body: `<main role="main"><div><article>
  <section>
    <ul class="_a9z6"><div><ul class="_a9ym"><div><li><div><div>
      <h3><div><span><a role="link" href="/maya.lens/">maya.lens</a></span></div></h3>
      <div><span dir="auto">Ordered the print twice and both arrived bent. Is there a sturdier packaging option?</span></div>
      <div><span><a href="/p/C0abc123/c/18000000000000001/"><time datetime="2025-04-01T12:00:00.000Z">2d</time></a></span>
        <button type="button">Reply</button></div>
    </div></div></li></div></ul></div></ul>
  </section>
  <section id="composer"${readOnly ? ' data-readonly' : ''}></section>
</article></div></main>`,
  };
}
const INSTAGRAM = instagramCase(false);
const INSTAGRAM_READ_ONLY = instagramCase(true);

const YOUTUBE: SiteCase = {
  site: 'youtube',
  editor: 'plain contenteditable, created by Reply',
  host: 'www.youtube.com',
  path: '/watch',
  entry: 'youtube.ts',
  body: `<ytd-app><div id="content"><ytd-comments id="comments"><ytd-item-section-renderer><div id="contents">
  <ytd-comment-thread-renderer>
    <ytd-comment-view-model id="comment">
      <div id="body"><div id="main">
        <div id="header-author">
          <a id="author-text" href="/@samfox"><span>@samfox</span></a>
          <span id="published-time-text"><a href="/watch?v=replybook&amp;lc=UgxAbC123def">2 days ago</a></span>
        </div>
        <div id="expander"><yt-attributed-string id="content-text"><span>The audio drifts out of sync after minute 4. Could you re-upload?</span></yt-attributed-string></div>
        <div id="action-buttons"><div id="reply-button-end"><button type="button" aria-label="Reply">Reply</button></div></div>
        <div id="reply-dialog"></div>
      </div></div>
    </ytd-comment-view-model>
  </ytd-comment-thread-renderer>
</div></ytd-item-section-renderer></ytd-comments></div></ytd-app>`,
};

const CASES = [FACEBOOK, X, X_HOME, LINKEDIN, INSTAGRAM, YOUTUBE];

async function buildPage(spec: SiteCase): Promise<string> {
  const code = await bundle(path.join(REPO_ROOT, 'tests/e2e/insert-pages', spec.entry));
  const css = spec.css ? await readFile(path.join(REPO_ROOT, 'node_modules', spec.css), 'utf8') : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${spec.site}</title><style>${css}</style></head>
<body>${spec.body}<script>${code.replace(/<\/script/gi, '<\\/script')}</script></body></html>`;
}

const urlOf = (spec: SiteCase) => `https://${spec.host}${spec.path}`;

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
