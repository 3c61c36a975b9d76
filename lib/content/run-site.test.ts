import { afterEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { demo } from '@/lib/sites/demo';
import { labelsFor } from '@/lib/storage/testing';
import { describeItem, mentionFor } from './reply-inserter';
import { runSite } from './run-site';

function demoItem(id: string, text: string): string {
  return `<article class="rb-demo-item" data-item-id="${id}" data-kind="comment">
    <div class="rb-demo-meta"><a class="rb-demo-author" href="https://demo.example/p/${id}">Person ${id}</a></div>
    <div class="rb-demo-text">${text}</div>
    <div class="rb-demo-actions"><button class="rb-demo-reply" type="button">Reply</button></div>
  </article>`;
}

const badges = () => document.querySelectorAll('replybook-badge').length;
const settle = () => new Promise((done) => setTimeout(done, 150));

let controller: AbortController | undefined;
afterEach(() => {
  controller?.abort();
  document.body.innerHTML = '';
});

describe('runSite on a live DOM', () => {
  test('idles (no badges, no observer) on a path that cannot hold items, and wakes on an in-app navigation to one', async () => {
    const adapter = { ...demo, paths: { only: ['^/reviews?(/|$)'], never: ['^/reviews/hidden$'] } };
    const navigate = (path: string) => {
      history.pushState(null, '', path);
      window.dispatchEvent(new Event('wxt:locationchange'));
    };
    history.pushState(null, '', '/categories/coffee');
    document.body.innerHTML = `<main class="rb-demo-feed">${demoItem('a', 'Great coffee')}</main>`;
    controller = new AbortController();
    runSite({ signal: controller.signal, addEventListener: (target, type, handler) => target.addEventListener(type, handler) }, adapter);
    await settle();
    expect(badges()).toBe(0);
    // No observer either: items added on an idle path are not read.
    document.querySelector('main')!.insertAdjacentHTML('beforeend', demoItem('b', 'Cold again'));
    await settle();
    expect(badges()).toBe(0);

    navigate('/review/example.com');
    await settle();
    expect(badges()).toBe(2);
    document.querySelector('main')!.insertAdjacentHTML('beforeend', demoItem('c', 'Fine'));
    await settle();
    expect(badges()).toBe(3);

    // Away again (a path `never` names): the engine stops and takes its badges.
    navigate('/reviews/hidden');
    await settle();
    expect(badges()).toBe(0);
    document.querySelector('main')!.insertAdjacentHTML('beforeend', demoItem('d', 'More'));
    await settle();
    expect(badges()).toBe(0);
    history.pushState(null, '', '/');
  });

  test('one badge per item, none added twice, new items badged, all removed on teardown', async () => {
    document.body.innerHTML = `<main class="rb-demo-feed">${demoItem('a', 'Great coffee')}${demoItem('b', 'Cold again')}</main>`;
    controller = new AbortController();
    runSite({ signal: controller.signal }, demo);
    await settle();
    expect(badges()).toBe(2);

    // Unrelated DOM churn: no new badges.
    document.body.append(document.createElement('div'));
    await settle();
    expect(badges()).toBe(2);

    // Infinite scroll: three more items in one burst.
    document.querySelector('main')!.insertAdjacentHTML('beforeend', demoItem('c', 'x') + demoItem('d', 'y') + demoItem('e', 'z'));
    await settle();
    expect(badges()).toBe(5);
    for (const article of document.querySelectorAll('article')) expect(article.querySelectorAll('replybook-badge')).toHaveLength(1);

    // A re-render replaces an item's element: its badge moves, it is not counted twice.
    const old = document.querySelector('article[data-item-id="b"]')!;
    old.replaceWith(document.createRange().createContextualFragment(demoItem('b', 'Cold again')));
    await settle();
    expect(badges()).toBe(5);

    controller.abort();
    expect(badges()).toBe(0);
  });

  test('a burst is read from the added subtrees, and from the item they were added into', async () => {
    const sent: { id: string; text: string }[][] = [];
    fakeBrowser.runtime.onMessage.addListener((message: { type?: string; data?: { items: { id: string; text: string }[] } }) => {
      if (message.type === 'itemsFound' && message.data) sent.push(message.data.items);
      return undefined;
    });
    document.body.innerHTML = `<main class="rb-demo-feed">${demoItem('a', 'Great coffee')}</main>`;
    controller = new AbortController();
    runSite({ signal: controller.signal }, demo);
    await settle();
    expect(badges()).toBe(1);
    const feed = document.querySelector('main')!;
    for (let i = 0; i < 4; i += 1) {
      feed.insertAdjacentHTML('beforeend', demoItem(`n${i}`, `Item number ${i}`));
      await settle();
    }
    expect(badges()).toBe(5);

    // An item whose words arrive after its element is read again when they do.
    feed.insertAdjacentHTML('beforeend', demoItem('late', ''));
    await settle();
    expect(badges()).toBe(6);
    document.querySelector('article[data-item-id="late"] .rb-demo-text')!.append(document.createTextNode('Arrived late but lovely'));
    await settle();
    expect(badges()).toBe(6);
    for (const article of document.querySelectorAll('article')) expect(article.querySelectorAll('replybook-badge')).toHaveLength(1);
    // Each burst reported only its own items; the late words reached the background.
    const reported = sent.map((items) => items.map((i) => `${i.id}:${i.text}`));
    expect(reported[0]).toEqual(['demo:a:Great coffee']);
    expect(reported.slice(1, 5)).toEqual([0, 1, 2, 3].map((i) => [`demo:n${i}:Item number ${i}`]));
    expect(reported.at(-1)).toEqual(['demo:late:Arrived late but lovely']);
  });

  test('one burst of siblings, with words added inside one of them, reports each new item once', async () => {
    const sent: string[][] = [];
    fakeBrowser.runtime.onMessage.addListener((message: { type?: string; data?: { items: { id: string; text: string }[] } }) => {
      if (message.type === 'itemsFound' && message.data) sent.push(message.data.items.map((i) => `${i.id}:${i.text}`));
      return undefined;
    });
    document.body.innerHTML = `<main class="rb-demo-feed">${demoItem('a', 'Great coffee')}</main>`;
    controller = new AbortController();
    runSite({ signal: controller.signal }, demo);
    await settle();
    const feed = document.querySelector('main')!;
    // In one burst: three new items, words added inside the first of them, and more words into the old one.
    feed.insertAdjacentHTML('beforeend', demoItem('b', 'Second') + demoItem('c', 'Third') + demoItem('d', 'Fourth'));
    feed.querySelector('article[data-item-id="b"] .rb-demo-text')!.append(document.createElement('span'));
    document.querySelector('article[data-item-id="a"] .rb-demo-text')!.append(document.createTextNode(' and cake'));
    await settle();
    expect(badges()).toBe(4);
    expect(sent.at(-1)?.sort()).toEqual(['demo:a:Great coffee and cake', 'demo:b:Second', 'demo:c:Third', 'demo:d:Fourth']);
  });

  test("a burst's badges are drawn with their labels, never 'Reading…' first, while the answer is quick", async () => {
    // Only this background answers (earlier tests' listeners answer nothing).
    fakeBrowser.reset();
    fakeBrowser.runtime.onMessage.addListener(
      (message: { type?: string; data?: { items: { id: string }[] } }, _sender: unknown, respond: (answer: unknown) => void) => {
        if (message.type !== 'itemsFound' || !message.data) return undefined;
        const labels = Object.fromEntries(message.data.items.map((item) => [item.id, labelsFor('negative')]));
        respond({ res: { labels, replyLanguages: ['en'] } });
        return true;
      },
    );
    document.body.innerHTML = `<main class="rb-demo-feed">${demoItem('a', 'Great coffee')}</main>`;
    controller = new AbortController();
    runSite({ signal: controller.signal }, demo);
    await settle();
    const states = () => [...document.querySelectorAll('replybook-badge')].map((badge) => badge.getAttribute('data-rb-state'));
    expect(states()).toEqual(['labelled']);

    document.querySelector('main')!.insertAdjacentHTML('beforeend', demoItem('b', 'Cold again') + demoItem('c', 'Fine'));
    // Looked at between every two tasks until the burst is drawn: no badge is ever pending.
    const seen = new Set<string>();
    for (let waited = 0; waited < 300 && states().length < 3; waited += 1) {
      for (const state of states()) seen.add(state ?? '');
      await new Promise((done) => setTimeout(done, 1));
    }
    for (const state of states()) seen.add(state ?? '');
    expect(states()).toEqual(['labelled', 'labelled', 'labelled']);
    expect([...seen]).toEqual(['labelled']);
  });

  test("a burst's badges show 'Reading…' once the background has not answered for 1.5 s", async () => {
    let reports = 0;
    fakeBrowser.reset();
    fakeBrowser.runtime.onMessage.addListener((message: { type?: string }, _sender: unknown, respond: (answer: unknown) => void) => {
      if (message.type !== 'itemsFound') return undefined;
      reports += 1;
      // The first report (the page) is answered; the burst's never is.
      if (reports === 1) respond({ res: { labels: {}, replyLanguages: ['en'] } });
      return true;
    });
    document.body.innerHTML = `<main class="rb-demo-feed">${demoItem('a', 'Great coffee')}</main>`;
    controller = new AbortController();
    runSite({ signal: controller.signal }, demo);
    await settle();
    expect(badges()).toBe(1);
    document.querySelector('main')!.insertAdjacentHTML('beforeend', demoItem('b', 'Cold again'));
    await settle();
    expect(reports).toBe(2);
    // Waiting for the labels: no badge yet.
    expect(badges()).toBe(1);
    await new Promise((done) => setTimeout(done, 1_500));
    expect([...document.querySelectorAll('replybook-badge')].map((badge) => badge.getAttribute('data-rb-state'))).toEqual([
      'pending',
      'pending',
    ]);
  });

  test('a site turned off in Settings gets no badges', async () => {
    // What saveSettings publishes for content scripts (lib/settings/storage.ts).
    await fakeBrowser.storage.local.set({ siteSwitches: { sites: { demo: false }, updatedAt: 1 } });
    document.body.innerHTML = `<main class="rb-demo-feed">${demoItem('a', 'Great coffee')}</main>`;
    controller = new AbortController();
    runSite({ signal: controller.signal }, demo);
    await settle();
    expect(badges()).toBe(0);
  });
});

describe('how the panel names where a reply went', () => {
  test('names the item as the issue\'s users read it: "Pappu Das\'s comment"', () => {
    expect(describeItem({ author: 'Pappu Das', kind: 'comment' })).toBe("Pappu Das's comment");
    expect(describeItem({ author: '@jordan_k', kind: 'post' })).toBe("@jordan_k's post");
    expect(describeItem({ kind: 'review' })).toBe('this review');
  });

  test('mentions a person as the site does: @handle from the profile link, or the name', () => {
    expect(mentionFor({ author: 'maya.lens', authorUrl: 'https://www.instagram.com/maya.lens/' }, 'handle')).toBe('@maya.lens');
    expect(mentionFor({ author: 'Jordan K', authorUrl: 'https://x.com/jordan_k' }, 'handle')).toBe('@jordan_k');
    expect(mentionFor({ author: '@samfox', authorUrl: 'https://www.youtube.com/@samfox' }, 'handle')).toBe('@samfox');
    expect(mentionFor({ author: 'Pappu Das' }, 'name')).toBe('Pappu Das');
    // No handle to be had: nothing is made up.
    expect(mentionFor({ author: 'Pappu Das' }, 'handle')).toBeUndefined();
  });
});
