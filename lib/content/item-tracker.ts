import type { Labels } from '@/lib/classifier/labels';
import { sendMessage } from '@/lib/messaging/protocol';
import type { Item } from '@/lib/sites/item';
import type { FoundItem, SiteAdapter } from '@/lib/sites/schema';
import { createBadge, type Badge } from './badges';
import { diagnose, findItems, itemTreeOf, type ItemTree } from './extract';
import type { RunContext } from './run-site';

/** One item on the page as the tracker knows it: where it is now, its badge, its labels once known. */
export interface TrackedItem {
  item: Item;
  element: Element;
  badge?: Badge;
  labels?: Labels;
}

export interface ItemTracker {
  /** The item with this id, while its element is still on the page. */
  connected(itemId: string): TrackedItem | undefined;
  /** Which found item each element is, for telling an item's own box from a nested item's. */
  tree(): ItemTree;
  /** The tracked item whose element this is, while it is on the page. */
  atElement(element: Element): TrackedItem | undefined;
  /** Every tracked item still on the page. */
  all(): TrackedItem[];
}

/** A hidden tab draws no frames: scan after this delay instead. */
const HIDDEN_TAB_DELAY_MS = 200;
/** Where there are no frames at all (a headless document): a short delay still batches a burst of mutations. */
const FALLBACK_DELAY_MS = 50;
/** More added subtrees than this in one burst (a whole re-render): one full scan is cheaper. */
const MAX_ADDED_ROOTS = 400;

/** `closest` that survives a selector the browser does not know (the burst is then read without it). */
function safeClosest(element: Element | null, selector: string): Element | null {
  if (!element || !selector) return null;
  try {
    return element.closest(selector);
  } catch {
    return null;
  }
}

/**
 * Keeps the page's items known: scans now, again after DOM mutations (batched per frame;
 * only the added subtrees and the items they landed in, so a long page does not cost more per
 * burst) and single-page navigations; gives each item one id and one badge (moved when the site
 * re-renders the item); reports new items to the background and paints the labels it returns.
 * Everything is torn down when ctx.signal aborts.
 */
