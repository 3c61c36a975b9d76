import { detectEditor } from '@/lib/editors/detect';
import { isBuiltItemValid, type Item } from '@/lib/sites/item';
import type { FoundItem, ItemRule, OwnerMarker, RawItem, ReplyRule, Selectors, SiteAdapter } from '@/lib/sites/schema';
import { absoluteUrl, itemHashId, parseMachineTime, parseRating } from '@/lib/dom/parse';
import { matchesAny, parseSelector, queryAllIn, queryFirst, safeClosest, safeMatches } from '@/lib/dom/query';
import { singleLine, textOf } from '@/lib/dom/text';
import { isUsableEditor, isVisible, type AncestorMemo, type VisibilityOptions } from '@/lib/dom/visibility';

/*
 * The extraction engine: runs an adapter's data over a DOM. Pure DOM, no
 * extension APIs, so the same code runs in the content script, jsdom (the
 * extract CLI) and Chromium (the saved-page tests).
 */

interface Candidate {
  element: Element;
  rule: ItemRule;
}

/**
 * Every item of `adapter` under `root` (a document, or the subtrees a mutation
 * burst just added: pass them all at once so the page's reply boxes are
 * indexed once), in document order, each validated with ItemSchema.
 *
 * @example findItems(document, yelp, location.href).map((f) => f.item.text)
 * @example findItems(addedElements, yelp, location.href) // from a MutationObserver batch
 */
export function findItems(root: Document | Element | readonly Element[], adapter: SiteAdapter, pageUrl: string): FoundItem[] {
  return findItemsIn(root, adapter, pageUrl, {});
}

/** A reading of items done a few at a time (`readItemsInSteps`). */
export interface ItemReading {
  /**
   * Reads items until `shouldYield()` says stop (checked after each item, so every step reads at
   * least one); true once every item is read and `found` is final.
   */
  step(shouldYield: () => boolean): boolean;
  /** What `findItems` returns for the same roots, once `step` returned true. */
  readonly found: FoundItem[];
}

/**
 * `findItems`, split into steps a caller runs in separate tasks, so reading a large burst never
 * blocks the page for long. The DOM may change between steps: an item's fields are read when its
 * step runs, and the candidates, reply boxes and fences are those seen at the start.
 *
 * @example const reading = readItemsInSteps(added, yelp, location.href); while (!reading.step(() => performance.now() > deadline)) await nextTask();
 */
export function readItemsInSteps(roots: readonly Element[], adapter: SiteAdapter, pageUrl: string): ItemReading {
  // Even finding the candidates waits for the first step: the caller may be inside a frame.
  let reading: ItemReading | undefined;
  return {
    get found() {
      return reading?.found ?? [];
    },
    step(shouldYield) {
      if (!reading) {
        reading = startReading(roots, adapter, pageUrl, {});
        if (shouldYield()) return false;
      }
      return reading.step(shouldYield);
    },
  };
}

function findItemsIn(
  root: Document | Element | readonly Element[],
  adapter: SiteAdapter,
  pageUrl: string,
  options: { parentsOnly?: boolean },
): FoundItem[] {
  const reading = startReading(root, adapter, pageUrl, options);
  reading.step(() => false);
  return reading.found;
}

