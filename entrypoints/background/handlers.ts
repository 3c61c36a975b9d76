import { browser } from 'wxt/browser';
import { toolbarButton } from '@/lib/browser-support';
import { classify } from '@/lib/classifier';
import { readItem } from '@/lib/reading';
import type { Labels } from '@/lib/classifier/labels';
import { MessageSchemas, onValidatedMessage, type LabelledItem, type MessageData } from '@/lib/messaging/protocol';
import { checkExtensionPageSender, checkItemsSender, type Own, type SenderInfo, type SenderVerdict } from '@/lib/messaging/senders';
import { scheduleFollowUpAlarm } from '@/lib/followups/alarms';
import { toStorageProblem } from '@/lib/storage/problems';
import { logResponse, recordItemsSeen } from '@/lib/storage/writes';
import type { Item } from '@/lib/sites/item';
import { getDb } from '@/lib/storage/db';
import { jsonSize, mergeTabItems, tabsToEvict, takeWriteAllowance, type StoredTab } from '@/lib/tab-budget';
import { parseTabState, TAB_STATE_PREFIX, tabStateKey, type TabState } from '@/lib/tab-state';
import { loadSettings } from '@/lib/settings/storage';
import { sendToPage } from '@/lib/messaging/to-page';
import { neutralText } from '@/lib/display/text';
import { confirmIntent, insertWithWriteAhead, RECOVERED_NOTE, recoverIntents } from '@/lib/storage/intents';
import { openPanelForTab } from './panel';

const own = (): Own => ({ id: browser.runtime.id, origin: browser.runtime.getURL('/') });

/** Refuses (throws to the sender, logs here) a message whose sender may not send it. */
function requireSender(name: string, verdict: SenderVerdict) {
  if (verdict.ok) return;
  const message = `Rejected message "${name}": ${verdict.reason}`;
  console.warn('[replybook]', message);
  throw new Error(message);
}

export function registerMessageHandlers() {
  onValidatedMessage('itemsFound', async (data, sender) => {
    requireSender('itemsFound', checkItemsSender(sender as SenderInfo, data, own()));
    // The content script's copy of the switches is only a hint; the real settings decide.
    if ((await loadSettings().catch(() => undefined))?.sites[data.siteId] === false) {
      requireSender('itemsFound', { ok: false, reason: `${data.siteName} is turned off in Settings` });
    }
    const tabId = sender.tab?.id;
    const labelled = await labelItems(data.items.map(neutralItem));
    const labels = Object.fromEntries(labelled.map((i) => [i.id, i.labels]));
    if (tabId !== undefined) {
      // Storage trouble (a full session area, a blocked database) must not cost the page its labels.
      await oneAtATime(tabId, () => storeReport(tabId, data, labelled)).catch((error: unknown) =>
        console.warn('[replybook] could not store the tab\'s items', toStorageProblem(error).message),
      );
    }
    return { labels };
  });

  onValidatedMessage('openPanel', (data, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.id !== browser.runtime.id) return { ok: false };
    // Open first, synchronously, while the click's user gesture still counts.
    const opening = openPanelForTab(tabId, sender.tab?.windowId).catch((error: unknown) => {
      console.warn('[replybook] could not open the side panel', error);
    });
    return opening.then(async () => {
      const itemId = data.itemId;
      if (itemId) await oneAtATime(tabId, () => rememberSelection(tabId, itemId));
      return { ok: true };
    });
  });

  onValidatedMessage('logResponse', async (data, sender) => {
    requireSender('logResponse', checkExtensionPageSender(sender as SenderInfo, own()));
    try {
      const row = await logResponse(getDb(), data.response);
      if (row.followUpAt) await scheduleFollowUpAlarm(row.id, row.followUpAt);
      return { ok: true as const, id: row.id };
    } catch (error) {
      return { ok: false as const, message: toStorageProblem(error).message };
    }
  });

  onValidatedMessage('insertAndLog', async (data, sender) => {
    requireSender('insertAndLog', checkExtensionPageSender(sender as SenderInfo, own()));
    const db = getDb();
    const { result, row } = await insertWithWriteAhead(db, { id: data.id, response: data.response, tabId: data.tabId }, () =>
      sendToPage(data.tabId, data.pageUrl, 'insertReply', { itemId: data.itemId, text: data.text }),
    ).catch((error: unknown) => {
      throw new Error(toStorageProblem(error).message);
    });
    if (!result.ok) return { result };
    if (!row) return { result, logged: { ok: false as const, message: 'The reply was inserted but could not be logged.' } };
    if (row.followUpAt) await scheduleFollowUpAlarm(row.id, row.followUpAt).catch(() => undefined);
    return { result, logged: { ok: true as const, id: row.id } };
  });

  onValidatedMessage('recoverInsert', async (data, sender) => {
    requireSender('recoverInsert', checkExtensionPageSender(sender as SenderInfo, own()));
    const row = await confirmIntent(getDb(), data.id, { note: RECOVERED_NOTE });
    if (row?.followUpAt) await scheduleFollowUpAlarm(row.id, row.followUpAt).catch(() => undefined);
    return { logged: row !== undefined };
  });

  // Inserts a stopped worker or a crash interrupted are logged once things are quiet.
  setTimeout(() => {
    void recoverIntents(getDb())
      .then((rows) => Promise.all(rows.filter((row) => row.followUpAt).map((row) => scheduleFollowUpAlarm(row.id, row.followUpAt!))))
      .catch((error: unknown) => console.warn('[replybook] could not recover interrupted inserts', error));
  }, RECOVERY_DELAY_MS);

  // Messages that are not ours (or not yet known) are logged, never acted on.
  browser.runtime.onMessage.addListener((message: unknown) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !KNOWN_TYPES.has(type)) {
      console.warn('[replybook] ignored a message of unknown shape or type', type ?? typeof message);
    }
    return undefined;
  });
}

