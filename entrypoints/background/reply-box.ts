import { browser } from 'wxt/browser';
import { classify } from '@/lib/classifier';
import { onValidatedMessage, type ReplyBoxAssist } from '@/lib/messaging/protocol';
import { checkSiteSender, type SenderInfo } from '@/lib/messaging/senders';
import type { PanelItem } from '@/lib/panel/status';
import { draftToneOf } from '@/lib/playbooks/draft-check';
import { ownNamesOf } from '@/lib/playbooks/draft-check';
import { reviewDraft } from '@/lib/playbooks/draft-review';
import { listPlaybooks } from '@/lib/playbooks/store';
import { suggestReplies } from '@/lib/playbooks/suggest';
import { loadSettings } from '@/lib/settings/storage';
import { expandPhrase } from '@/lib/shortcuts/expand';
import { getDb } from '@/lib/storage/db';
import { readTabState } from './tab-items';

const own = () => ({ id: browser.runtime.id, origin: browser.runtime.getURL('/') });
const toneOf = draftToneOf(classify);

/** Refuses a message from a script that may not speak for this site (thrown to the sender, logged here). */
function requireSite(name: string, sender: chrome.runtime.MessageSender, siteId: string) {
  const verdict = checkSiteSender(sender as SenderInfo, siteId, own());
  if (verdict.ok) return;
  const message = `Rejected message "${name}": ${verdict.reason}`;
  console.warn('[replybook]', message);
  throw new Error(message);
}

/** The item of the sender's own tab (as the background labelled it), never another tab's. */
async function itemOfSenderTab(sender: chrome.runtime.MessageSender, itemId: string): Promise<PanelItem | undefined> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return undefined;
  const state = await readTabState(tabId);
  return state?.items.find((item) => item.id === itemId);
}

/**
 * Replybook beside the site's own reply box (issue 14). Content scripts ask; everything is
 * computed here, from the real settings in IndexedDB, the tab's labelled items and the user's
 * playbooks; nothing leaves the browser. The chip answers only where the user turned it on.
 */
export function registerReplyBoxHandlers() {
  onValidatedMessage('replyBoxSetup', async (data, sender) => {
    requireSite('replyBoxSetup', sender, data.siteId);
    const settings = await loadSettings();
    const siteOn = settings.sites[data.siteId] !== false;
    return {
      chip: siteOn && settings.replyBox.chipSites[data.siteId] === true,
      // Names only: a phrase is filled and sent when its shortcut is typed.
      shortcuts: siteOn ? settings.replyBox.shortcuts.map((shortcut) => shortcut.name) : [],
    };
  });

  onValidatedMessage('replyBoxAssist', async (data, sender) => {
    requireSite('replyBoxAssist', sender, data.siteId);
    const settings = await loadSettings();
    if (settings.sites[data.siteId] === false || settings.replyBox.chipSites[data.siteId] !== true) {
      return { ok: false as const, message: 'The chip is off for this site (Settings → Reply boxes).' };
    }
    const item = await itemOfSenderTab(sender, data.itemId);
    if (!item) return { ok: false as const, message: 'Replybook has not read the item this box answers yet.' };
    const review = reviewDraft(data.draft, {
      item,
      labels: item.labels,
      site: data.siteId,
      toneOf,
      ownNames: ownNamesOf(settings.profile),
    });
    const playbooks = await listPlaybooks(getDb()).catch(() => undefined);
    const result = suggestReplies({ item, labels: item.labels, site: data.siteId, profile: settings.profile, playbooks, toneOf, count: 1 });
    const top = result.suggestions[0];
    const answer: ReplyBoxAssist = {
      ok: true,
      check: {
        warnings: review.warnings.map(({ rule, severity, message }) => ({ rule, severity, message })),
        gaps: review.gaps,
        length: review.length,
        maxChars: review.limit.maxChars,
        blocked: review.blocked,
      },
      ...(top ? { suggestion: { text: top.text, why: top.why, gaps: top.gaps } } : {}),
      ...(result.notice ? { notice: result.notice } : {}),
    };
    return answer;
  });

  onValidatedMessage('expandShortcut', async (data, sender) => {
    requireSite('expandShortcut', sender, data.siteId);
    const settings = await loadSettings();
    if (settings.sites[data.siteId] === false) return { ok: false as const, message: 'Replybook is off for this site.' };
    const shortcut = settings.replyBox.shortcuts.find((candidate) => candidate.name === data.name);
    if (!shortcut) return { ok: false as const, message: `${data.name} is not one of your shortcuts.` };
    const item = data.itemId ? await itemOfSenderTab(sender, data.itemId) : undefined;
    const { text, unfilled } = expandPhrase(shortcut.phrase, {
      ...(item ? { item, labels: item.labels } : {}),
      site: data.siteId,
      profile: settings.profile,
    });
    return { ok: true as const, text, unfilled };
  });
}
