/*
 * Bundled with esbuild and evaluated in a saved page in real Chromium (page
 * JavaScript disabled): the same extraction code the content scripts run.
 */
import { diagnose, findAllReplyBoxes, findItems, findReplyBox, itemTreeOf } from '@/lib/content/extract';
import { parseSelector } from '@/lib/dom/query';
import { detectEditor } from '@/lib/editors/detect';
import { adapterForPage, SITES, siteById } from '@/lib/sites';

function describeBox(el: HTMLElement | undefined) {
  if (!el) return undefined;
  return { tag: el.tagName.toLowerCase(), id: el.id || undefined, ariaLabel: el.getAttribute('aria-label') ?? undefined };
}

export function extractPage(url: string, siteId?: string) {
  const adapter = siteId ? siteById(siteId) : adapterForPage(document, url);
  if (!adapter) return { adapter: null };
  const found = findItems(document, adapter, url);
  const first = found.find((f) => !f.item.isOwnerReply);
  // The first item's own Reply control and its own open box (never another item's or the post's composer).
  const target = findReplyBox(first?.element ?? document.body, adapter, document, itemTreeOf(found));
  // As Insert decides (lib/content/run-site.ts): the post's composer serves the post itself and a site with one box per post.
  const sharedServes = adapter.reply?.place === 'composer' || first?.item.kind === 'post';
  const reply = { open: target.open, box: target.box ?? (sharedServes ? target.composer : undefined) };
  return {
    adapter: adapter.id,
    items: found.map((f) => f.item),
    replyBox: {
      open: Boolean(reply.open),
      box: Boolean(reply.box),
      editor: reply.box ? detectEditor(reply.box, adapter.reply!.editor) : (adapter.reply?.editor ?? 'none'),
      boxElement: describeBox(reply.box),
    },
    boxes: findAllReplyBoxes(document, adapter).map((el) => describeBox(el)),
    diagnosis: diagnose(document, adapter, found),
  };
}

/** Every selector of every adapter, tried on this document: the ones Chromium rejects. */
export function invalidSelectors(): string[] {
  const bad: string[] = [];
  const tryCss = (css: string, where: string) => {
    if (css === ':scope' || css === '') return;
    try {
      document.querySelector(css);
      document.body.matches(css);
    } catch {
      bad.push(`${where}: ${css}`);
    }
  };
  for (const site of SITES) {
    const lists: Array<[string, readonly string[] | undefined]> = [
      ['detect', site.detect],
      ['expectsItems', site.expectsItems],
      ['reply.open', site.reply?.open],
      ['reply.openTextIn', site.reply?.openTextIn],
      ['reply.box', site.reply?.box],
    ];
    site.items.forEach((rule, i) => {
      for (const key of [
        'container',
        'excludeContainer',
        'author',
        'authorUrl',
        'text',
        'textSkip',
        'title',
        'time',
        'rating',
        'permalink',
        'id',
      ] as const) {
        lists.push([`items[${i}].${key}`, rule[key]]);
      }
      if (rule.ownerReply) {
        for (const key of ['container', 'author', 'text', 'time'] as const)
          lists.push([`items[${i}].ownerReply.${key}`, rule.ownerReply[key]]);
      }
      if (rule.threadParent) lists.push([`items[${i}].threadParent`, [rule.threadParent.ancestor, rule.threadParent.item]]);
    });
    for (const [where, selectors] of lists) {
      for (const selector of selectors ?? []) {
        // `:scope` is valid in document.querySelector too (it means the root element).
        tryCss(parseSelector(selector).css, `${site.id} ${where}`);
      }
    }
  }
  return bad;
}

/** Time a full scan, and a scan of a burst of appended items (the live engine's incremental path). */
export function benchPage(url: string, runs: number, siteId?: string) {
  const adapter = siteId ? siteById(siteId) : adapterForPage(document, url);
  if (!adapter) return null;
  const fullMs: number[] = [];
  let found = findItems(document, adapter, url);
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    found = findItems(document, adapter, url);
    fullMs.push(performance.now() - t0);
  }
  const burstMs: number[] = [];
  // A leaf item (one holding no other item) is what a feed appends: 100 more comments, not 100 whole posts.
  const elements = found.map((f) => f.element);
  const template = [...found]
    .reverse()
    .find(
      (f) => !f.item.isOwnerReply && f.element.parentElement && !elements.some((e) => e !== f.element && f.element.contains(e)),
    )?.element;
  let burstItems = 0;
  if (template) {
    for (let i = 0; i < Math.min(runs, 7); i++) {
      const clones: Element[] = [];
      for (let n = 0; n < 100; n++) clones.push(template.cloneNode(true) as Element);
      const fragment = document.createDocumentFragment();
      fragment.append(...clones);
      template.parentElement!.insertBefore(fragment, template.nextSibling);
      const t0 = performance.now();
      burstItems = findItems(clones, adapter, url).length;
      burstMs.push(performance.now() - t0);
      for (const clone of clones) clone.remove();
    }
  }
  return { site: adapter.id, count: found.length, fullMs, burstMs, burstItems };
}

export { SITES };
export { findItems, siteById };
