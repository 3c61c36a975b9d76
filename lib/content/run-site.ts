import type { Labels } from '@/lib/classifier/labels';
import { insertReply as insertIntoEditor } from '@/lib/editors';
import { onValidatedMessage, sendMessage, type InsertResult } from '@/lib/messaging/protocol';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { Item } from '@/lib/sites/item';
import type { FoundItem, SiteAdapter } from '@/lib/sites/types';
import { createBadge, type Badge } from './badges';
import { diagnose, findAllReplyBoxes, findItems, findReplyBox } from './extract';

/** The part of WXT's ContentScriptContext the engine needs; the demo page passes its own. */
export interface RunContext {
  signal: AbortSignal;
  addEventListener?: (target: Window, type: 'wxt:locationchange', handler: () => void) => void;
}

export interface RunOptions {
  /** Set on extension pages (the demo): messages for other tabs are left to them. */
  ownTabId?: number;
}

interface Tracked {
  item: Item;
  element: Element;
  badge?: Badge;
  labels?: Labels;
}

const IDLE_TIMEOUT_MS = 200;
const REPLY_BOX_WAIT_MS = 3000;

/**
 * Runs one site adapter on a live page: scans, follows mutations (batched,
 * idle-scheduled) and single-page navigations, draws one badge per item, reports
 * items to the background, and answers "insert this reply into item X".
 * Everything hangs off ctx.signal and is torn down when it aborts.
 */
export function runSite(ctx: RunContext, adapter: SiteAdapter, options: RunOptions = {}): void {
  // Guard against double injection (a runtime-registered script injected twice).
  const guard = `__replybook_${adapter.id}`;
  const scope = globalThis as unknown as Record<string, unknown>;
  if (scope[guard]) return;
  scope[guard] = true;
  ctx.signal.addEventListener('abort', () => delete scope[guard]);
  // A site the user turned off in Settings gets no badges and no scans.
  void isSiteTurnedOff(adapter.id).then((off) => {
    if (!ctx.signal.aborted && !off) startEngine(ctx, adapter, options);
  });
}

// Only the on/off switches, from the copy lib/settings publishes for content scripts
// (the settings themselves are in IndexedDB, out of their reach). Unreadable means "on".
const SiteSwitchesSchema = z.object({ sites: z.record(z.string(), z.boolean()) });

async function isSiteTurnedOff(siteId: string): Promise<boolean> {
  try {
    const stored = (await browser.storage.local.get('siteSwitches')).siteSwitches;
    const parsed = SiteSwitchesSchema.safeParse(stored);
    return parsed.success && parsed.data.sites[siteId] === false;
  } catch {
    return false;
  }
}

