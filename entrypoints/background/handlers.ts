import { browser } from 'wxt/browser';
import { MessageSchemas, onValidatedMessage } from '@/lib/messaging/protocol';
import { checkExtensionPageSender, checkItemsSender, type Own, type SenderInfo, type SenderVerdict } from '@/lib/messaging/senders';
import { sendToPage } from '@/lib/messaging/to-page';
import { scheduleFollowUpAlarm } from '@/lib/followups/alarms';
import { getDb } from '@/lib/storage/db';
import { confirmIntent, insertWithWriteAhead, RECOVERED_NOTE, recoverIntents } from '@/lib/storage/intents';
import { effectiveLabels } from '@/lib/panel/status';
import { toStorageProblem } from '@/lib/storage/problems';
import { setToneCorrection, writeResponse } from '@/lib/storage/writes';
import { showDueFollowUpsBadge } from './badge';
import { focusWhenFound, openItem } from './open-item';
import { openPanelForTab } from './panel';
import { labelItems, neutralItem } from './labelling';
import { labelItemsReusing } from './label-reuse';
import { afterFirstLabels, firstLabelsAnswered, itemsArrived, nextTask, settingsForReport } from './start-up';
import {
  deriveItems,
  loggedFacts,
  oneAtATime,
  recordItemsSeen,
  refreshTabs,
  rememberSelection,
  storeReport,
  type SeenReport,
} from './tab-items';

const own = (): Own => ({ id: browser.runtime.id, origin: browser.runtime.getURL('/') });

/** Refuses (throws to the sender, logs here) a message whose sender may not send it. */
function requireSender(name: string, verdict: SenderVerdict) {
  if (verdict.ok) return;
  const message = `Rejected message "${name}": ${verdict.reason}`;
  console.warn('[replybook]', message);
  throw new Error(message);
}

/** Writes to the log, settings and other stored data: extension pages only, checked before the data is parsed. */
const extensionPagesOnly = (sender: chrome.runtime.MessageSender) => checkExtensionPageSender(sender as SenderInfo, own());

/**
 * After a write: the open panels show the item's new tone or handled state (they hear the tab
 * state change). Not awaited by the writes' answers, so an Insert's answer waits for no tab; never fails the write.
 */
function itemsChanged(itemIds?: readonly string[]): Promise<void> {
  return refreshTabs(itemIds)
    .catch((error: unknown) => console.warn("[replybook] could not update the tabs' items", error))
    .then(() => showDueFollowUpsBadge())
    .then(
      () => undefined,
      (error: unknown) => console.warn('[replybook] could not set the toolbar badge', error),
    );
}

/**
 * Every message's data arrives parsed by its schema (lib/messaging/protocol.ts) and is
 * not parsed again: the handlers hand it to the storage writes as it is.
 */
