import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SAMPLE_PROFILE } from '@/lib/settings/schema';
import { bundle } from './editor-pages/build';
import {
  E2E_EXTENSION_DIR,
  launchWithExtension,
  readFixture,
  readTabStates,
  REPO_ROOT,
  startSiteServer,
  storeSettings,
  waitUntil,
  type LaunchedExtension,
  type SiteServer,
} from './harness';

/*
 * Replies inserted THROUGH THE BUILT EXTENSION (content script + side panel) into pages that
 * reproduce each site's reply flow in its own markup, served at the site's real hostname: the
 * comment's Reply control, the box it opens under THAT comment (built a moment after the click,
 * as the sites do), and the editor library the site uses (Lexical, Draft.js on React 19, Quill,
 * React-controlled textarea, plain contenteditable). Three items are answered one after another on
 * the same page; each text must land in the box under its own item and nowhere else, read from
 * the editors' own models (window.__thread, insert-pages/thread-api.ts). Replybook never posts: the
 * site's Post button is pressed only by the test, as the person would, where the site has one box.
 *
 * The e2e build is used so the blog and the Disqus embed (markup-recognised, injected on demand)
 * hold their permission from install; for the other sites it is the shipped build.
 */

interface ThreadItem {
  key: string;
  author: string;
  text: string;
}

interface SiteCase {
  site: string;
  editor: string;
  host: string;
  path: string;
  /** Entry in tests/e2e/insert-pages that wires the Reply controls and mounts the editors. */
  entry: string;
  css?: string;
  /** How the editor's model text joins the reply's lines (Lexical paragraphs: "\n\n"). */
  lineSeparator?: string;
  /** The kind the site's adapter gives these items ("comment", "post"). */
  kind: string;
  items: ThreadItem[];
  /**
   * One box for the whole page (Instagram's composer, X's reply dialog, WordPress's moving form):
   * the person posts each reply before the next. `posted` is what the site then sends.
   */
  oneBoxAtATime?: { postButton: string; posted: (item: ThreadItem, reply: string) => { to: string; text: string } };
  body: (items: ThreadItem[]) => string;
}

const BOX = 'min-height:40px;width:480px;border:1px solid #999;padding:4px;display:block;';
const people = (names: Array<[string, string]>, texts: string[]): ThreadItem[] =>
  names.map(([key, author], i) => ({ key, author, text: texts[i]! }));

const FACEBOOK: SiteCase = {
  site: 'facebook',
  editor: 'Lexical 0.52',
  host: 'www.facebook.com',
  path: '/brandcoffee/posts/1234567890',
  entry: 'facebook.ts',
  lineSeparator: '\n\n',
  kind: 'comment',
  items: people(
    [['c1', 'Pappu Das'], ['c2', 'Dana Whitfield'], ['c3', 'Lee Min']],
    [
      'My order arrived two weeks late and the mug was chipped.',
      'Do you ship to Canada?',
      // A commenter's link that says "Reply" is text, never a control.
      'Love the new roast! <a href="https://elsewhere.example/reply">Reply</a>',
    ],
  ),
  body: (items) => `<div role="main"><div role="feed">
${items
  .map(
    (it, i) => `<div data-thread data-key="${it.key}"><div role="article" aria-label="Comment by ${it.author} ${i + 1} days ago">
    <a href="https://www.facebook.com/p${i}?comment_id=Y29tbWVudD${i}" aria-hidden="true" tabindex="-1">${it.author.slice(0, 2)}</a>
    <div><a href="https://www.facebook.com/p${i}?comment_id=Y29tbWVudD${i}"><span dir="auto">${it.author}</span></a>
      <div dir="auto"><span dir="auto" lang="en-US">${it.text}</span></div></div>
    <ul><li><div role="button" tabindex="0" aria-label="Like">Like</div></li><li><div role="button" tabindex="0">Reply</div></li>
      <li><a href="https://www.facebook.com/brandcoffee/posts/1234567890?comment_id=Y29tbWVudD${i}&amp;__tn__=R">${i + 1}d</a></li></ul>
  </div></div>`,
  )
  .join('\n')}
<div id="post-composer"></div></div></div>`,
};

