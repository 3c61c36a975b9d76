import type { Labels } from '@/lib/classifier/labels';
import { sendMessage } from '@/lib/messaging/protocol';
import type { Item } from '@/lib/sites/item';
import type { FoundItem, SiteAdapter } from '@/lib/sites/schema';
import { createBadge, type Badge } from './badges';
import { diagnose, findItems, type ItemReading, itemTreeOf, type ItemTree, readItemsInSteps } from './extract';
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
/** The longest a burst's reading runs in one task: the page never waits on it for more (goal: < 5 ms). */
const READ_SLICE_MS = 2;
/**
 * A burst's new badges are drawn with their labels, in one layout pass instead of a "Reading…"
 * pass and a labelled one (each costs the page a relayout: ~100 ms on a 2,000-review page). An
 * answer slower than this (the background answered a burst of 100 on a 2,000-item tab in
 * 0.3–0.7 s on a loaded machine) shows them "Reading…" meanwhile.
 */
const PENDING_BADGE_DELAY_MS = 1_500;

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

  /** Bursts of added subtrees waiting to be read, oldest first, a slice at a time (readSlice); `read` once all read. */
  const readings: Array<{ reading: ItemReading; read: boolean }> = [];
  const inNextTask = taskRunner(ctx.signal);
  let readScheduled = false;

  const scan = () => {
    scanScheduled = false;
    if (ctx.signal.aborted) return;
    const whole = fullScanDue || isFreshPage || addedRoots.size > MAX_ADDED_ROOTS;
    if (!whole) {
      // Only which subtrees were added is found in this frame; their items are read in slices.
      const roots = rootsToScan();
      addedRoots = new Set();
      if (roots.length === 0) return;
      readings.push({ reading: readItemsInSteps(roots, adapter, location.href), read: false });
      scheduleRead();
      return;
    }
    // A full scan reads everything the bursts in flight would.
    readings.length = 0;
    addedRoots = new Set();
    fullScanDue = false;
    recordFound(findItems(document, adapter, location.href), true);
  };

  /**
   * Reads the queued bursts for about READ_SLICE_MS, then yields to the page and goes on in a new
   * task. A burst read to its end is recorded and reported (its message costs a millisecond or two)
   * in the same task only while that stays within the slice.
   */
  const readSlice = () => {
    readScheduled = false;
    if (ctx.signal.aborted) return;
    const started = performance.now();
    const shouldYield = () => performance.now() - started >= READ_SLICE_MS;
    while (readings.length > 0) {
      const burst = readings[0]!;
      if (!burst.read) {
        if (!burst.reading.step(shouldYield)) break;
        burst.read = true;
        continue;
      }
      if (performance.now() - started > READ_SLICE_MS / 2) break;
      readings.shift();
      recordFound(burst.reading.found, false);
    }
    if (readings.length > 0) scheduleRead();
  };
  const scheduleRead = () => {
    if (readScheduled) return;
    readScheduled = true;
    inNextTask(readSlice);
  };

  /**
   * Files what a scan found: one record and id per item, badges moved when the site re-rendered an
   * item, and the new or changed items reported. A full scan draws its badges at once (the page's
   * first frame); a burst's wait for their labels (PENDING_BADGE_DELAY_MS).
   */
  const recordFound = (found: FoundItem[], whole: boolean) => {
    const fresh: FoundItem[] = [];
    const waiting: TrackedItem[] = [];
    for (const entry of found) {
      // Removed from the page while its burst was being read.
      if (!whole && !entry.element.isConnected) continue;
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
        known.element = entry.element;
        known.item = entry.item;
        elementIds.set(entry.element, entry.item.id);
        if (whole) {
          known.badge?.remove();
          known.badge = drawBadge(entry, known.labels, replyLanguages);
        } else {
          toDraw.add(known);
          schedulePaint();
        }
        continue;
      }
      const record: TrackedItem = { item: entry.item, element: entry.element };
      if (whole) record.badge = drawBadge(entry, undefined, replyLanguages);
      else waiting.push(record);
      tracked.set(entry.item.id, record);
      elementIds.set(entry.element, entry.item.id);
      fresh.push(entry);
    }
    // Labels that arrived since the last frame go in with this scan's writes.
    if (whole && paintScheduled) paintLabels();
    const replace = whole && isFreshPage;
    if (whole) isFreshPage = false;
    if (!replace && fresh.length === 0) return;
    const items = replace ? [...tracked.values()].map((t) => t.item) : fresh.map((f) => f.item);
    void report(items, replace, found, waiting);
  };

  const report = async (items: Item[], replace: boolean, found: FoundItem[], waiting: readonly TrackedItem[]) => {
    /** Badges still waiting for labels show "Reading…" (a slow or missing answer). */
    const drawWaiting = () => {
      for (const record of waiting) if (!record.badge) toDraw.add(record);
      schedulePaint();
    };
    const late = waiting.length > 0 ? setTimeout(drawWaiting, PENDING_BADGE_DELAY_MS) : undefined;
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
      clearTimeout(late);
      drawWaiting();
      // A whole page's labels go on badges already drawn: painted now, not at the next frame (traced
      // after a browser start: sometimes none came for 200 ms, the hidden-tab stand-in's delay). Only
      // writes, in this one task: the page still lays out once, in its next frame.
      if (replace && paintScheduled) paintLabels();
    } catch (error) {
      // The extension was reloaded or the background is unreachable: badges stay "pending".
      console.debug('[replybook] could not report items', error);
      clearTimeout(late);
      drawWaiting();
    }
  };

  /**
   * Labels are painted in one pass of writes just before the next frame (with a scan due then,
   * after it), so a burst's badges and the labels that came back meanwhile share one style and
   * layout pass instead of each answer invalidating the page's layout on its own.
   */
  let toPaint = new Set<TrackedItem>();
  /** Records whose badge is drawn (or moved to their new element) with the next paint. */
  let toDraw = new Set<TrackedItem>();
  let paintScheduled = false;
  const paintLabels = () => {
    paintScheduled = false;
    const drawing = toDraw;
    toDraw = new Set();
    const records = toPaint;
    toPaint = new Set();
    if (ctx.signal.aborted) return;
    for (const record of drawing) {
      if (tracked.get(record.item.id) !== record || !record.element.isConnected) continue;
      record.badge?.remove();
      record.badge = drawBadge(record, record.labels, replyLanguages);
    }
    for (const record of records) if (!drawing.has(record)) paintBadge(record, replyLanguages);
  };
  const schedulePaint = () => {
    if (paintScheduled || (toPaint.size === 0 && toDraw.size === 0)) return;
    paintScheduled = true;
    // The frame's call clears the stand-in timer: no empty task into the content script per burst.
    const runOnce = () => {
      clearTimeout(fallback);
      if (paintScheduled) paintLabels();
    };
    if ('requestAnimationFrame' in window) window.requestAnimationFrame(runOnce);
    const fallback = setTimeout(runOnce, 'requestAnimationFrame' in window ? HIDDEN_TAB_DELAY_MS : FALLBACK_DELAY_MS);
  };

  /**
   * The scan runs just before the next frame is drawn (requestAnimationFrame): a full scan's
   * badges then go into the page in the same style and layout pass as the page's own additions
   * (drawing them later, after that frame, made the browser lay out the whole page a second time);
   * a burst only notes there which subtrees were added, and is read in slices after the frame. A
   * timer stands in where no frame comes (a hidden tab), so items are still reported.
   */
  const scheduleScan = () => {
    if (scanScheduled || ctx.signal.aborted) return;
    scanScheduled = true;
    // The frame's call clears the stand-in timer: no empty task into the content script per burst.
    const runOnce = () => {
      clearTimeout(fallback);
      if (scanScheduled) scan();
    };
    if ('requestAnimationFrame' in window) window.requestAnimationFrame(runOnce);
    const fallback = setTimeout(runOnce, 'requestAnimationFrame' in window ? HIDDEN_TAB_DELAY_MS : FALLBACK_DELAY_MS);
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
    readings.length = 0;
    toDraw.clear();
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
function drawBadge(
  entry: Pick<FoundItem, 'item' | 'element'>,
  labels: Labels | undefined,
  replyLanguages: readonly string[],
): Badge | undefined {
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

/**
 * Runs a callback in a new task: a message to itself, which a hidden tab does not throttle as it
 * does chained zero-delay timers (to once a second); a timer where there is no MessageChannel.
 */
function taskRunner(signal: AbortSignal): (callback: () => void) => void {
  if (typeof MessageChannel !== 'function') return (callback) => void setTimeout(callback, 0);
  let channel: MessageChannel | undefined;
  const queued: Array<() => void> = [];
  return (callback) => {
    if (signal.aborted) return;
    if (!channel) {
      // Made on first use: most pages never have a burst.
      channel = new MessageChannel();
      // A listener, not `onmessage`: a Firefox content script sets page-object handlers through Xrays.
      channel.port1.addEventListener('message', () => queued.shift()?.());
      channel.port1.start();
      const opened = channel;
      signal.addEventListener('abort', () => opened.port1.close());
    }
    queued.push(callback);
    channel.port2.postMessage(null);
  };
}