function startEngine(ctx: RunContext, adapter: SiteAdapter, options: RunOptions): void {

  const tracked = new Map<string, Tracked>();
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
      const record: Tracked = { item: entry.item, element: entry.element };
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

  const drawBadge = (entry: FoundItem, labels?: Labels): Badge | undefined => {
    if (entry.item.isOwnerReply) return undefined;
    const badge = createBadge(() => {
      void sendMessage('openPanel', { itemId: entry.item.id }).catch(() => undefined);
    });
    // After the item's first child (usually its header line), else at its start.
    const anchor = entry.element.firstElementChild;
    if (anchor) anchor.after(badge.host);
    else entry.element.prepend(badge.host);
    const record: Tracked = { item: entry.item, element: entry.element, badge, labels };
    paintBadge(record);
    return badge;
  };

  const paintBadge = (record: Tracked) => {
    if (!record.badge) return;
    if (!record.labels) return record.badge.setTone('pending');
    const why = record.labels.reasons.slice(0, 2).join('; ');
    record.badge.setTone(record.labels.tone, record.item.hasOwnerReply ? `answered. ${why}` : why);
  };

  const scheduleScan = () => {
    if (scanScheduled || ctx.signal.aborted) return;
    scanScheduled = true;
    if ('requestIdleCallback' in window) window.requestIdleCallback(scan, { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(scan, 50);
  };

  const observer = new MutationObserver((mutations) => {
    // Our own badges are the only nodes we add; ignore bursts made only of them.
    const onlyOurs = mutations.every((m) =>
      Array.from(m.addedNodes).every((n) => n instanceof Element && n.localName === 'replybook-badge'),
    );
    if (!onlyOurs) scheduleScan();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });

  const resetForNavigation = () => {
    for (const record of tracked.values()) record.badge?.remove();
    tracked.clear();
    isFreshPage = true;
    scheduleScan();
  };
  ctx.addEventListener?.(window, 'wxt:locationchange', resetForNavigation);

  const forThisTab = <T>(tabId: number | undefined, run: () => Promise<T> | T): Promise<T> | T => {
    // On extension pages every open page hears runtime messages: answer only our own.
    if (options.ownTabId !== undefined && tabId !== undefined && tabId !== options.ownTabId) {
      return new Promise<T>(() => undefined);
    }
    return run();
  };

  const removeInsert = onValidatedMessage('insertReply', (data) =>
    forThisTab(data.tabId, () => insertForItem(data.itemId, data.text)),
  );
  const removeFocus = onValidatedMessage('focusItem', (data) =>
    forThisTab(data.tabId, () => {
      const record = tracked.get(data.itemId);
      if (!record || !record.element.isConnected) return { ok: false };
      record.element.scrollIntoView({ block: 'center', behavior: 'smooth' });
      const target = record.element as HTMLElement;
      const previous = target.style.outline;
      target.style.outline = '3px solid #2b5cab';
      setTimeout(() => (target.style.outline = previous), 1500);
      return { ok: true };
    }),
  );
  const removeRescan = onValidatedMessage('rescan', (data) =>
    forThisTab(data.tabId, () => {
      isFreshPage = true;
      scan();
      return { count: tracked.size };
    }),
  );

  const insertForItem = async (itemId: string, text: string): Promise<InsertResult> => {
    const record = tracked.get(itemId);
    if (!record) return { ok: false, message: 'That item is no longer on this page. Scroll to it or reload.' };
    if (!adapter.reply) return { ok: false, message: `${adapter.name} has no reply box Replybook can reach.` };
    let { open, box } = findReplyBox(record.element, adapter, document);
    if (!box && open) {
      open.click(); // the site's Reply control, never its Post button
      box = await waitFor(() => findReplyBox(record.element, adapter, document).box, REPLY_BOX_WAIT_MS);
    } else if (box && open && adapter.reply.openFirst && !record.element.contains(box)) {
      // That box may be another composer (a new post, not a reply): use the one Reply opens.
      // If none opens, a box below the item is its inline reply box (X status pages); one
      // above it is the page's new-post composer (X home timeline) and is never used.
      const shown = box;
      const before = new Set(findAllReplyBoxes(document, adapter));
      open.click();
      const opened = await waitFor(() => findAllReplyBoxes(document, adapter).find((b) => !before.has(b)), REPLY_BOX_WAIT_MS);
      const isBelowItem = (record.element.compareDocumentPosition(shown) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      box = opened ?? (isBelowItem && shown.isConnected ? shown : undefined);
    }
    if (!box) return { ok: false, message: 'Could not find the reply box for this item. Open it on the page, then try again.' };
    box.scrollIntoView({ block: 'center' });
    const outcome = await insertIntoEditor(box, text, { editor: adapter.reply.editor });
    return { ok: outcome.ok, strategy: outcome.strategy, message: outcome.message, copiedToClipboard: outcome.copiedToClipboard };
  };

  scan();

  ctx.signal.addEventListener('abort', () => {
    observer.disconnect();
    removeInsert();
    removeFocus();
    removeRescan();
    for (const record of tracked.values()) record.badge?.remove();
    tracked.clear();
  });
}

function waitFor<T>(probe: () => T | undefined, timeoutMs: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const started = Date.now();
    const tick = () => {
      const value = probe();
      if (value !== undefined || Date.now() - started > timeoutMs) return resolve(value);
      setTimeout(tick, 50);
    };
    tick();
  });
}