const INSTAGRAM: SiteCase = {
  site: 'instagram',
  editor: 'React 19 controlled textarea, one per post',
  host: 'www.instagram.com',
  path: '/p/C0abc123/',
  entry: 'instagram.tsx',
  kind: 'comment',
  items: people(
    [['c1', 'maya.lens'], ['c2', 'tom.becker'], ['c3', 'ines_r']],
    ['Ordered the print twice and both arrived bent.', 'Is there a bigger size?', 'Gorgeous colours.'],
  ),
  oneBoxAtATime: { postButton: 'form [data-post-button]', posted: (it, reply) => ({ to: it.key, text: `@${it.author} ${reply}` }) },
  body: (items) => instagramBody(items, false),
};

function instagramBody(items: ThreadItem[], readOnly: boolean): string {
  return `<main role="main"><div><article><section><ul class="_a9z6">
${items
  .map(
    (it, i) => `<div><ul class="_a9ym" data-key="${it.key}"><div><li><div><div>
    <h3><div><span><a role="link" href="/${it.author}/">${it.author}</a></span></div></h3>
    <div><span dir="auto">${it.text}</span></div>
    <div><span><a href="/p/C0abc123/c/1800000000000000${i}/"><time datetime="2025-04-0${i + 1}T12:00:00.000Z">${i + 1}d</time></a></span>
      <button type="button">Reply</button></div>
  </div></div></li></div></ul></div>`,
  )
  .join('\n')}
</ul></section><section id="composer"${readOnly ? ' data-readonly' : ''}></section></article></div></main>`;
}

const INSTAGRAM_READ_ONLY: SiteCase = { ...INSTAGRAM, editor: 'React 19 textarea (read-only)', path: '/p/C0locked/', body: (items) => instagramBody(items, true) };

const X: SiteCase = {
  site: 'x',
  editor: 'Draft.js 0.11.7 on React 19, reply dialog beside the new-post composer',
  host: 'x.com',
  path: '/home',
  entry: 'x.tsx',
  css: 'draft-js/dist/Draft.css',
  kind: 'post',
  items: people(
    [['c1', 'Jordan K'], ['c2', 'Lena B'], ['c3', 'Sam Ortiz']],
    ['@brandcoffee my package is stuck in transit.', '@brandcoffee the app logs me out.', '@brandcoffee best cold brew in town.'],
  ),
  oneBoxAtATime: { postButton: '[role="dialog"] [data-post-button]', posted: (it, reply) => ({ to: it.key, text: reply }) },
  body: (items) => `<div id="react-root"><main role="main"><div data-testid="primaryColumn">
  <div><div id="composer" style="${BOX}"></div></div>
  <section>
${items
  .map((it, i) => {
    const handle = it.author.toLowerCase().replace(/\s+/g, '_');
    return `<div data-testid="cellInnerDiv" data-key="${it.key}"><article data-testid="tweet" role="article" tabindex="0">
    <div data-testid="User-Name"><a role="link" href="/${handle}"><span>${it.author}</span></a><a role="link" href="/${handle}"><span>@${handle}</span></a>
      <a role="link" href="/${handle}/status/189000000000000000${i}"><time datetime="2025-03-0${i + 1}T10:00:00.000Z">Mar ${i + 1}</time></a></div>
    <div data-testid="tweetText" lang="en"><span>${it.text}</span></div>
    <div role="group"><button type="button" data-testid="reply" aria-label="1 Reply. Reply">1</button></div>
  </article></div>`;
  })
  .join('\n')}
  </section></div></main><div id="layers"></div></div>`,
};