function startReading(
  root: Document | Element | readonly Element[],
  adapter: SiteAdapter,
  pageUrl: string,
  options: { parentsOnly?: boolean },
): ItemReading {
  const roots = Array.isArray(root) ? (root as readonly Element[]) : [root as Document | Element];
  if (roots.length === 0) return { step: () => true, found: [] };
  const candidates =
    roots.length === 1 ? collectCandidates(roots[0]!, adapter) : uniqueCandidates(roots.flatMap((r) => collectCandidates(r, adapter)));
  const containerSet = new Set(candidates.map((c) => c.element));
  const isWholeDocument = roots.length === 1 && roots[0]!.nodeType === 9;
  const cheapContainers = isWholeDocument
    ? ''
    : adapter.items
        .flatMap((rule) => rule.container)
        .filter((css) => !css.includes(':has('))
        .join(', ');
  const ids = new Map<Element, string>();
  const seenIds = new Map<string, number>();
  const found: FoundItem[] = [];
  const kinds = new Map<Element, Item['kind']>();
  // Ancestors shared by many items are checked once per reading (a burst's steps follow within milliseconds).
  const ancestors: AncestorMemo = new Map();
  // Attributes and inline styles only: reading layout here would force a relayout after every mutation
  // burst. findReplyBox does the full check (sizes, computed style) when a reply is about to be inserted.
  const doc = roots.length > 0 ? ownerDocument(roots[0]!) : undefined;
  const replyBoxes =
    adapter.reply && candidates.length > 0 && doc ? findAllReplyBoxes(doc, adapter, { layout: false, ancestors }) : undefined;
  const toItem = (raw: RawItem, hasOwnerReply: boolean | undefined) => buildItem(raw, adapter, hasOwnerReply);
  const postAuthors = new Map<ItemRule, Map<Document | Element, PostAuthor>>();
  const postAuthorOf = (rule: ItemRule, element: Element): PostAuthor | undefined => {
    const marker = rule.ownerMarker!;
    if (!doc?.documentElement || (!marker.postAuthor && !marker.postAuthorUrl)) return undefined;
    const scope = postAuthorScope(element, marker);
    let byScope = postAuthors.get(rule);
    if (!byScope) postAuthors.set(rule, (byScope = new Map()));
    if (!byScope.has(scope)) byScope.set(scope, readPostAuthor(scope, marker, pageUrl));
    return byScope.get(scope);
  };
  // The item just before an owner's reply, for sites that list replies flat (answersItemBefore).
  let itemBefore: { element: Element; id: string; isOwnerOrPost: boolean } | undefined;
  const ownerReplyParents = new Map<Element, Element>();

  const readOne = ({ element, rule }: Candidate) => {
    const ownerEls = rule.ownerReply ? ownerReplyElements(element, rule) : [];
    const fenced = new Set<Element>(ownerEls);
    const accept = (match: Element) => !isFencedOff(match, element, containerSet, fenced);
    const isFence = (el: Element) => containerSet.has(el) || fenced.has(el);
    const raw = readFields(element, rule, adapter, pageUrl, accept, isFence);
    const postAuthor = rule.ownerMarker ? postAuthorOf(rule, element) : undefined;
    const isPost = postAuthor !== undefined && postAuthor.elements.some((el) => element === el || element.contains(el));
    if (rule.isOwnerReply) raw.isOwnerReply = true;
    else if (rule.ownerMarker && isOwnerMarked(element, raw, rule.ownerMarker, accept, isPost ? undefined : postAuthor))
      raw.isOwnerReply = true;

    let parentEl = findThreadParent(element, rule) ?? findParentItem(element, containerSet, cheapContainers, adapter.items);
    if (!parentEl && raw.isOwnerReply && rule.ownerMarker?.answersItemBefore && !options.parentsOnly) {
      // A whole-page scan read the item before; a subtree scan may not hold it.
      const before = isWholeDocument ? itemBefore?.element : previousItemInPage(element, adapter);
      const beforeIsOwnerOrPost = isWholeDocument ? itemBefore?.isOwnerOrPost : before && isOwnerOrPostElsewhere(before, adapter, pageUrl);
      if (before && !beforeIsOwnerOrPost) parentEl = before;
    }
    if (parentEl && raw.isOwnerReply) ownerReplyParents.set(element, parentEl);
    if (parentEl) {
      if (!ids.has(parentEl)) ids.set(parentEl, idOfUnscanned(parentEl, adapter, pageUrl, containerSet));
      raw.parentId = ids.get(parentEl);
      const parentKind = kinds.get(parentEl);
      if (rule.nestedKind && (parentKind === undefined || parentKind === rule.kind)) raw.kind = rule.nestedKind;
    }
    raw.id = uniqueId(raw.id ?? itemHashId(adapter.id, raw.author, raw.text), seenIds);
    ids.set(element, raw.id);
    kinds.set(element, rule.kind);
    itemBefore = { element, id: raw.id, isOwnerOrPost: Boolean(raw.isOwnerReply) || isPost };

    const owners = ownerEls.map((ownerEl) => readOwnerReply(ownerEl, rule, raw.id!));
    const item = toItem(raw, owners.length > 0 ? true : rule.ownerReply || rule.ownerMarker ? false : undefined);
    if (item) found.push({ item, element });
    for (const owner of owners) {
      owner.id = uniqueId(owner.id!, seenIds);
      const ownerItem = toItem(owner, undefined);
      if (ownerItem) found.push({ item: ownerItem, element: owner.element });
    }
  };

  let next = 0;
  return {
    found,
    step(shouldYield) {
      if (next > candidates.length) return true;
      while (next < candidates.length) {
        readOne(candidates[next]!);
        next += 1;
        // After the last item too: what needs every item read then starts a step of its own.
        if (shouldYield()) return false;
      }
      next += 1;
      finish();
      return true;
    },
  };

  /** What needs every item read: owner replies marking their parents, reply states, the adapter's extra items. */
  function finish() {
    // Owner replies found as items of their own mark the item they answer.
    const byId = new Map(found.map((f) => [f.item.id, f.item]));
    const unreadParents: Element[] = [];
    for (const { item, element } of found) {
      if (item.isOwnerReply && item.parentId) {
        const parent = byId.get(item.parentId);
        if (parent) parent.hasOwnerReply = true;
        else if (ownerReplyParents.has(element)) unreadParents.push(ownerReplyParents.get(element)!);
      }
    }
    // A scan of added subtrees can hold an owner's reply whose parent sits beside it, outside the
    // subtrees (YouTube and TikTok threads, X's flat conversation): read the parent again, answered,
    // so the tracker hears that it changed.
    if (!options.parentsOnly && unreadParents.length > 0) {
      for (const parent of findItemsIn(unreadParents, adapter, pageUrl, { parentsOnly: true })) {
        if (!unreadParents.includes(parent.element) || parent.item.isOwnerReply) continue;
        parent.item.hasOwnerReply = true;
        found.push(parent);
      }
    }

    if (adapter.reply && replyBoxes) addReplyStates(found, adapter, adapter.reply, replyBoxes, ancestors);

    if (adapter.hooks?.findExtraItems) {
      for (const raw of roots.flatMap((r) => adapter.hooks!.findExtraItems!(r, pageUrl))) {
        raw.id = uniqueId(raw.id ?? itemHashId(adapter.id, raw.author, raw.text), seenIds);
        const item = toItem(raw, undefined);
        if (item) found.push({ item, element: raw.element });
      }
    }
  }
}

/** Who wrote the post an item sits under, as the page names and links them (OwnerMarker.postAuthor, postAuthorUrl). */
interface PostAuthor {
  names: Set<string>;
  urls: Set<string>;
  /** Where the page says it: an item holding one of these is the post itself, not a reply to it. */
  elements: Element[];
}

