// Pages that reproduce each site's reply flow in its own markup, hosting the editor library the
// site uses (entries in this folder), served at the site's real hostname. insert-live.test.ts
// answers three items on each; firefox.test.ts runs some of them in the Firefox build.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { bundle, REPO_ROOT } from '../editor-pages/build';

export interface ThreadItem {
  key: string;
  author: string;
  text: string;
}

export interface SiteCase {
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

export const FACEBOOK: SiteCase = {
  site: 'facebook',
  editor: 'Lexical 0.52',
  host: 'www.facebook.com',
  path: '/brandcoffee/posts/1234567890',
  entry: 'facebook.ts',
  lineSeparator: '\n\n',
  kind: 'comment',
  items: people(
    [
      ['c1', 'Pappu Das'],
      ['c2', 'Dana Whitfield'],
      ['c3', 'Lee Min'],
    ],
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

export const INSTAGRAM: SiteCase = {
  site: 'instagram',
  editor: 'React 19 controlled textarea, one per post',
  host: 'www.instagram.com',
  path: '/p/C0abc123/',
  entry: 'instagram.tsx',
  kind: 'comment',
  items: people(
    [
      ['c1', 'maya.lens'],
      ['c2', 'tom.becker'],
      ['c3', 'ines_r'],
    ],
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

export const INSTAGRAM_READ_ONLY: SiteCase = {
  ...INSTAGRAM,
  editor: 'React 19 textarea (read-only)',
  path: '/p/C0locked/',
  body: (items) => instagramBody(items, true),
};

export const X: SiteCase = {
  site: 'x',
  editor: 'Draft.js 0.11.7 on React 19, reply dialog beside the new-post composer',
  host: 'x.com',
  path: '/home',
  entry: 'x.tsx',
  css: 'draft-js/dist/Draft.css',
  kind: 'post',
  items: people(
    [
      ['c1', 'Jordan K'],
      ['c2', 'Lena B'],
      ['c3', 'Sam Ortiz'],
    ],
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

/**
 * X status page: the focused post (`tabindex="-1"`) is answered in the inline "Post your reply" box
 * that follows its article (`inline_reply_offscreen`), every other post of the conversation through
 * its own Reply dialog. Hooks from the saved home timeline; the status-page parts from public knowledge.
 */
export const X_STATUS: SiteCase = {
  site: 'x',
  editor: 'Draft.js 0.11.7 on React 19, inline reply box under the focused post, reply dialog for the others',
  host: 'x.com',
  path: '/jordan_k/status/1890000000000000001',
  entry: 'x.tsx',
  css: 'draft-js/dist/Draft.css',
  kind: 'post',
  items: people(
    [
      ['c1', 'Jordan K'],
      ['c2', 'Lena B'],
      ['c3', 'Sam Ortiz'],
    ],
    ['@brandcoffee my package is stuck in transit.', '@jordan_k same here, ordered Monday.', '@jordan_k @brandcoffee mine came today.'],
  ),
  body: (
    items,
  ) => `<div id="react-root"><main role="main"><div data-testid="primaryColumn"><section role="region"><div aria-label="Timeline: Conversation">
${items
  .map((it, i) => {
    const handle = it.author.toLowerCase().replace(/\s+/g, '_');
    const focused = i === 0;
    return `<div data-testid="cellInnerDiv" data-key="${it.key}"><div><article data-testid="tweet" role="article" tabindex="${focused ? -1 : 0}">
    <div data-testid="User-Name"><a role="link" href="/${handle}"><span>${it.author}</span></a><a role="link" href="/${handle}"><span>@${handle}</span></a>
      <a role="link" href="/${handle}/status/189000000000000000${i + 1}"><time datetime="2025-03-0${i + 1}T10:00:00.000Z">Mar ${i + 1}</time></a></div>
    <div data-testid="tweetText" lang="en"><span>${it.text}</span></div>
    <div role="group"><button type="button" data-testid="reply" aria-label="${focused ? 2 : 0} Replies. Reply">${focused ? 2 : ''}</button></div>
  </article>${
    focused
      ? `<div data-testid="inline_reply_offscreen"><div data-inline-composer style="${BOX}"></div>
    <button type="button" data-testid="tweetButtonInline" data-post-button>Reply</button></div>`
      : ''
  }</div></div>`;
  })
  .join('\n')}
</div></section></div></main><div id="layers"></div></div>`,
};

export const YOUTUBE: SiteCase = {
  site: 'youtube',
  editor: 'plain contenteditable, created by Reply',
  host: 'www.youtube.com',
  path: '/watch',
  entry: 'youtube.ts',
  kind: 'comment',
  items: people(
    [
      ['c1', '@samfox'],
      ['c2', '@rita.makes'],
      ['c3', '@deejay'],
    ],
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

export const LINKEDIN: SiteCase = {
  site: 'linkedin',
  editor: 'Quill 1.3.7',
  host: 'www.linkedin.com',
  path: '/feed/update/urn:li:activity:7000000000000000001/',
  entry: 'linkedin.ts',
  css: 'quill/dist/quill.core.css',
  kind: 'comment',
  items: people(
    [
      ['c1', 'Priya Raman'],
      ['c2', 'Marc Olsen'],
      ['c3', 'Aiko Tanaka'],
    ],
    ['The recording link in the follow-up email is broken.', 'Will there be a part two?', 'Great session, thanks.'],
  ),
  body: (items) => `<div class="application-outlet"><main><div class="comments-comments-list">
${items
  .map(
    (
      it,
      i,
    ) => `<article class="comments-comment-item" data-key="${it.key}" data-id="urn:li:comment:(activity:7000000000000000001,700000000000000000${i + 2})">
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

export const REDDIT: SiteCase = {
  site: 'reddit',
  editor: 'Lexical 0.52 in shreddit-composer',
  host: 'www.reddit.com',
  path: '/r/coffee/comments/abc123/new_roast/',
  entry: 'reddit.ts',
  lineSeparator: '\n\n',
  kind: 'comment',
  items: people(
    [
      ['c1', 'ana_b'],
      ['c2', 'grindhouse'],
      ['c3', 'quietmornings'],
    ],
    ['Tastes burnt to me, anyone else?', 'What altitude is this grown at?', 'Ordered two bags.'],
  ),
  body: (items) => `<shreddit-app><main id="main-content">
<shreddit-post author="brandcoffee" id="t3_abc123" post-title="New roast"></shreddit-post>
<comment-body-header></comment-body-header>
<shreddit-comment-tree>
${items
  .map(
    (
      it,
      i,
    ) => `<shreddit-comment thingid="t1_c${i}" author="${it.author}" permalink="/r/coffee/comments/abc123/new_roast/c${i}/" depth="0" data-key="${it.key}">
  <div slot="commentMeta"><a href="/user/${it.author}/">${it.author}</a> <time datetime="2025-11-0${i + 1}T10:00:00.000Z">${i + 1}d</time></div>
  <div slot="comment"><p>${it.text}</p></div>
  <div slot="comment-reply"><button type="button">Reply</button></div>
</shreddit-comment>`,
  )
  .join('\n')}
</shreddit-comment-tree></main></shreddit-app>`,
};

export const OLD_REDDIT: SiteCase = {
  site: 'reddit',
  editor: 'old.reddit textarea in the comment’s own form',
  host: 'old.reddit.com',
  path: '/r/coffee/comments/abc123/new_roast/',
  entry: 'old-reddit.ts',
  kind: 'comment',
  items: people(
    [
      ['c1', 'ana_b'],
      ['c2', 'grindhouse'],
      ['c3', 'quietmornings'],
    ],
    ['Tastes burnt to me.', 'What altitude?', 'Ordered two bags.'],
  ),
  // The post's author answers too (old reddit marks the name `submitter`): an owner reply, not an item to answer.
  body: (items) => `<div class="content" role="main">
<div id="siteTable" class="sitetable linklisting"><div class="thing link" data-fullname="t3_abc123" data-author="brandcoffee"><p class="title">New roast</p></div></div>
<div class="commentarea"><form class="usertext cloneable"><div class="usertext-edit"><textarea name="text" style="width:480px"></textarea></div></form>
<div class="sitetable nestedlisting">
${items
  .map(
    (
      it,
      i,
    ) => `<div class="thing comment" id="thing_t1_o${i}" data-fullname="t1_o${i}" data-author="${it.author}" data-permalink="/r/coffee/comments/abc123/new_roast/o${i}/" data-key="${it.key}">
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

export const DISQUS: SiteCase = {
  site: 'disqus',
  editor: 'plain contenteditable (Disqus embed)',
  host: 'disqus.com',
  path: '/embed/comments/',
  entry: 'disqus.ts',
  kind: 'comment',
  items: people(
    [
      ['c1', 'Marta K'],
      ['c2', 'Olu Ade'],
      ['c3', 'Jens P'],
    ],
    ['Tried it with oat milk: curdled.', 'Can I freeze the dough?', 'Made it twice already.'],
  ),
  body: (items) => `<div id="layout"><section id="conversation"><div id="posts">
<div id="form" class="textarea-wrapper--top-level"></div>
<ul id="post-list">
${items
  .map(
    (
      it,
      i,
    ) => `<li class="post" id="post-100${i}" data-key="${it.key}"><div role="article"><div class="post-content"><div class="post-body">
  <header><span class="post-byline"><span class="author"><a href="https://disqus.com/by/u${i}/">${it.author}</a></span></span>
    <span class="post-meta"><a class="time-ago" href="https://www.foxyfolksy.com/recipe/#comment-100${i}" title="Monday">${i + 1} days ago</a></span></header>
  <div class="post-message"><p>${it.text}</p></div>
  <footer><a href="#" data-action="reply">Reply</a></footer>
</div></div></div></li>`,
  )
  .join('\n')}
</ul></div></section></div>`,
};

export const WORDPRESS: SiteCase = {
  site: 'wordpress',
  editor: 'textarea in core’s moving #respond form (comment-reply.js)',
  host: 'www.foxyfolksy.com',
  path: '/reply-thread-test/',
  entry: 'wordpress.ts',
  kind: 'comment',
  items: people(
    [
      ['c1', 'Kristine'],
      ['c2', 'Susan'],
      ['c3', 'Amber'],
    ],
    ['Can I refrigerate this frosting?', 'Fabulous recipe!', 'Mine came out runny.'],
  ),
  oneBoxAtATime: {
    postButton: '#respond input[type="submit"]',
    posted: (it, reply) => ({ to: String(101 + Number(it.key.slice(1)) - 1), text: reply }),
  },
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

export async function buildPage(spec: SiteCase): Promise<string> {
  const code = await bundle(path.join(REPO_ROOT, 'tests/e2e/insert-pages', spec.entry));
  const css = spec.css ? await readFile(path.join(REPO_ROOT, 'node_modules', spec.css), 'utf8') : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${spec.site}</title><style>${css}</style></head>
<body>${spec.body(spec.items)}<script>${code.replace(/<\/script/gi, '<\\/script')}</script></body></html>`;
}

export const urlOf = (spec: SiteCase) => `https://${spec.host}${spec.path}`;
/** The words the panel uses for the box under an item: "Pappu Das's comment". */
export const whose = (spec: SiteCase, item: ThreadItem) => `${item.author}'s ${spec.kind}`;