const YOUTUBE: SiteCase = {
  site: 'youtube',
  editor: 'plain contenteditable, created by Reply',
  host: 'www.youtube.com',
  path: '/watch',
  entry: 'youtube.ts',
  kind: 'comment',
  items: people(
    [['c1', '@samfox'], ['c2', '@rita.makes'], ['c3', '@deejay']],
    ['The audio drifts out of sync after minute 4.', 'Which grinder is that?', 'First!'],
  ),
  body: (items) => `<ytd-app><div id="content"><ytd-comments id="comments"><ytd-item-section-renderer>
  <ytd-comments-header-renderer><div id="simple-box"></div></ytd-comments-header-renderer><div id="contents">
${items
  .map(
    (it, i) => `<ytd-comment-thread-renderer><ytd-comment-view-model id="comment" data-key="${it.key}"><div id="body"><div id="main">
    <div id="header-author"><a id="author-text" href="/${it.author}"><span>${it.author}</span></a>
      <span id="published-time-text"><a href="/watch?v=replybook&amp;lc=Ugx${i}AbC">${i + 2} days ago</a></span></div>
    <div id="expander"><yt-attributed-string id="content-text"><span>${it.text}</span></yt-attributed-string></div>
    <div id="action-buttons"><div id="reply-button-end"><button type="button" aria-label="Reply">Reply</button></div></div>
    <div id="reply-dialog"></div>
  </div></div></ytd-comment-view-model></ytd-comment-thread-renderer>`,
  )
  .join('\n')}
</div></ytd-item-section-renderer></ytd-comments></div></ytd-app>`,
};

const LINKEDIN: SiteCase = {
  site: 'linkedin',
  editor: 'Quill 1.3.7',
  host: 'www.linkedin.com',
  path: '/feed/update/urn:li:activity:7000000000000000001/',
  entry: 'linkedin.ts',
  css: 'quill/dist/quill.core.css',
  kind: 'comment',
  items: people(
    [['c1', 'Priya Raman'], ['c2', 'Marc Olsen'], ['c3', 'Aiko Tanaka']],
    ['The recording link in the follow-up email is broken.', 'Will there be a part two?', 'Great session, thanks.'],
  ),
  body: (items) => `<div class="application-outlet"><main><div class="comments-comments-list">
${items
  .map(
    (it, i) => `<article class="comments-comment-item" data-key="${it.key}" data-id="urn:li:comment:(activity:7000000000000000001,700000000000000000${i + 2})">
    <div class="comments-post-meta"><a class="comments-post-meta__name-text" href="/in/p${i}/"><span data-entity-hovercard-id="urn:li:fs_miniProfile:A${i}">${it.author}</span></a>
      <time class="comments-comment-item__timestamp">${i + 1}d</time></div>
    <div class="comments-comment-item-content-body"><span dir="ltr">${it.text}</span></div>
    <div class="comments-comment-social-bar"><button type="button" class="comments-comment-social-bar__reply-action-button" aria-label="Reply to ${it.author}'s comment">Reply</button></div>
    <div class="comments-comment-item__nested-items"></div>
  </article>`,
  )
  .join('\n')}
</div><div id="post-box"></div></main></div>`,
};

const REDDIT: SiteCase = {
  site: 'reddit',
  editor: 'Lexical 0.52 in shreddit-composer',
  host: 'www.reddit.com',
  path: '/r/coffee/comments/abc123/new_roast/',
  entry: 'reddit.ts',
  lineSeparator: '\n\n',
  kind: 'comment',
  items: people(
    [['c1', 'ana_b'], ['c2', 'grindhouse'], ['c3', 'quietmornings']],
    ['Tastes burnt to me, anyone else?', 'What altitude is this grown at?', 'Ordered two bags.'],
  ),
  body: (items) => `<shreddit-app><main id="main-content">
<shreddit-post author="brandcoffee" id="t3_abc123" post-title="New roast"></shreddit-post>
<comment-body-header></comment-body-header>
<shreddit-comment-tree>
${items
  .map(
    (it, i) => `<shreddit-comment thingid="t1_c${i}" author="${it.author}" permalink="/r/coffee/comments/abc123/new_roast/c${i}/" depth="0" data-key="${it.key}">
  <div slot="commentMeta"><a href="/user/${it.author}/">${it.author}</a> <time datetime="2025-11-0${i + 1}T10:00:00.000Z">${i + 1}d</time></div>
  <div slot="comment"><p>${it.text}</p></div>
  <div slot="comment-reply"><button type="button">Reply</button></div>
</shreddit-comment>`,
  )
  .join('\n')}
</shreddit-comment-tree></main></shreddit-app>`,
};