function readPostAuthor(scope: Document | Element, marker: OwnerMarker, pageUrl: string): PostAuthor {
  const author: PostAuthor = { names: new Set(), urls: new Set(), elements: [] };
  const root = scope.nodeType === 9 ? (scope as Document).documentElement : (scope as Element);
  if (!root) return author;
  for (const match of allMatchesOfFirst(root, marker.postAuthor)) {
    const name = cleanAuthor(applyPattern(readValue(match), marker.postAuthorPattern));
    if (!name) continue;
    author.names.add(name.toLowerCase());
    author.elements.push(match.element);
  }
  for (const match of allMatchesOfFirst(root, marker.postAuthorUrl)) {
    const url = profileKey(linkUrl(readHref(match), pageUrl));
    if (!url) continue;
    author.urls.add(url);
    author.elements.push(match.element);
  }
  return author;
}

/** Every match of the first selector that matches anything under `root`. */
function allMatchesOfFirst(root: Element, selectors: Selectors | undefined): Array<{ element: Element; attr?: string }> {
  for (const selector of selectors ?? []) {
    const { css, attr } = parseSelector(selector);
    let matches: Element[];
    try {
      matches = queryAllIn(root, css);
    } catch {
      continue;
    }
    if (matches.length > 0) return matches.map((element) => ({ element, attr }));
  }
  return [];
}