export function registerMessageHandlers() {
  onValidatedMessage('itemsFound', async (data, sender) => {
    itemsArrived();
    requireSender('itemsFound', checkItemsSender(sender as SenderInfo, data, own()));
    // The content script's copy of the switches is only a hint; the real settings decide. They are
    // read (a cold start opens the database) while the items are read with the names guessed.
    const settingsRead = settingsForReport();
    const ownWords = settingsRead.then((settings) => {
      if (settings?.sites[data.siteId] === false) {
        requireSender('itemsFound', { ok: false, reason: `${data.siteName} is turned off in Settings` });
      }
      const profile = settings?.profile;
      return profile ? [profile.brand, profile.replierName, profile.dmHandle].filter((word): word is string => Boolean(word)) : [];
    });
    // Settled here so that a refused report is not also an unhandled rejection while the items are read.
    ownWords.catch(() => undefined);
    const tabId = sender.tab?.id;
    // The log is read while the items are labelled: a stored user correction of the tone wins, on the badges as in the panel.
    const facts = loggedFacts(data.items.map((item) => item.id));
    // The badges come first: the page's own replies have none, so they are read after the page is answered.
    const found = data.items.map(neutralItem);
    const badged = found.filter((item) => !item.isOwnerReply);
    const ownerReplies = found.filter((item) => item.isOwnerReply);
    // A page's whole list (its first report, as after a browser start): items the log saw with the
    // same words keep their stored labels instead of a cold read. A burst's items are new: read them.
    const reuseFor = data.replace ? data.pageUrl : undefined;
    const labelled = await labelItemsReusing(badged, ownWords, reuseFor);
    // The badges need only the labels, with the user's corrections: each item's family (its
    // patterns compiled cold after a start: 60–80 ms) is derived after the answer, for the tab's list.
    const known = await facts;
    const labels = Object.fromEntries(labelled.map((i) => [i.id, effectiveLabels(i.labels, known.get(i.id) ?? {})]));
    const settings = await settingsRead;
    if (tabId === undefined) {
      firstLabelsAnswered();
    } else {
      // After this answer, in this tab's queue (reports are stored in order): the owner replies are
      // read, the tab's list stored, then the items seen recorded in the log.
      const words = await ownWords;
      void oneAtATime(tabId, async () => {
        await nextTask();
        const first = await deriveItems(labelled, facts);
        const rest = ownerReplies.length ? await deriveItems(labelItems(ownerReplies, words), facts) : [];
        // Back in the page's order.
        let [inFirst, inRest] = [0, 0];
        const items = found.map((item) => (item.isOwnerReply ? rest[inRest++]! : first[inFirst++]!));
        // Storage trouble (a full session area, a blocked database) must not cost the page its labels.
        let seen: SeenReport | undefined;
        try {
          seen = await storeReport(tabId, data, items);
        } catch (error) {
          console.warn("[replybook] could not store the tab's items", toStorageProblem(error).message);
        }
        // The items seen go into the log after the tab's list, still in this tab's queue so that reports are recorded in order.
        const report = seen;
        if (report) void oneAtATime(tabId, () => nextTask().then(() => recordItemsSeen(report)));
        // "Open on the page" opened this tab for one of these items: scroll to it.
        const ids = items.map((item) => item.id);
        setTimeout(() => void focusWhenFound(tabId, data.pageUrl, ids).catch(() => undefined), 0);
      })
        .catch((error: unknown) => console.warn("[replybook] could not store the tab's items", error))
        // Deferred start-up work (start-up.ts) may run once this report is answered and stored.
        .finally(firstLabelsAnswered);
    }
    // The badges name a language only when it is not one the replier writes.
    return { labels, replyLanguages: settings?.profile.languages ?? ['en'] };
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

  onValidatedMessage(
    'logResponse',
    async (data) => {
      try {
        const row = await writeResponse(getDb(), data.response);
        if (row.followUpAt) await scheduleFollowUpAlarm(row.id, row.followUpAt);
        void itemsChanged([row.itemId]);
        return { ok: true as const, id: row.id };
      } catch (error) {
        return { ok: false as const, message: toStorageProblem(error).message };
      }
    },
    extensionPagesOnly,
  );

  onValidatedMessage(
    'insertAndLog',
    async (data) => {
      const db = getDb();
      const { result, row } = await insertWithWriteAhead(db, { id: data.id, response: data.response, tabId: data.tabId }, () =>
        sendToPage(data.tabId, data.pageUrl, 'insertReply', { itemId: data.itemId, text: data.text }),
      ).catch((error: unknown) => {
        throw new Error(toStorageProblem(error).message);
      });
      if (!result.ok) return { result };
      if (!row) return { result, logged: { ok: false as const, message: 'The reply was inserted but could not be logged.' } };
      if (row.followUpAt) await scheduleFollowUpAlarm(row.id, row.followUpAt).catch(() => undefined);
      void itemsChanged([row.itemId]);
      return { result, logged: { ok: true as const, id: row.id } };
    },
    extensionPagesOnly,
  );

  onValidatedMessage(
    'recoverInsert',
    async (data) => {
      const row = await confirmIntent(getDb(), data.id, { note: RECOVERED_NOTE });
      if (row?.followUpAt) await scheduleFollowUpAlarm(row.id, row.followUpAt).catch(() => undefined);
      if (row) void itemsChanged([row.itemId]);
      return { logged: row !== undefined };
    },
    extensionPagesOnly,
  );

  onValidatedMessage(
    'correctTone',
    async (data) => {
      try {
        await setToneCorrection(getDb(), data.itemId, data.tone);
      } catch (error) {
        return { ok: false as const, message: toStorageProblem(error).message };
      }
      void itemsChanged([data.itemId]);
      return { ok: true as const };
    },
    extensionPagesOnly,
  );

  onValidatedMessage('openItem', (data) => openItem(data), extensionPagesOnly);

  onValidatedMessage(
    'logChanged',
    async (data) => {
      await itemsChanged(data.itemIds);
    },
    extensionPagesOnly,
  );

  // Inserts a stopped worker or a crash interrupted are logged once the first labels are out.
  afterFirstLabels(async () => {
    const rows = await recoverIntents(getDb());
    await Promise.all(rows.filter((row) => row.followUpAt).map((row) => scheduleFollowUpAlarm(row.id, row.followUpAt!)));
    if (rows.length) await itemsChanged(rows.map((row) => row.itemId));
  }, 'could not recover interrupted inserts');

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