const OLD_REDDIT: SiteCase = {
  site: 'reddit',
  editor: 'old.reddit textarea in the comment’s own form',
  host: 'old.reddit.com',
  path: '/r/coffee/comments/abc123/new_roast/',
  entry: 'old-reddit.ts',
  kind: 'comment',
  items: people(
    [['c1', 'ana_b'], ['c2', 'grindhouse'], ['c3', 'quietmornings']],
    ['Tastes burnt to me.', 'What altitude?', 'Ordered two bags.'],
  ),
  // The post's author answers too (old reddit marks the name `submitter`): an owner reply, not an item to answer.
  body: (items) => `<div class="content" role="main">
<div id="siteTable" class="sitetable linklisting"><div class="thing link" data-fullname="t3_abc123" data-author="brandcoffee"><p class="title">New roast</p></div></div>
<div class="commentarea"><form class="usertext cloneable"><div class="usertext-edit"><textarea name="text" style="width:480px"></textarea></div></form>
<div class="sitetable nestedlisting">
${items
  .map(
    (it, i) => `<div class="thing comment" id="thing_t1_o${i}" data-fullname="t1_o${i}" data-author="${it.author}" data-permalink="/r/coffee/comments/abc123/new_roast/o${i}/" data-key="${it.key}">
  <div class="entry"><p class="tagline"><a href="https://old.reddit.com/user/${it.author}" class="author">${it.author}</a> <time datetime="2025-11-0${i + 1}T10:00:00+00:00">${i + 1} days ago</time></p>
    <form class="usertext"><div class="usertext-body"><div class="md"><p>${it.text}</p></div></div></form>
    <ul class="flat-list buttons"><li class="first"><a href="https://old.reddit.com/r/coffee/comments/abc123/new_roast/o${i}/" class="bylink">permalink</a></li>
      <li class="reply-button"><a class="access-required" href="javascript:void(0)" data-event-action="comment">reply</a></li></ul></div>
  <div class="child">${
    i === 1
      ? `<div class="sitetable listing"><div class="thing comment" data-fullname="t1_op" data-author="brandcoffee" data-permalink="/r/coffee/comments/abc123/new_roast/op/">
    <div class="entry"><p class="tagline"><a href="https://old.reddit.com/user/brandcoffee" class="author submitter">brandcoffee</a> <time datetime="2025-11-03T10:00:00+00:00">1 day ago</time></p>
      <form class="usertext"><div class="usertext-body"><div class="md"><p>About 1,800 m.</p></div></div></form>
      <ul class="flat-list buttons"><li class="reply-button"><a href="javascript:void(0)" data-event-action="comment">reply</a></li></ul></div><div class="child"></div></div></div>`
      : ''
  }</div>
</div>`,
  )
  .join('\n')}
</div></div></div>`,
};

const DISQUS: SiteCase = {
  site: 'disqus',
  editor: 'plain contenteditable (Disqus embed)',
  host: 'disqus.com',
  path: '/embed/comments/',
  entry: 'disqus.ts',
  kind: 'comment',
  items: people(
    [['c1', 'Marta K'], ['c2', 'Olu Ade'], ['c3', 'Jens P']],
    ['Tried it with oat milk: curdled.', 'Can I freeze the dough?', 'Made it twice already.'],
  ),
  body: (items) => `<div id="layout"><section id="conversation"><div id="posts">
<div id="form" class="textarea-wrapper--top-level"></div>
<ul id="post-list">
${items
  .map(
    (it, i) => `<li class="post" id="post-100${i}" data-key="${it.key}"><div role="article"><div class="post-content"><div class="post-body">
  <header><span class="post-byline"><span class="author"><a href="https://disqus.com/by/u${i}/">${it.author}</a></span></span>
    <span class="post-meta"><a class="time-ago" href="https://www.foxyfolksy.com/recipe/#comment-100${i}" title="Monday">${i + 1} days ago</a></span></header>
  <div class="post-message"><p>${it.text}</p></div>
  <footer><a href="#" data-action="reply">Reply</a></footer>
</div></div></div></li>`,
  )
  .join('\n')}
</ul></div></section></div>`,
};

