import { browser } from 'wxt/browser';
import type { LabelledItem, MessageData } from '@/lib/messaging/protocol';
import { asLabelled, withStatus, type PanelItem } from '@/lib/panel/status';
import { getDb } from '@/lib/storage/db';
import { toStorageProblem } from '@/lib/storage/problems';
import { loggedFactsFor } from '@/lib/storage/queries';
import { writeItemsSeen } from '@/lib/storage/writes';
import { jsonSize, mergeTabItems, tabsToEvict, takeWriteAllowance, type StoredTab } from '@/lib/tab-budget';
import { TAB_STATE_PREFIX, tabStateKey, type TabState } from '@/lib/tab-state';
import { showTabBadge } from './badge';

/**
 * Each tab's list of items, as the side panel shows it, kept in storage.session: labelled
 * here, with each item's effective tone, family and handled state derived once
 * (lib/panel/status.ts) before the list is stored, and derived again whenever the log
 * changes. Only the background writes these states.
 */

/** What the log knows about these items; a log that cannot be read costs only the status. */
export async function loggedFacts(itemIds: readonly string[]): Promise<LoggedFactsById> {
  return loggedFactsFor(getDb(), itemIds).catch((error: unknown) => {
    console.warn("[replybook] could not read the log for the tab's items", toStorageProblem(error).message);
    return new Map();
  });
}
type LoggedFactsById = Awaited<ReturnType<typeof loggedFactsFor>>;

/** The items with what the log knows about them (`facts` when already read, e.g. while the items were labelled). */
export async function deriveItems(items: LabelledItem[], facts?: Promise<LoggedFactsById>): Promise<PanelItem[]> {
  const known = await (facts ?? loggedFacts(items.map((item) => item.id)));
  return items.map((item) => withStatus(item, known.get(item.id) ?? {}));
}

/** A state this background stored (storage.session is ours alone and cleared on update): not parsed again. */
export async function readTabState(tabId: number): Promise<TabState | undefined> {
  const key = tabStateKey(tabId);
  const value = (await browser.storage.session.get(key))[key] as TabState | undefined;
  return value && Array.isArray(value.items) ? value : undefined;
}

/** Items of one report to record in the log, once the page has its labels (`recordItemsSeen`). */
export interface SeenReport {
  pageUrl: string;
  items: PanelItem[];
  at: number;
}

/**
 * One report from a tab: updates the tab's stored list within its budget, evicting other tabs'
 * states (closed, stale, oldest) only when the session area is full, and returns the items to
 * record as seen (within the page's write allowance). Recording them is left to the caller
 * (`recordItemsSeen`), so the page's labels need not wait for the log's write.
 */
export async function storeReport(tabId: number, data: MessageData<'itemsFound'>, items: PanelItem[]): Promise<SeenReport> {
  const stored = await readTabState(tabId);
  const samePage = stored?.pageUrl === data.pageUrl;
  const previous = samePage || !data.replace ? stored : undefined;
  const known = new Set((previous?.items ?? []).map((item) => item.id));
  const now = Date.now();

  // Every item seen, answered or not, so People can follow a person's tone over time;
  // a page may add only so many rows per visit and per minute.
  const unseen = items.filter((item) => !known.has(item.id) && !item.isOwnerReply);
  const { allowed, next: writes } = takeWriteAllowance(stored?.writes, data.pageUrl, unseen.length, now);
  const toRecord = [...items.filter((item) => known.has(item.id)), ...unseen.slice(0, allowed)];
  if (unseen.length > allowed) console.warn(`[replybook] tab ${tabId}: recorded ${allowed} of ${unseen.length} new items (write cap)`);

  const merged = mergeTabItems(data.replace ? [] : (previous?.items ?? []), items, {
    replace: data.replace,
    droppedBefore: previous?.itemsDropped ?? 0,
  });
  const state: TabState = {
    tabId,
    pageUrl: data.pageUrl,
    siteId: data.siteId,
    siteName: data.siteName,
    items: merged.items,
    diagnostics: data.diagnostics,
    selectedItemId: stored?.selectedItemId,
    ...(merged.dropped ? { itemsDropped: merged.dropped } : {}),
    writes,
    updatedAt: now,
  };
  await writeTabState(state);
  await showTabBadge(tabId, state.items);
  return { pageUrl: data.pageUrl, items: toRecord, at: now };
}