/** A profile link compared without case, query or trailing slash (handles are case-insensitive). */
function profileKey(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname.replace(/\/+$/, '')}`.toLowerCase();
  } catch {
    return undefined;
  }
}

/** A badge label as compared with `badgeText`: no case, no separators around it ("· Creator"). */
function badgeLabel(text: string): string {
  return singleLine(text)
    .replace(/^[\s·•|()-]+|[\s·•|()-]+$/g, '')
    .toLowerCase();
}

function isOwnerMarked(
  element: Element,
  raw: Pick<RawItem, 'author' | 'authorUrl'>,
  marker: OwnerMarker,
  accept: (el: Element) => boolean,
  postAuthor: PostAuthor | undefined,
): boolean {
  if (postAuthor && raw.author && postAuthor.names.has(raw.author.toLowerCase())) return true;
  if (postAuthor && raw.authorUrl && postAuthor.urls.has(profileKey(raw.authorUrl) ?? '')) return true;
  if (!marker.badge) return false;
  const texts = marker.badgeText ? new Set(marker.badgeText.map(badgeLabel)) : undefined;
  for (const selector of marker.badge) {
    let matches: Element[];
    try {
      matches = queryAllIn(element, parseSelector(selector).css);
    } catch {
      continue;
    }
    // A badge of a nested item (a reply's own badge) never marks the outer item.
    if (matches.some((m) => (m === element || accept(m)) && (!texts || texts.has(badgeLabel(m.textContent ?? ''))))) return true;
  }
  return false;
}

/** The item before `element` in the whole page (a subtree scan may not hold it). */
function previousItemInPage(element: Element, adapter: SiteAdapter): Element | undefined {
  const css = adapter.items.flatMap((rule) => rule.container.map((c) => parseSelector(c).css)).join(', ');
  let previous: Element | undefined;
  try {
    for (const el of element.ownerDocument.querySelectorAll(css)) {
      if (el === element) return previous;
      if (!el.contains(element) && !element.contains(el)) previous = el;
    }
  } catch {
    /* a selector this engine rejects */
  }
  return undefined;
}

/** Where an item's post author is read: its nearest `postScope`, else the whole page. */
function postAuthorScope(element: Element, marker: OwnerMarker): Document | Element {
  return (
    marker.postScope?.map((css) => safeClosest(element, parseSelector(css).css)).find((el): el is Element => el !== null) ??
    element.ownerDocument
  );
}

/** For an item outside this scan: is it the owner's own, or the post? Read on its own, it says. */
function isOwnerOrPostElsewhere(element: Element, adapter: SiteAdapter, pageUrl: string): boolean {
  const [read] = findItemsIn([element], adapter, pageUrl, { parentsOnly: true }).filter((f) => f.element === element);
  if (!read) return true;
  if (read.item.isOwnerReply) return true;
  const rule = adapter.items.find((r) => r.container.some((css) => safeMatches(element, parseSelector(css).css)));
  const marker = rule?.ownerMarker;
  if (!marker) return false;
  const author = readPostAuthor(postAuthorScope(element, marker), marker, pageUrl);
  return author.elements.some((el) => element === el || element.contains(el));
}

function uniqueCandidates(candidates: Candidate[]): Candidate[] {
  const seen = new Set<Element>();
  return inDocumentOrder(candidates.filter((c) => (seen.has(c.element) ? false : (seen.add(c.element), true))));
}

/**
 * Sorts candidates into document order, unless they already are (a burst appended in order,
 * the usual case). The check compares neighbours only: comparing an element with the one
 * just after it is cheap, while a sort also compares far-apart siblings, which makes the
 * browser walk a long list of siblings (thousands on a grown page) for each comparison.
 */
function inDocumentOrder(candidates: Candidate[]): Candidate[] {
  const follows = (a: Candidate, b: Candidate) => (a.element.compareDocumentPosition(b.element) & 4) !== 0;
  for (let index = 1; index < candidates.length; index += 1) {
    if (!follows(candidates[index - 1]!, candidates[index]!)) return candidates.sort((a, b) => (follows(a, b) ? -1 : 1));
  }
  return candidates;
}

function collectCandidates(root: Document | Element, adapter: SiteAdapter): Candidate[] {
  const byElement = new Map<Element, Candidate>();
  for (const rule of adapter.items) {
    const elements: Element[] = [];
    for (const selector of rule.container) {
      const { css } = parseSelector(selector);
      try {
        if (root.nodeType === 1 && (root as Element).matches(css)) elements.push(root as Element);
        elements.push(...queryAllIn(root, css));
      } catch {
        /* selector this engine rejects: counts as no match (see diagnose) */
      }
    }
    if (adapter.hooks?.findContainers) elements.push(...adapter.hooks.findContainers(root, rule));
    for (const element of elements) {
      if (byElement.has(element)) continue;
      if (rule.excludeContainer?.some((css) => safeMatches(element, css))) continue;
      byElement.set(element, { element, rule });
    }
  }
  const candidates = [...byElement.values()];
  if (adapter.items.flatMap((rule) => rule.container).length > 1 || adapter.hooks?.findContainers) return inDocumentOrder(candidates);
  return candidates;
}

/** A match belongs to a nested item or an owner reply, not to this item. */
function isFencedOff(match: Element, item: Element, containers: Set<Element>, fenced: Set<Element>): boolean {
  for (let el: Element | null = match; el && el !== item; el = el.parentElement) {
    if (containers.has(el) || fenced.has(el)) return true;
  }
  return false;
}

function findThreadParent(element: Element, rule: ItemRule): Element | undefined {
  if (!rule.threadParent || !element.parentElement) return undefined;
  const thread = safeClosest(element.parentElement, rule.threadParent.ancestor);
  if (!thread) return undefined;
  let parent: Element | null = null;
  try {
    parent = thread.querySelector(rule.threadParent.item);
  } catch {
    return undefined;
  }
  return parent && parent !== element && !element.contains(parent) ? parent : undefined;
}

/**
 * The nearest ancestor that is an item: first among this scan's containers (a
 * set lookup per ancestor), else, for a subtree scan, by matching the
 * containers' selectors with `closest` (skipping `:has()` ones, which cost a
 * subtree match per ancestor).
 */
function findParentItem(
  element: Element,
  containers: Set<Element>,
  cheapContainers: string,
  rules: readonly ItemRule[],
): Element | undefined {
  for (let el = element.parentElement; el; el = el.parentElement) if (containers.has(el)) return el;
  if (!cheapContainers) return undefined;
  for (let from = element.parentElement; from; ) {
    const candidate = safeClosest(from, cheapContainers);
    if (!candidate) return undefined;
    // An ancestor a rule excludes (Instagram's post panel) is not an item.
    const isExcluded = rules.some(
      (rule) =>
        rule.excludeContainer?.some((css) => safeMatches(candidate, css)) &&
        rule.container.some((css) => safeMatches(candidate, parseSelector(css).css)),
    );
    if (!isExcluded) return candidate;
    from = candidate.parentElement;
  }
  return undefined;
}

function readValue(match: { element: Element; attr?: string } | undefined): string | undefined {
  if (!match) return undefined;
  if (match.attr) return match.element.getAttribute(match.attr) ?? undefined;
  return singleLine(match.element.textContent ?? '') || undefined;
}

function readFields(
  element: Element,
  rule: ItemRule,
  adapter: SiteAdapter,
  pageUrl: string,
  accept: (match: Element) => boolean,
  isFence: (el: Element) => boolean,
): RawItem {
  const raw: RawItem = { element, kind: rule.kind, text: '' };
  const textMatch = queryFirst(element, rule.text, accept);
  if (textMatch) {
    if (textMatch.attr) raw.text = textMatch.element.getAttribute(textMatch.attr) ?? '';
    else {
      // Leave nested items and owner replies out of the text. `accept` held for the text element and
      // everything between it and the item, so a descendant is fenced off exactly when the walk meets a
      // fence (a container or owner reply) on its way down: skipping the fences skips all of them.
      raw.text = textOf(textMatch.element, { skip: rule.textSkip?.join(', '), preLine: rule.preLine, exclude: { has: isFence } });
    }
  }
  const authorMatch = queryFirst(element, rule.author, accept);
  raw.author = authorMatch ? cleanAuthor(applyPattern(readValue(authorMatch), rule.authorPattern)) : undefined;
  const authorUrlMatch = queryFirst(element, rule.authorUrl, accept);
  raw.authorUrl = authorUrlMatch
    ? linkUrl(readHref(authorUrlMatch), pageUrl)
    : authorMatch
      ? linkUrl(authorMatch.element.closest('a[href]')?.getAttribute('href'), pageUrl)
      : undefined;
  raw.title = readValue(queryFirst(element, rule.title, accept));
  Object.assign(raw, readTime(queryFirst(element, rule.time, accept)));
  const ratingMatch = queryFirst(element, rule.rating, accept);
  if (ratingMatch) {
    raw.rating = readRating(ratingMatch, rule.ratingMax ?? 5);
    if (raw.rating !== undefined) raw.ratingMax = rule.ratingMax ?? 5;
  }
  const permalinkMatch = queryFirst(element, rule.permalink, accept);
  raw.permalink = permalinkMatch ? linkUrl(readHref(permalinkMatch), pageUrl) : undefined;
  const ownId = readValue(queryFirst(element, rule.id, accept));
  raw.id = ownId ? `${adapter.id}:${ownId}` : raw.permalink;
  return raw;
}

const linkCache = new Map<string, string | undefined>();

/**
 * `withoutTracking(absoluteUrl(href, pageUrl))`, remembered: a feed repeats the same
 * author and page links, and URL parsing is a large share of reading an item.
 */
function linkUrl(href: string | null | undefined, pageUrl: string): string | undefined {
  if (!href) return undefined;
  const key = `${pageUrl}\n${href}`;
  if (linkCache.has(key)) return linkCache.get(key);
  const url = withoutTracking(absoluteUrl(href, pageUrl));
  if (linkCache.size >= 2000) linkCache.clear();
  linkCache.set(key, url);
  return url;
}

/** Drops per-session tracking parameters (`__cft__`, `__tn__`, `utm_*`) so a permalink stays stable. */
export function withoutTracking(url: string | undefined): string | undefined {
  if (!url || !url.includes('?')) return url;
  const parsed = new URL(url);
  // Keys read off the query string itself: in a Firefox content script URLSearchParams is an
  // Xray wrapper whose keys() iterator is not iterable (a TypeError that stopped every scan),
  // and its forEach cannot call back into a page whose scripts are off (the saved-page tests).
  for (const key of queryKeys(parsed.search)) {
    if (key.startsWith('__') || key.startsWith('utm_')) parsed.searchParams.delete(key);
  }
  return parsed.href;
}

/** The keys of a query string, decoded as URLSearchParams decodes them (lenient percent-decoding). */
function queryKeys(search: string): string[] {
  return search
    .replace(/^\?/, '')
    .split('&')
    .filter(Boolean)
    .map((pair) => formDecode(pair.split('=', 1)[0]!));
}

const HEX_DIGIT = /^[0-9a-f]$/i;

function formDecode(raw: string): string {
  const bytes = new TextEncoder().encode(raw.replace(/\+/g, ' '));
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const hex = String.fromCharCode(bytes[i + 1] ?? 0, bytes[i + 2] ?? 0);
    if (bytes[i] === 0x25 && HEX_DIGIT.test(hex[0]!) && HEX_DIGIT.test(hex[1]!)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else {
      out.push(bytes[i]!);
    }
  }
  return new TextDecoder().decode(new Uint8Array(out));
}

function applyPattern(value: string | undefined, pattern: string | undefined): string | undefined {
  if (!value || !pattern) return value;
  try {
    return new RegExp(pattern, 'u').exec(value)?.[1] ?? undefined;
  } catch {
    return undefined;
  }
}

/** Names sometimes carry a trailing badge or middle dot from the layout. */
function cleanAuthor(value: string | undefined): string | undefined {
  const name = value?.replace(/[\s·•]+$/, '').trim();
  return name ? name.slice(0, 500) : undefined;
}

function readHref(match: { element: Element; attr?: string }): string | undefined {
  if (match.attr) return match.element.getAttribute(match.attr) ?? undefined;
  const link = match.element.closest('a[href]') ?? match.element.querySelector('a[href]');
  return link?.getAttribute('href') ?? undefined;
}

function readTime(match: { element: Element; attr?: string } | undefined): { postedAt?: string; timeText?: string } {
  if (!match) return {};
  const el = match.element;
  if (match.attr) {
    const value = el.getAttribute(match.attr) ?? '';
    const postedAt = parseMachineTime(value);
    return postedAt ? { postedAt } : value.trim() ? { timeText: cleanTimeText(value) } : {};
  }
  const machineEl = el.hasAttribute('datetime') ? el : el.querySelector('[datetime]');
  const machine =
    machineEl?.getAttribute('datetime') ??
    el.getAttribute('content') ??
    el.getAttribute('data-utime') ??
    el.querySelector('[data-utime]')?.getAttribute('data-utime');
  const postedAt = parseMachineTime(machine);
  const shown = singleLine(el.textContent ?? '') || el.getAttribute('title') || el.getAttribute('aria-label') || '';
  const result: { postedAt?: string; timeText?: string } = {};
  if (postedAt) result.postedAt = postedAt;
  if (shown) result.timeText = cleanTimeText(shown);
  else if (!postedAt && machine) result.timeText = machine.slice(0, 200);
  return result;
}

/** "1h •" → "1h": separators the layout puts after a time. */
function cleanTimeText(value: string): string {
  return singleLine(value)
    .replace(/^[\s•·|-]+|[\s•·|-]+$/g, '')
    .slice(0, 200);
}

const RATING_ATTRIBUTES = ['data-rating', 'data-service-review-rating', 'content', 'aria-label', 'title', 'alt'];

function readRating(match: { element: Element; attr?: string }, max: number): number | undefined {
  const el = match.element;
  if (match.attr) return parseRating(el.getAttribute(match.attr), max);
  for (const attr of RATING_ATTRIBUTES) {
    const rating = parseRating(el.getAttribute(attr), max);
    if (rating !== undefined) return rating;
  }
  return parseRating(el.getAttribute('class'), max) ?? parseRating(el.textContent, max);
}

function ownerReplyElements(element: Element, rule: ItemRule): Element[] {
  const result: Element[] = [];
  for (const selector of rule.ownerReply!.container) {
    try {
      result.push(...element.querySelectorAll(parseSelector(selector).css));
    } catch {
      /* unparsable here */
    }
    if (result.length) break;
  }
  return result;
}

function readOwnerReply(ownerEl: Element, rule: ItemRule, parentId: string): RawItem {
  const owner = rule.ownerReply!;
  const textMatch = queryFirst(ownerEl, owner.text);
  const text = textMatch ? (textMatch.attr ? (textMatch.element.getAttribute(textMatch.attr) ?? '') : textOf(textMatch.element)) : '';
  return {
    element: ownerEl,
    kind: 'reply',
    // One business reply per item on every site seen: the parent's id names it.
    id: `${parentId}/owner-reply`,
    text,
    author: cleanAuthor(readValue(queryFirst(ownerEl, owner.author))),
    isOwnerReply: true,
    parentId,
    ...readTime(queryFirst(ownerEl, owner.time)),
  };
}

function idOfUnscanned(element: Element, adapter: SiteAdapter, pageUrl: string, containers: Set<Element>): string {
  const rule = adapter.items.find((r) => r.container.some((css) => safeMatches(element, parseSelector(css).css))) ?? adapter.items[0]!;
  const noFences = new Set<Element>();
  const raw = readFields(
    element,
    rule,
    adapter,
    pageUrl,
    (m) => !isFencedOff(m, element, containers, noFences),
    (el) => containers.has(el),
  );
  return raw.id ?? itemHashId(adapter.id, raw.author, raw.text);
}

function uniqueId(id: string, seen: Map<string, number>): string {
  const count = (seen.get(id) ?? 0) + 1;
  seen.set(id, count);
  return count === 1 ? id : `${id}~${count}`;
}

function ownerDocument(root: Document | Element): Document {
  return root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument;
}

function buildItem(raw: RawItem, adapter: SiteAdapter, hasOwnerReply: boolean | undefined): Item | undefined {
  const candidate: Record<string, unknown> = {
    id: raw.id,
    site: adapter.id,
    kind: raw.kind,
    author: raw.author,
    authorUrl: raw.authorUrl,
    text: raw.text.slice(0, 1_000_000),
    title: raw.title,
    rating: raw.rating,
    ratingMax: raw.rating !== undefined ? (raw.ratingMax ?? 5) : undefined,
    postedAt: raw.postedAt,
    timeText: raw.timeText,
    permalink: raw.permalink,
    isOwnerReply: raw.isOwnerReply ?? false,
    parentId: raw.parentId,
    hasOwnerReply,
  };
  for (const key of Object.keys(candidate)) if (candidate[key] === undefined) delete candidate[key];
  // ItemSchema's limits, checked without a Zod parse per item (isBuiltItemValid, tested against the schema).
  return isBuiltItemValid(candidate) ? candidate : undefined;
}

/**
 * The items of one scan and who nests in whom: what a reply box's owner is decided against.
 * Build it with `itemTreeOf` from the items found on the page.
 */
export interface ItemTree {
  elements: ReadonlySet<Element>;
  parentOf: ReadonlyMap<Element, Element>;
  /** Each item's author link, for a reply dialog that names the person ("Replying to @handle"). */
  authorUrlOf: ReadonlyMap<Element, string>;
}

export function itemTreeOf(found: readonly { item: Item; element: Element }[]): ItemTree {
  const byId = new Map(found.map((f) => [f.item.id, f.element]));
  const parentOf = new Map<Element, Element>();
  const authorUrlOf = new Map<Element, string>();
  for (const { item, element } of found) {
    const parent = item.parentId ? byId.get(item.parentId) : undefined;
    if (parent && parent !== element) parentOf.set(element, parent);
    if (item.authorUrl) authorUrlOf.set(element, item.authorUrl);
  }
  return { elements: new Set(found.map((f) => f.element)), parentOf, authorUrlOf };
}

function innermostItem(node: Element, tree: ItemTree): Element | undefined {
  for (let el = node.parentElement; el; el = el.parentElement) if (tree.elements.has(el)) return el;
  return undefined;
}

/** The last item that ends before `box` (in document order), or undefined. */
function lastItemBefore(box: Element, tree: ItemTree): Element | undefined {
  let last: Element | undefined;
  for (const el of tree.elements) {
    if (el.contains(box) || !(el.compareDocumentPosition(box) & 4)) continue;
    if (!last || last.compareDocumentPosition(el) & 4) last = el;
  }
  return last;
}

/**
 * The item a reply box belongs to, for the site's `place` (see BoxPlace): undefined for a box
 * no single item owns (a page-level composer, a shared `composer`, a dialog).
 * A post-level composer (`postComposer`) belongs to the item holding it: the post.
 */
export function ownerOfBox(box: Element, reply: ReplyRule, tree: ItemTree): Element | undefined {
  const inner = innermostItem(box, tree);
  if (reply.postComposer && matchesSelf(box, reply.postComposer))
    return inner ?? (reply.postComposerFollowsPost ? lastItemBefore(box, tree) : undefined);
  switch (reply.place) {
    case 'inside':
      return inner;
    case 'after': {
      // Facebook: the box opens under the comment's replies. Its owner is the thread that ends
      // just before it, climbed to the reply's comment (but not to the post that holds both).
      let owner = lastItemBefore(box, tree);
      if (!owner || (inner && !inner.contains(owner))) return inner;
      for (let parent = tree.parentOf.get(owner); parent && !parent.contains(box); parent = tree.parentOf.get(owner)) owner = parent;
      return owner;
    }
    case 'dialog':
    case 'composer':
      return undefined;
  }
}

/** Does `box` belong to the item `itemElement` (see BoxPlace)? */
export function boxBelongsTo(box: Element, itemElement: Element, reply: ReplyRule, tree: ItemTree): boolean {
  if (reply.place === 'dialog' && !(reply.postComposer && matchesSelf(box, reply.postComposer))) {
    const dialog = reply.dialog?.map((css) => safeClosest(box, parseSelector(css).css)).find(Boolean);
    const authorUrl = tree.authorUrlOf.get(itemElement);
    if (!dialog || !authorUrl) return false;
    // X's reply dialog says "Replying to @handle" with a link to the person (relative links resolve on its site).
    return Array.from(dialog.querySelectorAll('a[href]')).some(
      (a) => withoutTracking(absoluteUrl(a.getAttribute('href') ?? '', authorUrl)) === authorUrl,
    );
  }
  return ownerOfBox(box, reply, tree) === itemElement;
}

/**
 * The item a reply box the user is typing in answers, by the site's `place`: the box's owner
 * (`inside`, `after`, a post-level composer), the item a reply dialog names (`dialog`), or, in a
 * post's one shared box (`composer`), the person its leading @mention names (`mentionOf` says how
 * the site writes each item's mention), else the post holding it. Undefined when no item is known.
 */
export function itemElementForBox(
  box: Element,
  reply: ReplyRule,
  tree: ItemTree,
  mentionOf: (element: Element) => string | undefined,
): Element | undefined {
  const isPostComposer = Boolean(reply.postComposer && matchesSelf(box, reply.postComposer));
  if (reply.place === 'dialog' && !isPostComposer) {
    return [...tree.elements].find((element) => boxBelongsTo(box, element, reply, tree));
  }
  if (reply.place === 'composer') {
    const text = (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement ? box.value : (box.textContent ?? '')).trim();
    const leading = /^@[\w.]{1,64}/u.exec(text)?.[0];
    const named = leading ? [...tree.elements].find((element) => mentionOf(element) === leading) : undefined;
    return named ?? innermostItem(box, tree);
  }
  return ownerOfBox(box, reply, tree);
}

function matchesSelf(el: Element, selectors: Selectors): boolean {
  return selectors.some((selector) => safeMatches(el, parseSelector(selector).css));
}

/** The first box under the nearest ancestor of the item that holds one (the post's composer), else the page's first. */
function nearestOf(itemElement: Element, boxes: readonly Element[]): Element | undefined {
  for (let el: Element | null = itemElement; el; el = el.parentElement) {
    const box = boxes.find((b) => el!.contains(b));
    if (box) return box;
  }
  return boxes[0];
}

/** Sets `item.reply`: the editor, and whether the item's own box is open or its Reply control is there. */
function addReplyStates(
  found: FoundItem[],
  adapter: SiteAdapter,
  reply: ReplyRule,
  boxes: readonly Element[],
  ancestors: AncestorMemo,
): void {
  if (found.length === 0) return;
  const tree = itemTreeOf(found);
  const ownBox = new Map<Element, Element>();
  for (const box of boxes) {
    const owner = ownerOfBox(box, reply, tree);
    if (owner && !ownBox.has(owner)) ownBox.set(owner, box);
  }
  const shared = sharedBoxes(reply, boxes);
  for (const { item, element } of found) {
    if (item.isOwnerReply) continue;
    const box = ownBox.get(element);
    const open = findOpenControl(element, adapter, tree, ancestors);
    const composer =
      reply.place === 'composer' || item.kind === 'post' || !hasPerItemReply(reply) ? composerFor(element, reply, shared, tree) : undefined;
    item.reply = { editor: box ? detectEditor(box, reply.editor) : reply.editor, available: Boolean(box || open || composer) };
  }
}

/** The shared composer that serves this item: one after a post serves only that post (X's focused post). */
function composerFor(itemElement: Element, reply: ReplyRule, shared: readonly Element[], tree: ItemTree): Element | undefined {
  if (reply.postComposerFollowsPost) return shared.find((box) => ownerOfBox(box, reply, tree) === itemElement);
  return nearestOf(itemElement, shared);
}

/** Boxes that serve a whole post: the shared composer (`place: 'composer'`) or the post-level composer. */
function sharedBoxes(reply: ReplyRule, boxes: readonly Element[]): Element[] {
  if (reply.place === 'composer') return [...boxes];
  return reply.postComposer ? boxes.filter((b) => matchesSelf(b, reply.postComposer!)) : [];
}

/** The site has a Reply control per comment (else only the post's composer). */
export function hasPerItemReply(reply: ReplyRule): boolean {
  return Boolean(reply.open?.length || reply.openText?.length);
}

export interface ReplyTarget {
  /** The item's own Reply control. */
  open?: HTMLElement;
  /** The item's own reply box, open now. */
  box?: HTMLElement;
  /** The post's shared composer (Instagram) or post-level composer, for when the item has no box of its own. */
  composer?: HTMLElement;
}

/**
 * An item's own Reply control and its own open reply box (never another item's box), plus the
 * post's composer for the cases where that is where the site replies (see ReplyRule).
 */
export function findReplyBox(itemElement: Element, adapter: SiteAdapter, doc: Document, tree: ItemTree): ReplyTarget {
  const reply = adapter.reply;
  if (!reply) return {};
  const result: ReplyTarget = {};
  const open = findOpenControl(itemElement, adapter, tree);
  if (open) result.open = open as HTMLElement;
  const boxes = findAllReplyBoxes(doc, adapter);
  const box = reply.place === 'composer' ? undefined : boxes.find((b) => boxBelongsTo(b, itemElement, reply, tree));
  if (box) result.box = box;
  const composer = composerFor(itemElement, reply, sharedBoxes(reply, boxes), tree);
  if (composer) result.composer = composer as HTMLElement;
  return result;
}

const DEFAULT_OPEN_TEXT_IN = ['button', 'a', '[role="button"]'];

/**
 * The item's own Reply control: in the item, not in a nested item, not in the item's text
 * (a commenter's link that says "Reply" is not a control), not a submit button, and, when found
 * by its text, not a link that would take the page somewhere else.
 */
export function findOpenControl(item: Element, adapter: SiteAdapter, tree?: ItemTree, ancestors?: AncestorMemo): Element | undefined {
  const reply = adapter.reply;
  if (!reply) return undefined;
  const textSelectors = adapter.items
    .flatMap((rule) => rule.text ?? [])
    .map((s) => parseSelector(s).css)
    .filter((css) => css && !css.includes(':scope'));
  const isOwnControl = (el: Element) => {
    if (!isControlVisible(el, ancestors) || isSubmitControl(el)) return false;
    for (let up: Element | null = el.parentElement; up && up !== item; up = up.parentElement) if (tree?.elements.has(up)) return false;
    return !textSelectors.some((css) => {
      const text = safeClosest(el, css);
      return text !== null && text !== item && item.contains(text);
    });
  };
  const bySelector = queryFirst(item, reply.open, isOwnControl);
  if (bySelector) return bySelector.element;
  if (!reply.openText?.length) return undefined;
  const wanted = new Set(reply.openText.map((t) => t.toLowerCase()));
  for (const css of reply.openTextIn ?? DEFAULT_OPEN_TEXT_IN) {
    let matches: Element[];
    try {
      matches = Array.from(item.querySelectorAll(css));
    } catch {
      continue;
    }
    const hit = matches.find(
      (el) => wanted.has(singleLine(el.textContent ?? '').toLowerCase()) && !isNavigatingLink(el) && isOwnControl(el),
    );
    if (hit) return hit;
  }
  return undefined;
}

/** A Post/Send button: clicking it would submit the form. */
function isSubmitControl(el: Element): boolean {
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  if (el.tagName === 'INPUT') return type === 'submit';
  return el.tagName === 'BUTTON' && el.closest('form') !== null && (type === '' || type === 'submit');
}

/** A link to another page (not `#`, not `javascript:`): following it would leave the page. */
function isNavigatingLink(el: Element): boolean {
  const link = el.closest('a[href]');
  if (!link) return false;
  const href = (link.getAttribute('href') ?? '').trim();
  return href !== '' && !href.startsWith('#') && !/^javascript:/i.test(href);
}