export function trackItems(ctx: RunContext, adapter: SiteAdapter): ItemTracker {
  const tracked = new Map<string, TrackedItem>();
  const elementIds = new WeakMap<Element, string>();
  let isFreshPage = true;
  let scanScheduled = false;
  /** The languages the replier writes, as the background last said: badges name any other. */
  let replyLanguages: readonly string[] = ['en'];

  // What changed since the last scan: the added subtrees, unless something asks for a full scan.
  let addedRoots = new Set<Element>();
  let fullScanDue = true;
  const containerSelector = adapter.items.flatMap((rule) => rule.container).join(', ');

  /** The added subtrees to read again, plus the item each sits in (a reply or text added inside it). */
  const rootsToScan = (): Element[] => {
    const roots = new Set<Element>();
    // Nodes added together are usually siblings: the item around each parent is looked up once.
    const itemAround = new Map<Element, Element | null>();
    for (const node of addedRoots) {
      if (!node.isConnected) continue;
      roots.add(node);
      const parent = node.parentElement;
      if (!parent) continue;
      let around = itemAround.get(parent);
      if (around === undefined) {
        around = safeClosest(parent, containerSelector);
        itemAround.set(parent, around);
      }
      if (around) roots.add(around);
    }
    // A root inside another root is read with it. Each ancestor's answer is remembered, so a
    // burst of siblings walks their shared ancestors once (linear in roots + depth).
    const insideRoot = new Map<Element, boolean>();
    const isInsideRoot = (from: Element | null): boolean => {
      const walked: Element[] = [];
      let inside = false;
      for (let up = from; up; up = up.parentElement) {
        const known = insideRoot.get(up);
        if (known !== undefined) {
          inside = known;
          break;
        }
        if (roots.has(up)) {
          inside = true;
          break;
        }
        walked.push(up);
      }
      for (const element of walked) insideRoot.set(element, inside);
      return inside;
    };
    return [...roots].filter((root) => !isInsideRoot(root.parentElement));
  };

  const scan = () => {
    scanScheduled = false;
    if (ctx.signal.aborted) return;
    const whole = fullScanDue || isFreshPage || addedRoots.size > MAX_ADDED_ROOTS;
    const roots = whole ? [] : rootsToScan();
    addedRoots = new Set();
    fullScanDue = false;
    const found = whole ? findItems(document, adapter, location.href) : findItems(roots, adapter, location.href);
    const fresh: FoundItem[] = [];
    for (const entry of found) {
      const known = tracked.get(entry.item.id);
      if (known && known.element === entry.element && elementIds.get(entry.element) === entry.item.id) {
        // Words that arrived late, or an owner's reply added under it: read it again.
        if (known.item.text !== entry.item.text || known.item.hasOwnerReply !== entry.item.hasOwnerReply) {
          known.item = entry.item;
          fresh.push(entry);
        }
        continue;
      }
      if (known && !whole && known.element !== entry.element && known.element.isConnected) {
        // Same id as an item still on the page (two identical comments): only a full scan
        // numbers them apart, as it reads the page in order.
        fullScanDue = true;
        scheduleScan();
        continue;
      }
      if (known) {
        // The site re-rendered this item: move its badge to the new element.
        known.badge?.remove();
        known.element = entry.element;
        known.item = entry.item;
        known.badge = drawBadge(entry, known.labels, replyLanguages);
        elementIds.set(entry.element, entry.item.id);
        continue;
      }
      const record: TrackedItem = { item: entry.item, element: entry.element };
      record.badge = drawBadge(entry, undefined, replyLanguages);
      tracked.set(entry.item.id, record);
      elementIds.set(entry.element, entry.item.id);
      fresh.push(entry);
    }
    // Labels that arrived since the last frame go in with this scan's writes.
    if (paintScheduled) paintLabels();
    const replace = isFreshPage;
    isFreshPage = false;
    if (!replace && fresh.length === 0) return;
    const items = replace ? [...tracked.values()].map((t) => t.item) : fresh.map((f) => f.item);
    void report(items, replace, found);
  };

  const report = async (items: Item[], replace: boolean, found: FoundItem[]) => {
    try {
      const { labels, replyLanguages: languages } = await sendMessage('itemsFound', {
        pageUrl: location.href,
        siteId: adapter.id,
        siteName: adapter.name,
        items,
        replace,
        diagnostics: diagnose(document, adapter, found),
      });
      if (Array.isArray(languages)) replyLanguages = languages.filter((code) => typeof code === 'string').slice(0, 20);
      for (const [id, itemLabels] of Object.entries(labels ?? {})) {
        const record = tracked.get(id);
        if (!record) continue;
        record.labels = itemLabels;
        toPaint.add(record);
      }
      schedulePaint();
    } catch (error) {
      // The extension was reloaded or the background is unreachable: badges stay "pending".
      console.debug('[replybook] could not report items', error);
    }
  };

  /**
   * Labels are painted in one pass of writes just before the next frame (with a scan due then,
   * after it), so a burst's badges and the labels that came back meanwhile share one style and
   * layout pass instead of each answer invalidating the page's layout on its own.
   */
  let toPaint = new Set<TrackedItem>();
  let paintScheduled = false;
  const paintLabels = () => {
    paintScheduled = false;
    const records = toPaint;
    toPaint = new Set();
    if (ctx.signal.aborted) return;
    for (const record of records) paintBadge(record, replyLanguages);
  };
  const schedulePaint = () => {
    if (paintScheduled || toPaint.size === 0) return;
    paintScheduled = true;
    const runOnce = () => {
      if (paintScheduled) paintLabels();
    };
    if ('requestAnimationFrame' in window) window.requestAnimationFrame(runOnce);
    setTimeout(runOnce, 'requestAnimationFrame' in window ? HIDDEN_TAB_DELAY_MS : FALLBACK_DELAY_MS);
  };

  /**
   * The scan runs just before the next frame is drawn (requestAnimationFrame): the badges then
   * go into the page in the same style and layout pass as the page's own additions. Scanning
   * later (at idle time, after that frame) made the browser lay out the whole page a second time
   * per burst, which cost more than the scan itself on a long page. A timer stands in where no
   * frame comes (a hidden tab), so items are still reported.
   */
  const scheduleScan = () => {
    if (scanScheduled || ctx.signal.aborted) return;
    scanScheduled = true;
    const runOnce = () => {
      if (scanScheduled) scan();
    };
    if ('requestAnimationFrame' in window) window.requestAnimationFrame(runOnce);
    setTimeout(runOnce, 'requestAnimationFrame' in window ? HIDDEN_TAB_DELAY_MS : FALLBACK_DELAY_MS);
  };

  const observer = new MutationObserver((mutations) => {
    let changed = false;
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        // Our own badges and reply-box chips are the only nodes we add.
        if (node instanceof Element && (node.localName === 'replybook-badge' || node.localName === 'replybook-chip')) continue;
        changed = true;
        const element = node instanceof Element ? node : node.parentElement;
        if (element) addedRoots.add(element);
      }
    }
    if (changed) scheduleScan();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });

  ctx.addEventListener?.(window, 'wxt:locationchange', () => {
    for (const record of tracked.values()) record.badge?.remove();
    tracked.clear();
    isFreshPage = true;
    scheduleScan();
  });

  scan();

  ctx.signal.addEventListener('abort', () => {
    observer.disconnect();
    for (const record of tracked.values()) record.badge?.remove();
    tracked.clear();
  });

  return {
    connected(itemId) {
      const record = tracked.get(itemId);
      return record && record.element.isConnected ? record : undefined;
    },
    tree: () => itemTreeOf([...tracked.values()]),
    atElement(element) {
      const id = elementIds.get(element);
      const record = id === undefined ? undefined : tracked.get(id);
      return record && record.element === element && element.isConnected ? record : undefined;
    },
    all: () => [...tracked.values()].filter((record) => record.element.isConnected),
  };
}

/** A badge after the item's first child (usually its header line), else at its start; none on owner replies. */
function drawBadge(entry: FoundItem, labels: Labels | undefined, replyLanguages: readonly string[]): Badge | undefined {
  if (entry.item.isOwnerReply) return undefined;
  const badge = createBadge(() => {
    void sendMessage('openPanel', { itemId: entry.item.id }).catch(() => undefined);
  });
  const anchor = entry.element.firstElementChild;
  if (anchor) anchor.after(badge.host);
  else entry.element.prepend(badge.host);
  paintBadge({ item: entry.item, element: entry.element, badge, labels }, replyLanguages);
  return badge;
}

/** The tone, and what weighed on it: stars, a language the replier does not write, the two most urgent flags. */
function paintBadge(record: TrackedItem, replyLanguages: readonly string[]): void {
  if (!record.badge) return;
  if (!record.labels) {
    record.badge.setTone('pending');
    return;
  }
  record.badge.setReading(record.labels, { replyLanguages, answered: record.item.hasOwnerReply === true });
}