/** Records a report's items in the log (`storeReport` chose them); a failed write is logged, never thrown. */
export async function recordItemsSeen(report: SeenReport): Promise<void> {
  await writeItemsSeen(
    getDb(),
    report.items.map(asLabelled).map(({ labels, ...item }) => ({ item, labels, pageUrl: report.pageUrl })),
    report.at,
  ).catch((error: unknown) => console.warn('[replybook] could not record seen items', toStorageProblem(error).message));
}

/**
 * The log changed (a response logged, a tone corrected, an import, a wipe): derive the
 * status of the stored tabs' items again, for the tabs holding one of `itemIds` (all without).
 */
export async function refreshTabs(itemIds?: readonly string[]): Promise<void> {
  const wanted = itemIds ? new Set(itemIds) : undefined;
  const keys = Object.keys(await browser.storage.session.get(null)).filter((key) => key.startsWith(TAB_STATE_PREFIX));
  for (const key of keys) {
    const tabId = Number(key.slice(TAB_STATE_PREFIX.length));
    await oneAtATime(tabId, async () => {
      const state = await readTabState(tabId);
      if (!state || (wanted && !state.items.some((item) => wanted.has(item.id)))) return;
      // updatedAt stays: it is when the page last reported, which the panel keys its selection on.
      const items = await deriveItems(state.items.map(asLabelled));
      await writeTabState({ ...state, items });
      await showTabBadge(tabId, items);
    }).catch((error: unknown) => console.warn(`[replybook] could not update tab ${tabId}'s items`, toStorageProblem(error).message));
  }
}

async function writeTabState(state: TabState): Promise<void> {
  const key = tabStateKey(state.tabId);
  try {
    await browser.storage.session.set({ [key]: state });
    return;
  } catch (error) {
    console.warn("[replybook] session storage is full; evicting other tabs' lists", toStorageProblem(error).message);
  }
  await evictOtherTabs(state.tabId, jsonSize(state));
  try {
    await browser.storage.session.set({ [key]: state });
  } catch {
    // Still no room: keep the newest half of this tab's items rather than nothing.
    const kept = state.items.slice(Math.floor(state.items.length / 2));
    await browser.storage.session.set({
      [key]: { ...state, items: kept, itemsDropped: (state.itemsDropped ?? 0) + state.items.length - kept.length },
    });
  }
}

async function evictOtherTabs(keepTabId: number, needed: number) {
  const all = (await browser.storage.session.get(null)) as Record<string, unknown>;
  const stored: StoredTab[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(TAB_STATE_PREFIX)) continue;
    const tab = value as Partial<TabState> | undefined;
    stored.push({ key, tabId: Number(key.slice(TAB_STATE_PREFIX.length)), updatedAt: Number(tab?.updatedAt) || 0, bytes: jsonSize(value) });
  }
  const openTabIds = new Set((await browser.tabs.query({})).map((tab) => tab.id).filter((id): id is number => id !== undefined));
  const evict = tabsToEvict(stored, { openTabIds, keepTabId, needed, now: Date.now() });
  if (evict.length) await browser.storage.session.remove(evict);
}

// Reports from one tab update its stored list by read-modify-write; run them in order
// so that two quick bursts cannot overwrite each other. (Only ordering lives here: a
// stopped worker loses nothing but the queue.)
const tabQueues = new Map<number, Promise<void>>();
export function oneAtATime(tabId: number, update: () => Promise<void>): Promise<void> {
  const next = (tabQueues.get(tabId) ?? Promise.resolve()).then(update);
  const settled = next.catch(() => undefined);
  tabQueues.set(tabId, settled);
  void settled.then(() => {
    if (tabQueues.get(tabId) === settled) tabQueues.delete(tabId);
  });
  return next;
}

export async function rememberSelection(tabId: number, itemId: string) {
  const state = await readTabState(tabId);
  if (state) await browser.storage.session.set({ [tabStateKey(tabId)]: { ...state, selectedItemId: itemId } });
}
