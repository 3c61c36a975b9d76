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
}

const IDLE_TIMEOUT_MS = 200;
/** Where the browser has no requestIdleCallback (Safari): a short delay still batches a burst of mutations. */
const FALLBACK_DELAY_MS = 50;

/**
 * Keeps the page's items known: scans now, again after DOM mutations (batched, idle-scheduled)
 * and single-page navigations; gives each item one id and one badge (moved when the site
 * re-renders the item); reports new items to the background and paints the labels it returns.
 * Everything is torn down when ctx.signal aborts.
 */
export function trackItems(ctx: RunContext, adapter: SiteAdapter): ItemTracker {
  const tracked = new Map<string, TrackedItem>();
  const elementIds = new WeakMap<Element, string>();
  let isFreshPage = true;
  let scanScheduled = false;

  const scan = () => {
    scanScheduled = false;
    if (ctx.signal.aborted) return;
    const found = findItems(document, adapter, location.href);
    const fresh: FoundItem[] = [];
    for (const entry of found) {
      const known = tracked.get(entry.item.id);
      if (known && known.element === entry.element && elementIds.get(entry.element) === entry.item.id) continue;
      if (known) {
        // The site re-rendered this item: move its badge to the new element.
        known.badge?.remove();
        known.element = entry.element;
        known.item = entry.item;
        known.badge = drawBadge(entry, known.labels);
        elementIds.set(entry.element, entry.item.id);
        continue;
      }
      const record: TrackedItem = { item: entry.item, element: entry.element };
      record.badge = drawBadge(entry);
      tracked.set(entry.item.id, record);
      elementIds.set(entry.element, entry.item.id);
      fresh.push(entry);
    }
    const replace = isFreshPage;
    isFreshPage = false;
    if (!replace && fresh.length === 0) return;
    const items = replace ? [...tracked.values()].map((t) => t.item) : fresh.map((f) => f.item);
    void report(items, replace, found);
  };

  const report = async (items: Item[], replace: boolean, found: FoundItem[]) => {
    try {
      const { labels } = await sendMessage('itemsFound', {
        pageUrl: location.href,
        siteId: adapter.id,
        siteName: adapter.name,
        items,
        replace,
        diagnostics: diagnose(document, adapter, found),
      });
      for (const [id, itemLabels] of Object.entries(labels ?? {})) {
        const record = tracked.get(id);
        if (!record) continue;
        record.labels = itemLabels;
        paintBadge(record);
      }
    } catch (error) {
      // The extension was reloaded or the background is unreachable: badges stay "pending".
      console.debug('[replybook] could not report items', error);
    }
  };

  const scheduleScan = () => {
    if (scanScheduled || ctx.signal.aborted) return;
    scanScheduled = true;
    if ('requestIdleCallback' in window) window.requestIdleCallback(scan, { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(scan, FALLBACK_DELAY_MS);
  };

  const observer = new MutationObserver((mutations) => {
    // Our own badges are the only nodes we add; ignore bursts made only of them.
    const onlyOurs = mutations.every((m) => Array.from(m.addedNodes).every((n) => n instanceof Element && n.localName === 'replybook-badge'));
    if (!onlyOurs) scheduleScan();
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
  };
}

/** A badge after the item's first child (usually its header line), else at its start; none on owner replies. */
function drawBadge(entry: FoundItem, labels?: Labels): Badge | undefined {
  if (entry.item.isOwnerReply) return undefined;
  const badge = createBadge(() => {
    void sendMessage('openPanel', { itemId: entry.item.id }).catch(() => undefined);
  });
  const anchor = entry.element.firstElementChild;
  if (anchor) anchor.after(badge.host);
  else entry.element.prepend(badge.host);
  paintBadge({ item: entry.item, element: entry.element, badge, labels });
  return badge;
}

function paintBadge(record: TrackedItem): void {
  if (!record.badge) return;
  if (!record.labels) return record.badge.setTone('pending');
  const why = record.labels.reasons.slice(0, 2).join('; ');
  record.badge.setTone(record.labels.tone, record.item.hasOwnerReply ? `answered. ${why}` : why);
}