const WORDPRESS: SiteCase = {
  site: 'wordpress',
  editor: 'textarea in core’s moving #respond form (comment-reply.js)',
  host: 'www.foxyfolksy.com',
  path: '/reply-thread-test/',
  entry: 'wordpress.ts',
  kind: 'comment',
  items: people(
    [['c1', 'Kristine'], ['c2', 'Susan'], ['c3', 'Amber']],
    ['Can I refrigerate this frosting?', 'Fabulous recipe!', 'Mine came out runny.'],
  ),
  oneBoxAtATime: { postButton: '#respond input[type="submit"]', posted: (it, reply) => ({ to: String(101 + Number(it.key.slice(1)) - 1), text: reply }) },
  body: (items) => `<div id="page"><article class="post"><h1>Ermine icing</h1></article>
<div id="comments" class="comments-area"><ol class="comment-list">
${items
  .map(
    (it, i) => `<li id="comment-${101 + i}" class="comment" data-key="${it.key}"><article id="div-comment-${101 + i}" class="comment-body">
  <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">${it.author}</b></div>
    <div class="comment-metadata"><a href="https://www.foxyfolksy.com/reply-thread-test/#comment-${101 + i}"><time datetime="2020-10-2${i}T09:17:43+00:00">October 2${i}, 2020</time></a></div></footer>
  <div class="comment-content"><p>${it.text}</p></div>
  <div class="reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom=${101 + i}#respond" data-commentid="${101 + i}" data-postid="1" aria-label="Reply to ${it.author}">Reply</a></div>
</article></li>`,
  )
  .join('\n')}
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title">Leave a Reply <a id="cancel-comment-reply-link" href="#respond">Cancel reply</a></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
  <p class="comment-form-comment"><textarea id="comment" name="comment" style="width:480px;height:80px"></textarea></p>
  <p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"><input type="hidden" name="comment_parent" id="comment_parent" value="0"></p>
</form></div></div></div>`,
};

const CASES = [FACEBOOK, INSTAGRAM, X, YOUTUBE, LINKEDIN, REDDIT, OLD_REDDIT, DISQUS, WORDPRESS];
const ALL = [...CASES, INSTAGRAM_READ_ONLY];

