import { browser } from 'wxt/browser';
import { toolbarButton } from '@/lib/browser-support';
import type { PanelItem } from '@/lib/panel/status';
import { loadSettings } from '@/lib/settings/storage';
import type { ToolbarBadge } from '@/lib/settings/schema';
import { getDb } from '@/lib/storage/db';
import { countDueFollowUps } from '@/lib/storage/follow-ups';
import { TAB_STATE_PREFIX } from '@/lib/tab-state';
import { afterFirstLabels } from './start-up';

/**
 * The toolbar badge counts one thing, the one the user picked in Settings (`toolbarBadge`):
 * - 'negativesHere': per tab, the negative items on its page that nothing was done about
 *   (no logged action, no owner reply on the page); set whenever the tab's list changes.
 * - 'dueFollowUps': follow-ups due now, the same number on every tab; set when the follow-up
 *   alarms fire, when the log changes and when the setting changes.
 * A tab-specific badge wins over the global one in Chrome, so in 'dueFollowUps' the tabs that
 * got a per-tab number are given the due count too, and switching back re-derives each tab's.
 */
const BADGE_COLOR: Record<ToolbarBadge, string> = { negativesHere: '#b3261e', dueFollowUps: '#2b5cab' };

async function badgeMode(): Promise<ToolbarBadge> {
  return (await loadSettings().catch(() => undefined))?.toolbarBadge ?? 'negativesHere';
}

/** The number the 'negativesHere' badge shows for a tab's items. */
export function unansweredNegatives(items: readonly PanelItem[]): number {
  return items.filter((item) => !item.isOwnerReply && !item.handled && item.labels.tone === 'negative').length;
}

const badgeText = (count: number) => (count ? String(count) : '');

/** A tab's list changed: its badge, when the badge counts this page's negatives. */
export async function showTabBadge(tabId: number, items: readonly PanelItem[]): Promise<void> {
  if ((await badgeMode()) !== 'negativesHere') return;
  await toolbarButton().setBadgeText({ tabId, text: badgeText(unansweredNegatives(items)) });
  await toolbarButton().setBadgeBackgroundColor({ tabId, color: BADGE_COLOR.negativesHere });
}

async function storedTabIds(): Promise<number[]> {
  const keys = Object.keys(await browser.storage.session.get(null)).filter((key) => key.startsWith(TAB_STATE_PREFIX));
  return keys.map((key) => Number(key.slice(TAB_STATE_PREFIX.length))).filter(Number.isInteger);
}

/**
 * Shows the due follow-ups everywhere when that is the badge's meaning; otherwise clears the
 * global badge. Returns the number shown (undefined when the badge counts something else).
 */
export async function showDueFollowUpsBadge(now = Date.now()): Promise<number | undefined> {
  const button = toolbarButton();
  if ((await badgeMode()) !== 'dueFollowUps') {
    await button.setBadgeText({ text: '' });
    return undefined;
  }
  const due = await countDueFollowUps(getDb(), now);
  const text = badgeText(due);
  await button.setBadgeText({ text });
  await button.setBadgeBackgroundColor({ color: BADGE_COLOR.dueFollowUps });
  for (const tabId of await storedTabIds()) {
    // A closed tab's state may linger until its removal is heard.
    await button.setBadgeText({ tabId, text }).catch(() => undefined);
    await button.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR.dueFollowUps }).catch(() => undefined);
  }
  return due;
}

/**
 * Keeps the badge's meaning in step: follow-up alarms and start-up refresh the due count; a saved
 * setting (saveSettings publishes the site switches with every save) re-applies the chosen one,
 * `refreshTabs` re-deriving each tab's negatives.
 */
export function registerBadge(refreshTabs: () => Promise<void>) {
  const report = (error: unknown) => console.warn('[replybook] could not set the toolbar badge', error);
  const reapply = () =>
    void showDueFollowUpsBadge()
      .then((due) => (due === undefined ? refreshTabs() : undefined))
      .catch(report);
  browser.alarms.onAlarm.addListener(() => void showDueFollowUpsBadge().catch(report));
  // At browser start it waits for the first page's labels (start-up.ts).
  browser.runtime.onStartup.addListener(() => afterFirstLabels(reapply, 'toolbar badge'));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'siteSwitches' in changes) reapply();
  });
}