function isControlVisible(el: Element, ancestors?: AncestorMemo): boolean {
  // Attributes and inline styles only: a control's size can be 0 until its row is rendered.
  return isVisible(el, { layout: false, ancestors }) && el.getAttribute('aria-disabled') !== 'true' && !el.hasAttribute('disabled');
}

/** Every editor on the page a person could type into, for the adapter's box selectors. */
export function findAllReplyBoxes(doc: Document, adapter: SiteAdapter, options: VisibilityOptions = {}): HTMLElement[] {
  if (!adapter.reply) return [];
  const boxes = findReplyBoxesInOneWalk(doc, adapter.reply.box, options);
  if (boxes) return boxes;
  const seen = new Set<Element>();
  for (const selector of adapter.reply.box) {
    try {
      for (const el of doc.querySelectorAll(parseSelector(selector).css)) if (!seen.has(el) && isUsableEditor(el, options)) seen.add(el);
    } catch {
      /* unparsable here */
    }
  }
  return [...seen] as HTMLElement[];
}

/**
 * The same list as one selector-by-selector pass (usable boxes of the first selector
 * in document order, then the second's not seen yet, …) from a single walk of the
 * document: each match is filed under the first selector it matches. Undefined when
 * that cannot be done safely (one selector, one this engine rejects, or `:scope`,
 * which means the root in a query but the element itself in `matches`).
 */
