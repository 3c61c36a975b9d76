import { browser, type Browser } from 'wxt/browser';
import { toolbarButton } from '@/lib/browser-support';
import { getDb, type ReplybookDB, type ResponseRow } from '@/lib/storage/db';
import { countDueFollowUps, pendingFollowUps } from '@/lib/storage/responses';

/**
 * Follow-up reminders: one alarm per pending follow-up (alarms survive the
 * service worker stopping), a notification when one fires, and the toolbar
 * badge showing how many are due. Re-created from the database on startup.
 */
const ALARM_PREFIX = 'followup:';
const NOTIFICATION_PREFIX = 'followup:';
/** Also refresh the badge now and then: a follow-up can come due while nothing fires. */
const BADGE_ALARM = 'followup-badge';

export function followUpAlarmName(responseId: string): string {
  return ALARM_PREFIX + responseId;
}

/** Create (or move) the reminder for one response's follow-up. */
export async function scheduleFollowUpAlarm(responseId: string, when: number): Promise<void> {
  await browser.alarms.create(followUpAlarmName(responseId), { when });
}

export async function clearFollowUpAlarm(responseId: string): Promise<void> {
  await browser.alarms.clear(followUpAlarmName(responseId));
}

/** The toolbar badge = number of follow-ups due now (empty when none). */
export async function refreshDueBadge(db: ReplybookDB = getDb(), now = Date.now()): Promise<number> {
  const due = await countDueFollowUps(db, now);
  await toolbarButton().setBadgeText({ text: due > 0 ? String(due) : '' });
  return due;
}

function iconUrl(): string {
  // The manifest's largest icon; WXT puts icons under /icon/<size>.png by convention.
  let path = '/icon/128.png';
  try {
    const icons = browser.runtime.getManifest().icons as Record<string, string> | undefined;
    const sizes = Object.keys(icons ?? {}).map(Number).sort((a, b) => b - a);
    if (sizes[0] !== undefined) path = icons![String(sizes[0])]!;
  } catch {
    // getManifest is unavailable in some test environments; keep the conventional path.
  }
  // Icons are not in WXT's typed public paths until they exist in public/.
  return (browser.runtime.getURL as (path: string) => string)(path);
}

function notificationText(row: ResponseRow): { title: string; message: string } {
  const who = row.authorName ? `${row.authorName} on ${row.site}` : `an item on ${row.site}`;
  const excerpt = row.itemText.length > 180 ? row.itemText.slice(0, 177) + '…' : row.itemText;
  return { title: `Follow up with ${who}`, message: excerpt || '(no text)' };
}

/**
 * Handle an alarm: for a follow-up that is still pending, show a notification
 * and refresh the badge. Returns the notification id, if one was shown.
 */
export async function handleAlarm(
  alarm: Pick<Browser.alarms.Alarm, 'name'>,
  db: ReplybookDB = getDb(),
  now = Date.now(),
): Promise<string | undefined> {
  if (alarm.name === BADGE_ALARM) {
    await refreshDueBadge(db, now);
    return undefined;
  }
  if (!alarm.name.startsWith(ALARM_PREFIX)) return undefined;
  const responseId = alarm.name.slice(ALARM_PREFIX.length);
  const row = await db.responses.get(responseId);
  let shown: string | undefined;
  if (row && (row.followUpState === 'due' || row.followUpState === 'snoozed')) {
    const { title, message } = notificationText(row);
    shown = await browser.notifications.create(NOTIFICATION_PREFIX + responseId, {
      type: 'basic',
      iconUrl: iconUrl(),
      title,
      message,
      priority: 1,
    });
  }
  await refreshDueBadge(db, now);
  return shown;
}

/** The dashboard URL that opens one response's detail view. */
export function dashboardUrlFor(responseId: string): string {
  return browser.runtime.getURL('/options.html') + '#/log/' + encodeURIComponent(responseId);
}

/** Clicking a follow-up notification opens the dashboard at that response. */
export async function handleNotificationClick(notificationId: string): Promise<void> {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
  const responseId = notificationId.slice(NOTIFICATION_PREFIX.length);
  await browser.tabs.create({ url: dashboardUrlFor(responseId) });
  await browser.notifications.clear(notificationId);
}

/** Re-create an alarm for every pending follow-up (after install, update or browser start). */
export async function restoreFollowUpAlarms(db: ReplybookDB = getDb(), now = Date.now()): Promise<number> {
  const pending = await pendingFollowUps(db);
  for (const row of pending) {
    // Past times fire right away, so nothing due while the browser was closed is missed.
    await scheduleFollowUpAlarm(row.id, Math.max(row.followUpAt ?? now, now + 1000));
  }
  await browser.alarms.create(BADGE_ALARM, { periodInMinutes: 15 });
  await refreshDueBadge(db, now);
  return pending.length;
}

/**
 * Wire follow-up reminders into the background service worker. Call once,
 * synchronously, from `defineBackground`'s main (listeners must be added at
 * top level so events wake the worker).
 */
export function registerFollowUpHandlers(db: ReplybookDB = getDb()): void {
  const report = (error: unknown) => console.warn('[replybook] follow-up:', error);
  browser.alarms.onAlarm.addListener((alarm) => {
    handleAlarm(alarm, db).catch(report);
  });
  browser.notifications.onClicked.addListener((id) => {
    handleNotificationClick(id).catch(report);
  });
  browser.runtime.onStartup.addListener(() => {
    restoreFollowUpAlarms(db).catch(report);
  });
  browser.runtime.onInstalled.addListener(() => {
    restoreFollowUpAlarms(db).catch(report);
  });
}
