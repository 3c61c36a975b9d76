import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  diagnose,
  findAllReplyBoxes,
  findItems,
  findOpenControl,
  findReplyBox,
  itemTreeOf,
  ownerOfBox,
  withoutTracking,
} from '@/lib/content/extract';
import { absoluteUrl, hashString, itemHashId, parseMachineTime, parseRating } from '@/lib/dom/parse';
import { normaliseText, textOf } from '@/lib/dom/text';
import { isUsableEditor, isVisible, type AncestorMemo } from '@/lib/dom/visibility';
import { defineSite } from '@/lib/sites/define-site';
import { demo } from '@/lib/sites/demo';
import { facebook } from '@/lib/sites/facebook';
import { generic } from '@/lib/sites/generic';
import { instagram } from '@/lib/sites/instagram';
import { x } from '@/lib/sites/x';
import { adapterForPage, adapterForUrl, matchPattern } from '@/lib/sites';
import { wordpress } from '@/lib/sites/wordpress';
import { MARKUP_SITES } from '@/lib/sites/markup';
import { MARKUP_SITE_IDS } from '@/lib/sites/markup-ids';

function page(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
}

describe('ids', () => {
  it('hashes deterministically and differently for different input', () => {
    expect(hashString('abc')).toBe(hashString('abc'));
    expect(hashString('abc')).not.toBe(hashString('abd'));
    expect(hashString('abc')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('builds an item id from site, author and text', () => {
    const id = itemHashId('yelp', 'Ann', 'Nice');
    expect(id).toMatch(/^yelp-[0-9a-f]{16}$/);
    expect(itemHashId('yelp', 'Ann', 'Nice')).toBe(id);
    expect(itemHashId('yelp', 'Bob', 'Nice')).not.toBe(id);
    expect(itemHashId('x', 'Ann', 'Nice')).not.toBe(id);
  });

  it('keeps ids unique when two items hash the same', () => {
    const doc = page(`
      <article class="rb-demo-item" data-item-id="a"><div class="rb-demo-text">hi</div></article>
      <article class="rb-demo-item" data-item-id="a"><div class="rb-demo-text">hi</div></article>`);
    const ids = findItems(doc, demo, 'https://replybook.invalid/').map((f) => f.item.id);
    expect(ids).toEqual(['demo:a', 'demo:a~2']);
  });

  it('drops per-session tracking parameters from permalinks', () => {
    expect(withoutTracking('https://www.facebook.com/p?comment_id=1&__cft__[0]=x&__tn__=R')).toBe(
      'https://www.facebook.com/p?comment_id=1',
    );
    expect(withoutTracking('https://a.example/x?utm_source=y&id=2')).toBe('https://a.example/x?id=2');
  });
});

describe('text', () => {
  it('keeps line breaks from <br> and paragraphs, and emoji from images', () => {
    const doc = page(
      '<div id="t"><p>Great <b>food</b>!<br>Will   come back <img alt="😀" src="e.png"></p><p>Second</p><img alt="photo of a cat" src="c.jpg"></div>',
    );
    expect(textOf(doc.getElementById('t')!)).toBe('Great food!\nWill come back 😀\n\nSecond');
  });

  it('skips "See more" controls and scripts, never HTML', () => {
    const doc = page(
      '<div id="t">Short text… <div role="button">See more</div><script>var x = "<b>"</script><button>Translate</button> &lt;b&gt;</div>',
    );
    expect(textOf(doc.getElementById('t')!)).toBe('Short text… <b>');
  });

  it('keeps raw newlines only where the site renders them (pre-wrap)', () => {
    const doc = page('<span id="t">line one\n\nline two</span>');
    expect(textOf(doc.getElementById('t')!)).toBe('line one line two');
    expect(textOf(doc.getElementById('t')!, { preLine: true })).toBe('line one\n\nline two');
  });

  it('normalises whitespace and zero-width padding but keeps emoji joiners', () => {
    expect(normaliseText('  a \t b \n\n\n\n c\uFEFF ')).toBe('a b\n\nc');
    expect(normaliseText('👩\u200D💻')).toBe('👩\u200D💻');
  });
});

describe('ratings', () => {
  it.each([
    ['4', 4],
    ['4.0 out of 5 stars', 4],
    ['5,0 de 5 estrellas', 5],
    ['Rated 3 out of 5', 3],
    ['5.0 star rating', 5],
    [' 4 stars ', 4],
    ['ui_bubble_rating bubble_45', 4.5],
    ['a-icon a-icon-star a-star-4-5 review-rating', 4.5],
    ['a-icon a-star-3', 3],
    ['i-stars i-stars--regular-3-half', 3.5],
  ])('%s → %s', (input, rating) => {
    expect(parseRating(input)).toBe(rating);
  });

  it.each([[''], ['no stars here'], ['42']])('%s → nothing', (input) => {
    expect(parseRating(input)).toBeUndefined();
  });
});

describe('times', () => {
  it('accepts only machine-readable times with a zone', () => {
    expect(parseMachineTime('2020-10-22T17:17:43+08:00')).toBe('2020-10-22T09:17:43.000Z');
    expect(parseMachineTime('2025-02-14T17:52:29.000Z')).toBe('2025-02-14T17:52:29.000Z');
    expect(parseMachineTime('2025-02-14 17:52:29+0100')).toBe('2025-02-14T16:52:29.000Z');
    expect(parseMachineTime('1381172401')).toBe('2013-10-07T19:00:01.000Z');
    expect(parseMachineTime('2025-02-14')).toBeUndefined(); // zone would be a guess
    expect(parseMachineTime('2025-02-14T17:52')).toBeUndefined();
    expect(parseMachineTime('1w')).toBeUndefined();
    expect(parseMachineTime('9/27/2017')).toBeUndefined();
  });

  it('keeps the shown time as timeText when there is no machine time', () => {
    const doc = page(`<article class="rb-demo-item" data-item-id="a"><time>3 days ago</time><div class="rb-demo-text">x</div></article>`);
    const [found] = findItems(doc, demo, 'https://replybook.invalid/');
    expect(found!.item.postedAt).toBeUndefined();
    expect(found!.item.timeText).toBe('3 days ago');
  });

  it('resolves links against the page and refuses other schemes', () => {
    expect(absoluteUrl('/r/x/comment/1/', 'https://www.reddit.com/r/x/')).toBe('https://www.reddit.com/r/x/comment/1/');
    expect(absoluteUrl('javascript:alert(1)', 'https://a.example/')).toBeUndefined();
  });
});

describe('reply boxes', () => {
  const decoys = `
    <li id="comment-1" class="comment"><article class="comment-body">
      <div class="comment-author"><b class="fn">A</b></div><div class="comment-content"><p>Hi</p></div>
      <a class="comment-reply-link" href="#respond">Reply</a></article></li>
    <div id="respond"><form>
      <textarea id="d1" style="display: none"></textarea>
      <textarea id="d2" aria-hidden="true"></textarea>
      <textarea id="d3" disabled></textarea>
      <textarea id="d4" readonly></textarea>
      <textarea id="d5" style="position:absolute;left:-10000px"></textarea>
      <div style="visibility:hidden"><textarea id="d6"></textarea></div>
      <textarea id="d7" hidden></textarea>
      <textarea id="d8" style="width:0;height:0"></textarea>
      <textarea id="comment" name="comment"></textarea>
    </form></div>`;

  it('skips hidden, aria-hidden, disabled, read-only, off-screen and zero-size decoys', () => {
    const doc = page(`<ol class="comment-list">${decoys}</ol>`);
    for (const id of ['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8']) expect(isUsableEditor(doc.getElementById(id)!), id).toBe(false);
    expect(isUsableEditor(doc.getElementById('comment')!)).toBe(true);
  });

  it("finds the item's own Reply control; a form outside every comment is not that comment's box", () => {
    const doc = page(`<ol class="comment-list">${decoys}</ol>`);
    const found = findItems(doc, wordpress, 'https://blog.example/');
    const { open, box } = findReplyBox(found[0]!.element, wordpress, doc, itemTreeOf(found));
    expect(open?.className).toBe('comment-reply-link');
    expect(box).toBeUndefined();
    expect(found[0]!.item.reply).toEqual({ editor: 'textarea', available: true });
  });

  it('a box belongs to the item it sits in (WordPress moves #respond into the comment), never to a neighbour', () => {
    const comment = (n: number, inner = '') => `<li id="comment-${n}" class="comment"><article class="comment-body">
      <div class="comment-author"><b class="fn">P${n}</b></div><div class="comment-content"><p>Text ${n}</p></div>
      <a class="comment-reply-link" href="?replytocom=${n}#respond">Reply</a></article>${inner}</li>`;
    const doc = page(
      `<div id="comments"><ol class="comment-list">${comment(1, '<div id="respond"><form><textarea id="comment"></textarea></form></div>')}${comment(2)}</ol></div>`,
    );
    const found = findItems(doc, wordpress, 'https://blog.example/');
    const tree = itemTreeOf(found);
    expect(findReplyBox(found[0]!.element, wordpress, doc, tree).box?.id).toBe('comment');
    expect(findReplyBox(found[1]!.element, wordpress, doc, tree).box).toBeUndefined();
    expect(ownerOfBox(doc.getElementById('comment')!, wordpress.reply, tree)).toBe(found[0]!.element);
  });

  it("Facebook: the box under a comment's replies is that comment's; the post's composer is only the post's", () => {
    const comment = (name: string) =>
      `<div role="article" aria-label="Comment by ${name}"><span dir="auto" lang="en">${name} says hi</span><ul><li><div role="button">Reply</div></li></ul></div>`;
    const doc = page(`<div role="article" aria-posinset="1"><div data-ad-preview="message">Post</div>
      <div>${comment('Ann')}<div>${comment('Cat')}</div><form><div role="textbox" contenteditable="true" aria-label="Write a reply…" id="reply-ann"></div></form></div>
      <div>${comment('Bob')}</div>
      <form><div role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="Write a comment" id="post-box"></div></form></div>`);
    const found = findItems(doc, facebook, 'https://www.facebook.com/');
    const tree = itemTreeOf(found);
    const byText = (t: string) => found.find((f) => f.item.text.startsWith(t))!.element;
    // The box comes right after Cat's comment, in Ann's thread block: it is the last comment's before it.
    expect(ownerOfBox(doc.getElementById('reply-ann')!, facebook.reply, tree)).toBe(byText('Cat'));
    expect(findReplyBox(byText('Bob'), facebook, doc, tree).box).toBeUndefined();
    expect(ownerOfBox(doc.getElementById('post-box')!, facebook.reply, tree)).toBe(byText('Post'));
    expect(findReplyBox(byText('Post'), facebook, doc, tree).box?.id).toBe('post-box');
    expect(findReplyBox(byText('Bob'), facebook, doc, tree).composer?.id).toBe('post-box');
  });

  it('X: a dialog box belongs to the tweet whose author the dialog links to; the new-post composer to none', () => {
    const tweet = (
      h: string,
    ) => `<article data-testid="tweet"><div data-testid="User-Name"><a role="link" href="/${h}"><span>${h}</span></a></div>
      <div data-testid="tweetText">from ${h}</div><button data-testid="reply">Reply</button></article>`;
    const doc = page(`<div data-testid="tweetTextarea_0" contenteditable="true" id="new-post"></div>${tweet('ann')}${tweet('bob')}
      <div role="dialog"><a href="/bob">@bob</a><div data-testid="tweetTextarea_0" contenteditable="true" id="dialog-box"></div></div>`);
    const found = findItems(doc, x, 'https://x.com/home');
    const tree = itemTreeOf(found);
    expect(findReplyBox(found[0]!.element, x, doc, tree).box).toBeUndefined();
    expect(findReplyBox(found[1]!.element, x, doc, tree).box?.id).toBe('dialog-box');
  });

  it('never takes a commenter\'s link labelled "Reply" or a submit button as the item\'s Reply control', () => {
    const doc = page(
      '<div id="item"><span class="_ap3a" dir="auto"><a href="https://elsewhere.example/">Reply</a></span><form><button>Reply</button></form></div>',
    );
    const item = doc.getElementById('item')!;
    expect(findOpenControl(item, instagram)).toBeUndefined();
    item.insertAdjacentHTML('beforeend', '<div role="button">Reply</div>');
    expect(findOpenControl(item, instagram)?.getAttribute('role')).toBe('button');
  });

  it("the post's composer is its own post's, not another post's", () => {
    const post = (n: number) => `
      <div role="article" aria-posinset="${n}"><div data-ad-preview="message">Post ${n}</div>
        <div role="article" aria-label="Comment by P${n}"><span dir="auto" lang="en">Comment ${n}</span></div>
        <form><div role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="Write a comment" id="box${n}"></div></form>
      </div>`;
    const doc = page(post(1) + post(2));
    const found = findItems(doc, facebook, 'https://www.facebook.com/');
    const tree = itemTreeOf(found);
    const comment2 = found.find((f) => f.item.text === 'Comment 2')!;
    const post2 = found.find((f) => f.item.text === 'Post 2')!;
    expect(findReplyBox(post2.element, facebook, doc, tree).box?.id).toBe('box2');
    expect(findReplyBox(comment2.element, facebook, doc, tree).box).toBeUndefined();
    expect(findReplyBox(comment2.element, facebook, doc, tree).composer?.id).toBe('box2');
    expect(comment2.item.reply?.editor).toBe('lexical');
  });

  it('lists boxes selector by selector, then in page order, as one walk of the page', () => {
    // The second selector's box comes first in the page; the first selector's boxes still lead the list.
    const doc = page(`
      <div role="textbox" contenteditable="true" id="plain1"></div>
      <form><div role="textbox" contenteditable="true" id="old"></div></form>
      <form><div role="textbox" contenteditable="true" data-lexical-editor="true" id="lex1"></div></form>
      <textarea id="composerInput"></textarea>
      <form style="display:none"><div role="textbox" contenteditable="true" data-lexical-editor="true" id="hidden"></div></form>
      <form><div role="textbox" contenteditable="true" data-lexical-editor="true" id="lex2"></div></form>`);
    expect(findAllReplyBoxes(doc, facebook).map((el) => el.id)).toEqual(['lex1', 'lex2', 'old', 'composerInput']);
  });
});

describe('visibility', () => {
  it('gives the same answers with an ancestor memo shared across calls as without', () => {
    const deep = (id: string) => `<div><div><div><div><span><b id="${id}">x</b></span></div></div></div></div>`;
    const doc = page(`
      <section id="a">${deep('a1')}${deep('a2')}</section>
      <section id="b" style="color: red; display: none">${deep('b1')}${deep('b2')}</section>
      <section hidden><div>${deep('c1')}</div></section>
      <div aria-hidden="true"><div><div><div><div>${deep('d1')}</div></div></div></div></div>
      <div aria-hidden="true"><b id="e1">x</b></div>`);
    const ids = ['a1', 'b1', 'a2', 'b2', 'c1', 'd1', 'e1'];
    const memo: AncestorMemo = new Map();
    const withMemo = ids.map((id) => isVisible(doc.getElementById(id)!, { layout: false, ancestors: memo }));
    const without = ids.map((id) => isVisible(doc.getElementById(id)!, { layout: false }));
    expect(without).toEqual([true, false, true, false, false, true, false]);
    expect(withMemo).toEqual(without);
    expect(memo.size).toBeGreaterThan(0);
  });
});

describe('diagnose', () => {
  it('flags an adapter whose containers match nothing on a page that should have items', () => {
    const doc = page(
      '<ol class="comment-list"><li class="renamed-comment">Hi</li></ol><div class="comments-area"><div class="comment-list"></div></div>',
    );
    const found = findItems(doc, wordpress, 'https://blog.example/');
    expect(found).toEqual([]);
    const result = diagnose(doc, wordpress, found);
    expect(result.suspectOutdated).toBe(true);
    expect(result.failedSelectors).toContain('li.comment');
  });

  it('stays quiet on a page without the markup', () => {
    const doc = page('<p>nothing</p>');
    expect(diagnose(doc, wordpress, [])).toEqual({ suspectOutdated: false, failedSelectors: [] });
  });
});

describe('generic schema.org', () => {
  it('reads JSON-LD reviews, nested in @graph, and skips broken blocks', () => {
    const doc = page(`
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Product","name":"Mug",
        "review":{"@type":"Review","author":{"name":"Ann"},"reviewBody":"Chipped on arrival.","reviewRating":{"ratingValue":"1","bestRating":"5"},"datePublished":"2026-01-02T03:04:05Z"}}]}</script>
      <script type="application/ld+json">{oops</script>`);
    const items = findItems(doc, generic, 'https://shop.example/mug').map((f) => f.item);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      kind: 'review',
      author: 'Ann',
      text: 'Chipped on arrival.',
      rating: 1,
      ratingMax: 5,
      postedAt: '2026-01-02T03:04:05.000Z',
    });
  });

  it('reads microdata and RDFa reviews and comments', () => {
    const doc = page(`
      <div itemscope itemtype="http://schema.org/Comment"><span itemprop="author">Cam</span><div itemprop="text">First!</div>
        <time itemprop="dateCreated" datetime="2026-01-01T00:00:00Z">1 Jan</time></div>
      <div typeof="schema:Review"><span property="schema:author">Dee</span><p property="schema:reviewBody">Fine.</p><span property="schema:ratingValue">3</span></div>`);
    const items = findItems(doc, generic, 'https://blog.example/').map((f) => f.item);
    expect(items.map((i) => [i.kind, i.author, i.text, i.rating])).toEqual([
      ['comment', 'Cam', 'First!', undefined],
      ['review', 'Dee', 'Fine.', 3],
    ]);
  });

  it('is chosen only for pages with review or comment markup', () => {
    expect(adapterForPage(page('<p>hello</p>'), 'https://a.example/')).toBeUndefined();
    expect(
      adapterForPage(page('<script type="application/ld+json">{"@type":"Organization"}</script>'), 'https://a.example/'),
    ).toBeUndefined();
    expect(adapterForPage(page('<div itemscope itemtype="https://schema.org/Review"></div>'), 'https://a.example/')?.id).toBe('generic');
  });
});

describe('registry', () => {
  it.each([
    ['https://www.facebook.com/page/reviews', 'facebook'],
    ['https://m.facebook.com/story.php?id=1', 'facebook'],
    ['https://twitter.com/a/status/1', 'x'],
    ['https://x.com/home', 'x'],
    ['https://www.amazon.co.uk/product-reviews/B0', 'amazon'],
    ['https://es.trustpilot.com/review/a.es', 'trustpilot'],
    ['https://www.google.com/maps/place/X', 'google-maps'],
    ['https://old.reddit.com/r/a/comments/b/', 'reddit'],
  ])('%s → %s', (url, id) => {
    expect(adapterForUrl(url)?.id).toBe(id);
  });

  it('leaves other hosts and other Google pages alone', () => {
    expect(adapterForUrl('https://www.google.com/search?q=maps')).toBeUndefined();
    expect(adapterForUrl('https://notfacebook.com/')).toBeUndefined();
    expect(adapterForUrl('https://www.amazon.evil.example/')).toBeUndefined();
  });

  it('matches Chrome match patterns', () => {
    expect(matchPattern('https://*.trustpilot.com/*', 'https://trustpilot.com/x')).toBe(true);
    expect(matchPattern('https://www.google.com/maps*', 'https://www.google.com/maps/place/a')).toBe(true);
    expect(matchPattern('https://www.google.com/maps*', 'http://www.google.com/maps')).toBe(false);
  });
});

describe('markup adapters', () => {
  it("the panel's list of on-demand adapter ids is the blogs script's: the blog platforms, then generic", () => {
    expect(MARKUP_SITE_IDS).toEqual(['wordpress', 'blogger', 'disqus', 'generic']);
    expect(MARKUP_SITES.every((site) => site.matches.length === 0)).toBe(true);
  });
});

describe('owner replies', () => {
  const statusPage = () => page(readFileSync(join(process.cwd(), 'tests/sites/pages/x-status-thread.html'), 'utf8'));
  const STATUS_URL = 'https://x.com/brandcoffee/status/1890000000000000001';

  it("X: the status author's posts in the conversation answer the post before them, never the focused post itself", () => {
    const found = findItems(statusPage(), x, STATUS_URL).map((f) => f.item);
    expect(found.map((i) => [i.author, i.isOwnerReply, i.hasOwnerReply ?? null])).toEqual([
      ['Brand Coffee', false, false],
      ['Jordan K', false, true],
      ['Brand Coffee', true, false],
      ['Lena B', false, true],
      ['Brand Coffee', true, false],
      ['Brand Coffee', true, false],
      ['Sam Ortiz', false, false],
    ]);
    // The one after their own reply answers nobody.
    expect(found[5]!.parentId).toBeUndefined();
  });

  it('X: on a home timeline (no focused post) nobody is the owner', () => {
    const doc = statusPage();
    doc.querySelector('article[tabindex="-1"]')!.setAttribute('tabindex', '0');
    expect(findItems(doc, x, 'https://x.com/home').filter((f) => f.item.isOwnerReply)).toEqual([]);
  });

  it('a subtree scan holding only the owner reply reads its parent again, answered', () => {
    const doc = statusPage();
    const ownerCell = doc.querySelectorAll('[data-testid="cellInnerDiv"]')[2]!;
    const found = findItems([ownerCell], x, STATUS_URL).map((f) => f.item);
    expect(found.map((i) => [i.author, i.isOwnerReply, i.hasOwnerReply ?? null])).toEqual([
      ['Brand Coffee', true, false],
      ['Jordan K', false, true],
    ]);
    expect(found[0]!.parentId).toBe(found[1]!.id);
  });

  it('X: the inline "Post your reply" box after the focused post is that post’s, and no other’s', () => {
    const doc = statusPage();
    const found = findItems(doc, x, STATUS_URL);
    const tree = itemTreeOf(found);
    const inline = doc.querySelector<HTMLElement>('[data-testid="inline_reply_offscreen"] [data-testid="tweetTextarea_0"]')!;
    expect(ownerOfBox(inline, x.reply, tree)).toBe(found[0]!.element);
    expect(findReplyBox(found[0]!.element, x, doc, tree).box).toBe(inline);
    expect(findReplyBox(found[1]!.element, x, doc, tree).box).toBeUndefined();
    // Nor is it the composer for another post: that one answers through its own Reply dialog.
    expect(findReplyBox(found[1]!.element, x, doc, tree).composer).toBeUndefined();
    expect(findReplyBox(found[0]!.element, x, doc, tree).composer).toBe(inline);
  });

  it('a badge label matches without the separators around it ("· Creator"), and only the listed labels', () => {
    const site = defineSite({
      id: 'badges',
      name: 'Badges',
      matches: ['https://badges.example/*'],
      items: [{ kind: 'comment', container: ['li'], author: ['b'], text: ['p'], ownerMarker: { badge: ['i'], badgeText: ['Creator'] } }],
    });
    const doc = page(
      '<ul><li><b>a</b><i>· Creator</i><p>one</p></li><li><b>b</b><i>Top fan</i><p>two</p></li><li><b>c</b><i>(creator)</i><p>three</p></li></ul>',
    );
    expect(findItems(doc, site, 'https://badges.example/').map((f) => f.item.isOwnerReply)).toEqual([true, false, true]);
  });
});
