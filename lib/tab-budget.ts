import type { LabelledItem } from '@/lib/messaging/protocol';
import type { TabState } from '@/lib/tab-state';

/**
 * Limits that keep one busy tab from breaking the others. storage.session holds
 * 10 MB for every tab together; without a bound, one page that keeps adding
 * reviews filled it (about 1,800 items) and every other tab's panel went empty.
 */
export const TAB_BUDGET = {
  /** Items kept per tab: the newest (last reported) ones. */
  maxItems: 400,
  /** Bytes of JSON per tab's state (items are cut to the newest that fit). */
  maxBytes: 1_500_000,
  /** Bytes for all tabs' states together, under Chrome's 10 MB session quota. */
  maxTotalBytes: 8_000_000,
  /** A tab state not updated for this long is evicted first when space is needed. */
  staleAfterMs: 6 * 3_600_000,
} as const;

/** Caps on the rows one page can make the extension write to the `items` table. */
export const WRITE_BUDGET = {
  /** Items recorded per page (tab + URL) in all. */
  perPage: 1000,
  /** Items recorded per tab in one minute. */
  perMinute: 300,
  windowMs: 60_000,
} as const;

/** What the tab's items are, with what had to be left out. */
export interface TrimmedItems<T extends LabelledItem = LabelledItem> {
  items: T[];
  /** How many older items were left out to stay within the budget (0 when none). */
  dropped: number;
}

/** JSON size of a value, as storage counts it (near enough: UTF-16 length of the JSON). */
export function jsonSize(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * The tab's items after a report: the previous ones (unless the page was scanned
 * afresh) updated by id, new ones appended, then only the newest that fit
 * `maxItems` and `maxBytes` kept. `droppedBefore` counts what earlier reports left out.
 */
export function mergeTabItems<T extends LabelledItem>(
  previous: T[],
  incoming: T[],
  {
    replace,
    droppedBefore = 0,
    maxItems = TAB_BUDGET.maxItems,
    maxBytes = TAB_BUDGET.maxBytes,
  }: {
    replace: boolean;
    droppedBefore?: number;
    maxItems?: number;
    maxBytes?: number;
  },
): TrimmedItems<T> {
  const byId = new Map<string, T>();
  if (!replace) for (const item of previous) byId.set(item.id, item);
  for (const item of incoming) {
    // A re-reported item moves to the end: it is on the page now.
    byId.delete(item.id);
    byId.set(item.id, item);
  }
  const all = [...byId.values()];
  const kept: T[] = [];
  let bytes = 0;
  for (let index = all.length - 1; index >= 0 && kept.length < maxItems; index -= 1) {
    const size = jsonSize(all[index]) + 1;
    if (bytes + size > maxBytes && kept.length > 0) break;
    bytes += size;
    kept.push(all[index]!);
  }
  kept.reverse();
  return { items: kept, dropped: (replace ? 0 : droppedBefore) + (all.length - kept.length) };
}

export interface StoredTab {
  key: string;
  tabId: number;
  updatedAt: number;
  bytes: number;
}

/**
 * Which other tabs' states to remove so that `needed` more bytes fit: first those of
 * closed tabs, then stale ones, then the least recently updated. The tab being
 * written is never chosen.
 */
export function tabsToEvict(
  stored: StoredTab[],
  {
    openTabIds,
    keepTabId,
    needed,
    now,
    maxTotalBytes = TAB_BUDGET.maxTotalBytes,
    staleAfterMs = TAB_BUDGET.staleAfterMs,
  }: {
    openTabIds: ReadonlySet<number>;
    keepTabId: number;
    needed: number;
    now: number;
    maxTotalBytes?: number;
    staleAfterMs?: number;
  },
): string[] {
  const others = stored.filter((tab) => tab.tabId !== keepTabId);
  const closed = others.filter((tab) => !openTabIds.has(tab.tabId));
  const evict = new Set(closed.map((tab) => tab.key));
  let total = stored.reduce((sum, tab) => sum + (evict.has(tab.key) || tab.tabId === keepTabId ? 0 : tab.bytes), 0);
  const rank = (tab: StoredTab) => (now - tab.updatedAt > staleAfterMs ? 0 : 1);
  const candidates = others.filter((tab) => !evict.has(tab.key)).sort((a, b) => rank(a) - rank(b) || a.updatedAt - b.updatedAt);
  for (const tab of candidates) {
    if (total + needed <= maxTotalBytes) break;
    evict.add(tab.key);
    total -= tab.bytes;
  }
  return [...evict];
}

/** The per-page and per-minute write allowance of one tab, kept in its state. */
export interface WriteAllowance {
  pageUrl: string;
  recordedOnPage: number;
  windowStart: number;
  recordedInWindow: number;
}

/**
 * How many of `wanted` new items this tab may record now, and the allowance after.
 * A new page URL starts a new per-page count; the minute window slides by resetting.
 */
export function takeWriteAllowance(
  previous: WriteAllowance | undefined,
  pageUrl: string,
  wanted: number,
  now: number,
  budget: { perPage: number; perMinute: number; windowMs: number } = WRITE_BUDGET,
): { allowed: number; next: WriteAllowance } {
  const samePage = previous?.pageUrl === pageUrl;
  const inWindow = previous !== undefined && now - previous.windowStart < budget.windowMs;
  const base: WriteAllowance = {
    pageUrl,
    recordedOnPage: samePage ? previous!.recordedOnPage : 0,
    windowStart: inWindow ? previous!.windowStart : now,
    recordedInWindow: inWindow ? previous!.recordedInWindow : 0,
  };
  const allowed = Math.max(0, Math.min(wanted, budget.perPage - base.recordedOnPage, budget.perMinute - base.recordedInWindow));
  return {
    allowed,
    next: { ...base, recordedOnPage: base.recordedOnPage + allowed, recordedInWindow: base.recordedInWindow + allowed },
  };
}

export type { TabState };