const KNOWN_TYPES = new Set(Object.keys(MessageSchemas));
/** Start-up work waits this long so it never delays the first page's badges. */
const RECOVERY_DELAY_MS = 5_000;

/**
 * One report from a tab: records the items seen (within the page's write allowance),
 * then updates the tab's stored list within its budget, evicting other tabs' states
 * (closed, stale, oldest) only when the session area is full.
 */
async function storeReport(tabId: number, data: MessageData<'itemsFound'>, labelled: LabelledItem[]) {
  const key = tabStateKey(tabId);
  const stored = parseTabState((await browser.storage.session.get(key))[key]);
  const samePage = stored?.pageUrl === data.pageUrl;
  const previous = samePage || !data.replace ? stored : undefined;
  const known = new Set((previous?.items ?? []).map((item) => item.id));
  const now = Date.now();

  // Every item seen, answered or not, so People can follow a person's tone over time;
  // a page may add only so many rows per visit and per minute.
  const unseen = labelled.filter((item) => !known.has(item.id) && !item.isOwnerReply);
  const { allowed, next: writes } = takeWriteAllowance(stored?.writes, data.pageUrl, unseen.length, now);
  const toRecord = [...labelled.filter((item) => known.has(item.id)), ...unseen.slice(0, allowed)];
  if (unseen.length > allowed) console.warn(`[replybook] tab ${tabId}: recorded ${allowed} of ${unseen.length} new items (write cap)`);
  await recordItemsSeen(
    getDb(),
    toRecord.map(({ labels, ...item }) => ({ item, labels, pageUrl: data.pageUrl })),
    now,
  ).catch((error: unknown) => console.warn('[replybook] could not record seen items', toStorageProblem(error).message));

  const merged = mergeTabItems(data.replace ? [] : (previous?.items ?? []), labelled, {
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
  await showNegativeCount(tabId, state.items);
}

async function writeTabState(state: TabState): Promise<void> {
  const key = tabStateKey(state.tabId);
  try {
    await browser.storage.session.set({ [key]: state });
    return;
  } catch (error) {
    console.warn('[replybook] session storage is full; evicting other tabs\' lists', toStorageProblem(error).message);
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
function oneAtATime(tabId: number, update: () => Promise<void>): Promise<void> {
  const next = (tabQueues.get(tabId) ?? Promise.resolve()).then(update);
  const settled = next.catch(() => undefined);
  tabQueues.set(tabId, settled);
  void settled.then(() => {
    if (tabQueues.get(tabId) === settled) tabQueues.delete(tabId);
  });
  return next;
}

async function rememberSelection(tabId: number, itemId: string) {
  const key = tabStateKey(tabId);
  const state = parseTabState((await browser.storage.session.get(key))[key]);
  if (state) await browser.storage.session.set({ [key]: { ...state, selectedItemId: itemId } });
}

/**
 * Page text as Replybook keeps it: no bidirectional controls (a name "\u202EnimdA" must not
 * read "Admin" in the panel, the log or a reply quoting it) and no lone surrogates.
 */
function neutralItem(item: Item): Item {
  return {
    ...item,
    text: neutralText(item.text),
    ...(item.author !== undefined ? { author: neutralText(item.author) } : {}),
    ...(item.title !== undefined ? { title: neutralText(item.title) } : {}),
    ...(item.timeText !== undefined ? { timeText: neutralText(item.timeText) } : {}),
  };
}

/** Reads each item (language, tone with stars, flags, questions, points); a stored user correction of the tone wins. */
async function labelItems(items: Item[]): Promise<LabelledItem[]> {
  // One detector (the reading's own, eld) in every browser and in the CLI: Chromium's and
  // Firefox's i18n.detectLanguage disagree on some reviews, and the Firefox suite showed the
  // same page reading differently in the two browsers when the browser's answer was used.
  const labels: Labels[] = items.map((item) =>
    readItem({ text: item.text, title: item.title, rating: item.rating, ratingMax: item.ratingMax, author: item.author }, { classify }),
  );
  const corrections = await getDb()
    .corrections.bulkGet(items.map((item) => item.id))
    .catch(() => []);
  return items.map((item, index) => {
    const base = labels[index] as Labels;
    const correction = corrections[index];
    const applied: Labels = correction
      ? { ...base, tone: correction.tone, reasons: [`corrected by you to ${correction.tone}`, ...base.reasons] }
      : base;
    return { ...item, labels: applied };
  });
}

async function showNegativeCount(tabId: number, items: LabelledItem[]) {
  const waiting = items.filter((i) => !i.isOwnerReply && !i.hasOwnerReply && i.labels.tone === 'negative').length;
  await toolbarButton().setBadgeText({ tabId, text: waiting ? String(waiting) : '' });
  await toolbarButton().setBadgeBackgroundColor({ tabId, color: '#b3261e' });
}