function findReplyBoxesInOneWalk(doc: Document, selectors: Selectors, options: VisibilityOptions): HTMLElement[] | undefined {
  if (selectors.length < 2) return undefined;
  const css = selectors.map((selector) => parseSelector(selector).css);
  if (css.some((c) => c === '' || c.includes(':scope'))) return undefined;
  let matches: NodeListOf<Element>;
  try {
    matches = doc.querySelectorAll(css.join(', '));
    for (const c of css) doc.documentElement.matches(c);
  } catch {
    return undefined;
  }
  const bySelector: Element[][] = css.map(() => []);
  for (const el of matches) {
    if (!isUsableEditor(el, options)) continue;
    const index = css.findIndex((c) => el.matches(c));
    if (index >= 0) bySelector[index]!.push(el);
  }
  return bySelector.flat() as HTMLElement[];
}

/**
 * When the page looks like it should hold items (adapter.expectsItems) but none
 * were found, the adapter is probably out of date: say which selectors missed.
 */
export function diagnose(
  doc: Document,
  adapter: SiteAdapter,
  found: readonly FoundItem[],
): { suspectOutdated: boolean; failedSelectors: string[] } {
  if (found.length > 0 || !matchesAny(doc, adapter.expectsItems)) return { suspectOutdated: false, failedSelectors: [] };
  const failedSelectors = adapter.items.flatMap((rule) => rule.container).filter((selector) => !matchesAny(doc, [selector]));
  return { suspectOutdated: true, failedSelectors };
}