async function buildPage(spec: SiteCase): Promise<string> {
  const code = await bundle(path.join(REPO_ROOT, 'tests/e2e/insert-pages', spec.entry));
  const css = spec.css ? await readFile(path.join(REPO_ROOT, 'node_modules', spec.css), 'utf8') : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${spec.site}</title><style>${css}</style></head>
<body>${spec.body(spec.items)}<script>${code.replace(/<\/script/gi, '<\\/script')}</script></body></html>`;
}

const urlOf = (spec: SiteCase) => `https://${spec.host}${spec.path}`;
/** The words the panel uses for the box under an item: "Pappu Das's comment". */
const whose = (spec: SiteCase, item: ThreadItem) => `${item.author}'s ${spec.kind}`;

describe('inserting replies through the extension, three items in a row, each into the box under its own item', () => {
  let server: SiteServer;
  let ext: LaunchedExtension;
  let panel: Page;

  beforeAll(async () => {
    const hosts = [...new Set([...ALL.map((c) => c.host), 'www.trustpilot.com'])];
    server = await startSiteServer(hosts);
    for (const spec of ALL) server.setPage(spec.host, spec.path, await buildPage(spec), { scripts: true });
    server.setPage('www.trustpilot.com', '/review/twenix.es', readFixture('trustpilot/twenix-es-2025.html'));
    server.setPage('www.facebook.com', '/saved/feed-comment', readFixture('facebook/feed-comment-lexical-2022.html'));
    ext = await launchWithExtension({ hosts, port: server.port, extensionDir: E2E_EXTENSION_DIR });
    // The blog and the Disqus embed are sites the user added (their permission is in the e2e build).
    await storeSettings(ext, { profile: SAMPLE_PROFILE, onboarded: true, followUpDays: 2, extraSites: ['https://www.foxyfolksy.com', 'https://disqus.com'] });
    await waitUntil(async () => (await ext.serviceWorker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).length === 1, 10_000, 'the blogs script registered');
    // For every origin: Chromium refuses a grant for a chrome-extension:// origin by name.
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    panel = await ext.context.newPage();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  const sitePages = new Map<string, Page>();
  /** Loads (or reloads, in the same tab) the site page and waits for one labelled badge per item. */
  async function openSitePage(url: string, badges: number): Promise<Page> {
    let page = sitePages.get(url);
    if (!page) {
      page = await ext.context.newPage();
      sitePages.set(url, page);
    }
    await ext.goto(page, url);
    await waitUntil(() => page.evaluate(() => typeof window.__thread?.texts === 'function'), 10_000, `${url} editors mounted`);
    await waitUntil(async () => (await page.locator('replybook-badge:not([data-rb-state="pending"])').count()) === badges, 15_000, `${url}: ${badges} badges`);
    return page;
  }

  async function tabStateOf(siteId: string, url: string) {
    return waitUntil(
      async () => (await readTabStates(ext.serviceWorker)).find((s) => s.siteId === siteId && s.pageUrl === url && s.items.length > 0),
      10_000,
      `${siteId} tab state`,
    );
  }

  /** Opens the panel for the tab, selects the item by its author, types `text` and presses Insert. */
  async function insertFromPanel(siteId: string, url: string, author: string, text: string): Promise<string> {
    const state = await tabStateOf(siteId, url);
    const item = (state.items as unknown as Array<{ id: string; author?: string }>).find((i) => i.author === author);
    expect(item, `an item by ${author}`).toBeDefined();
    await ext.goto(panel, `chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${state.tabId}`);
    // An item answered on the page (the owner replied under it) is listed once "show handled" is on.
    const showHandled = panel.getByRole('checkbox', { name: 'show handled' });
    await showHandled.waitFor();
    if (!(await showHandled.isChecked())) await showHandled.check();
    await panel.locator(`[data-item-id="${item!.id}"] .item-row`).click();
    await panel.locator('textarea#draft').fill(text);
    await panel.getByRole('button', { name: 'Insert', exact: true }).click();
    await expect.poll(() => panel.locator('.status').textContent(), { timeout: 10_000 }).toMatch(/Inserted|clipboard|Copied|Could not|holds|did not|no reply box/);
    return (await panel.locator('.status').textContent()) ?? '';
  }

  const texts = (page: Page) => page.evaluate(() => window.__thread.texts());
  const submits = (page: Page) => page.evaluate(() => window.__thread.submits);
  const posted = (page: Page) => page.evaluate(() => window.__thread.posted);

  for (const spec of CASES) {
    test(`${spec.site} (${spec.editor}) at ${urlOf(spec)}: three replies, each under its own item`, async () => {
      const page = await openSitePage(urlOf(spec), spec.items.length);
      const replies = spec.items.map((it, i) =>
        i === 0 ? [`Hi ${it.author}, sorry about this (${spec.site}).`, 'We have sent you a message.', 'Talk soon!'].join('\n') : `Thanks ${it.author}, noted (${spec.site} ${i}).`,
      );
      const modelText = (reply: string) => reply.split('\n').join(spec.lineSeparator ?? '\n');
      const expected: Record<string, string> = {};
      for (const [i, item] of spec.items.entries()) {
        const before = await submits(page);
        const status = await insertFromPanel(spec.site, urlOf(spec), item.author, replies[i]!);
        expect(await submits(page), 'Replybook pressed no Post button').toBe(before);
        const now = await texts(page);
        if (spec.oneBoxAtATime) {
          const want = spec.oneBoxAtATime.posted(item, replies[i]!);
          const boxKey = spec.site === 'instagram' ? 'post' : spec.site === 'wordpress' ? 'form' : item.key;
          expect(status).toMatch(/^Inserted /);
          expect(now[boxKey]).toBe(modelText(want.text));
          if (spec.site === 'wordpress') {
            // The one form now sits under this comment, with comment_parent set by the page.
            expect(await page.locator(`li[data-key="${item.key}"] #respond textarea`).count()).toBe(1);
            expect(status).toBe(`Inserted in the reply box under ${whose(spec, item)}. Check it, then press the site's Post button.`);
          }
          if (spec.site === 'x') {
            expect(status).toBe(`Inserted in the reply box under ${whose(spec, item)}. Check it, then press the site's Post button.`);
            expect(now.post, 'the new-post composer').toBe('');
          }
          if (spec.site === 'instagram') expect(status).toContain(`addressed to @${item.author}`);
          // The person presses the site's Post; the site sends it as a reply to this item.
          await page.locator(spec.oneBoxAtATime.postButton).click();
          await expect.poll(() => posted(page)).toContainEqual({ to: want.to, text: modelText(want.text) });
          continue;
        }
        expect(status).toBe(`Inserted in the reply box under ${whose(spec, item)}. Check it, then press the site's Post button.`);
        expected[item.key] = modelText(replies[i]!);
        // Every box on the page: this item's holds its reply, the earlier ones still theirs, nothing else anywhere.
        expect(Object.fromEntries(Object.entries(now).filter(([, value]) => value !== ''))).toEqual(expected);
      }
      if (spec.oneBoxAtATime) expect((await posted(page)).map((p) => p.to)).toEqual(spec.items.map((it) => spec.oneBoxAtATime!.posted(it, '').to));
      else expect((await texts(page)).post ?? '', 'the post-level composer').toBe('');
      if (spec === OLD_REDDIT) {
        // The submitter's answer is the owner's reply, and marks the thread it answers as answered.
        const items = (await tabStateOf('reddit', urlOf(spec))).items as unknown as Array<{ author?: string; isOwnerReply: boolean; hasOwnerReply?: boolean }>;
        expect(items.filter((i) => i.isOwnerReply).map((i) => i.author)).toEqual(['brandcoffee']);
        expect(items.find((i) => i.author === 'grindhouse')?.hasOwnerReply).toBe(true);
        expect(items.find((i) => i.author === 'ana_b')?.hasOwnerReply).toBe(false);
      }
    });
  }

  test('WordPress: with a reply unposted in the one form, inserting for another comment is refused and the draft stays put', async () => {
    const page = await openSitePage(urlOf(WORDPRESS), 3);
    const [first, second] = WORDPRESS.items;
    expect(await insertFromPanel('wordpress', urlOf(WORDPRESS), first!.author, 'Yes, up to three days.')).toMatch(/^Inserted in the reply box under Kristine's comment/);
    const status = await insertFromPanel('wordpress', urlOf(WORDPRESS), second!.author, 'Thank you Susan!');
    expect(status).toMatch(/still holds your unposted reply to Kristine's comment/);
    expect(await page.locator('li[data-key="c1"] #respond textarea').inputValue()).toBe('Yes, up to three days.');
    expect(await panel.evaluate(() => navigator.clipboard.readText())).toBe('Thank you Susan!');
  });

  test('Facebook (saved page, scripts off): Reply under the comment opens nothing, so the post’s composer is NOT used', async () => {
    const url = 'https://www.facebook.com/saved/feed-comment';
    const page = await ext.context.newPage();
    await ext.goto(page, url);
    const status = await insertFromPanel('facebook', url, 'Md Parves Forayezi', 'Thanks for your comment!');
    // The page's one composer writes a new top-level comment: never taken for a reply to a person.
    expect(status).toMatch(/^Reply under Md Parves Forayezi's comment did not open a reply box within 3 s\. The reply is on your clipboard/);
    expect(await page.locator('[data-lexical-editor="true"]').first().innerText()).not.toContain('Thanks for your comment!');
    expect(await panel.evaluate(() => navigator.clipboard.readText())).toBe('Thanks for your comment!');
    await page.close();
  });

  test('Instagram: a read-only box is not written to: the reply goes to the clipboard', async () => {
    const spec = INSTAGRAM_READ_ONLY;
    const page = await openSitePage(urlOf(spec), spec.items.length);
    const reply = 'We are sorry the prints arrived bent; a replacement is on its way.';
    const status = await insertFromPanel('instagram', urlOf(spec), spec.items[0]!.author, reply);
    expect(status).toMatch(/on your clipboard/);
    expect(await panel.evaluate(() => navigator.clipboard.readText())).toBe(reply);
    expect(status).toContain('cannot be typed in');
    expect(await page.locator('textarea').inputValue()).toBe('');
    expect(await submits(page)).toBe(0);
  });

  test('Trustpilot (saved page): no public reply box, so the reply is copied, the panel says where owners reply, and it is logged as copied', async () => {
    const url = 'https://www.trustpilot.com/review/twenix.es';
    const page = await ext.context.newPage();
    await ext.goto(page, url);
    const state = await tabStateOf('trustpilot', url);
    const item = (state.items as unknown as Array<{ id: string; author?: string; isOwnerReply: boolean; permalink?: string }>).find((i) => !i.isOwnerReply)!;
    const status = await insertFromPanel('trustpilot', url, item.author!, 'Gracias por tu reseña.');
    expect(status).toBe('Copied: Trustpilot replies are written in your Trustpilot business account (business.trustpilot.com). Paste it there.');
    expect(await panel.evaluate(() => navigator.clipboard.readText())).toBe('Gracias por tu reseña.');
    const log = await panel.evaluate(
      (itemId) =>
        new Promise<Array<{ action: string; permalink?: string }>>((resolve, reject) => {
          const open = indexedDB.open('replybook');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('responses').objectStore('responses').getAll();
            request.onsuccess = () => resolve((request.result as Array<{ itemId: string; action: string; permalink?: string }>).filter((r) => r.itemId === itemId));
          };
        }),
      item.id,
    );
    expect(log.map((r) => r.action)).toEqual(['copied']);
    expect(log[0]!.permalink).toBe(item.permalink);
    expect(item.permalink).toMatch(/trustpilot\.com\/reviews\//);
    await page.close();
  });

  test('the demo page: a reply for Priya, then one for Tom, each in its own box', async () => {
    const demo = await ext.context.newPage();
    await ext.goto(demo, `chrome-extension://${ext.extensionId}/demo.html`);
    await waitUntil(async () => (await demo.locator('replybook-badge:not([data-rb-state="pending"])').count()) > 20, 15_000, 'labelled badges');
    const url = demo.url();
    const priya = await insertFromPanel('demo', url, 'Priya Raman', 'Thank you, Priya!');
    expect(priya).toBe("Inserted in the reply box under Priya Raman's review. Check it, then press the site's Post button.");
    const tom = await insertFromPanel('demo', url, 'Tom Becker', 'Tom, we are sorry about the wait.');
    expect(tom).toBe("Inserted in the reply box under Tom Becker's review. Check it, then press the site's Post button.");
    expect(await demo.locator('article[data-item-id="r-101"] textarea.rb-demo-box').inputValue()).toBe('Thank you, Priya!');
    expect(await demo.locator('article[data-item-id="r-102"] textarea.rb-demo-box').inputValue()).toBe('Tom, we are sorry about the wait.');
    const filled = await demo.locator('textarea.rb-demo-box').evaluateAll((boxes) => boxes.filter((b) => (b as HTMLTextAreaElement).value !== '').length);
    expect(filled).toBe(2);
    await demo.close();
  });

  test('no request left Chromium (the pages’ editors and the extension fetch nothing)', () => {
    expect(ext.unexpectedRequests).toEqual([]);
  });
});
