import { browser } from 'wxt/browser';
import { browserLanguageOf, toolbarButton } from '@/lib/browser-support';
import { classify } from '@/lib/classifier';
import { readItem } from '@/lib/reading';
import type { Labels } from '@/lib/classifier/labels';
import { MessageSchemas, onValidatedMessage, type LabelledItem } from '@/lib/messaging/protocol';
import { scheduleFollowUpAlarm } from '@/lib/followups/alarms';
import { toStorageProblem } from '@/lib/storage/problems';
import { logResponse, recordItemsSeen } from '@/lib/storage/responses';
import type { Item } from '@/lib/sites/item';
import { getDb } from '@/lib/storage/db';
import { parseTabState, tabStateKey, type TabState } from '@/lib/tab-state';
import { openPanelForTab } from './panel';

export function registerMessageHandlers() {
  onValidatedMessage('itemsFound', async (data, sender) => {
    const tabId = sender.tab?.id;
    const labelled = await labelItems(data.items);
    // Every item seen, answered or not, so People can follow a person's tone over time.
    await recordItemsSeen(
      getDb(),
      labelled.map(({ labels, ...item }) => ({ item, labels, pageUrl: data.pageUrl })),
    ).catch((error: unknown) => console.warn('[replybook] could not record seen items', toStorageProblem(error).message));
    if (tabId !== undefined) await oneAtATime(tabId, async () => {
      const key = tabStateKey(tabId);
      const previous = data.replace ? undefined : parseTabState((await browser.storage.session.get(key))[key]);
      const byId = new Map<string, LabelledItem>((previous?.items ?? []).map((i) => [i.id, i]));
      for (const item of labelled) byId.set(item.id, item);
      const state: TabState = {
        tabId,
        pageUrl: data.pageUrl,
        siteId: data.siteId,
        siteName: data.siteName,
        items: [...byId.values()],
        diagnostics: data.diagnostics,
        selectedItemId: previous?.selectedItemId,
        updatedAt: Date.now(),
      };
      await browser.storage.session.set({ [key]: state });
      await showNegativeCount(tabId, state.items);
    });
    return { labels: Object.fromEntries(labelled.map((i) => [i.id, i.labels])) };
  });

  onValidatedMessage('openPanel', (data, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { ok: false };
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

  onValidatedMessage('logResponse', async (data) => {
    try {
      const row = await logResponse(getDb(), data.response);
      if (row.followUpAt) await scheduleFollowUpAlarm(row.id, row.followUpAt);
      return { ok: true as const, id: row.id };
    } catch (error) {
      return { ok: false as const, message: toStorageProblem(error).message };
    }
  });

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

/** Reads each item (language, tone with stars, flags, questions, points); a stored user correction of the tone wins. */
async function labelItems(items: Item[]): Promise<LabelledItem[]> {
  // The browser's detector where it is sure; the reading's own (eld) everywhere else.
  const languages = await Promise.all(items.map((item) => browserLanguageOf([item.title, item.text].filter(Boolean).join('\n'))));
  const labels: Labels[] = items.map((item, index) =>
    readItem(
      { text: item.text, title: item.title, rating: item.rating, ratingMax: item.ratingMax, author: item.author },
      { classify, ...(languages[index] ? { language: languages[index] } : {}) },
    ),
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
