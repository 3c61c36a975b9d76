import { browser, type Browser } from 'wxt/browser';
import { getDb, type ReplybookDB } from '@/lib/storage/db';
import { countDueFollowUps } from '@/lib/storage/follow-ups';

/**
 * Follow-up reminders, as one summary: "12 follow-ups due", never one notification per
 * row (5,308 overdue rows once made 500 notifications within 4 s of starting the browser).
 * One alarm fires at the next follow-up time (and a periodic one catches anything missed);
 * each firing counts what is due with one index query and shows or updates the single
 * summary notification when that count grew since the last one shown.
 *
 * The toolbar badge means one thing at a time, as the user chose in Settings: the current
 * tab's unanswered negatives, or the follow-ups due (entrypoints/background/badge.ts).
 */
const LEGACY_ALARM_PREFIX = 'followup:';
const NOTIFICATION_PREFIX = 'followup:';
/** The single notification; created again under the same id, it replaces the old one. */
export const SUMMARY_NOTIFICATION = 'followups-due';
/** Fires at the next follow-up time. */
export const NEXT_ALARM = 'followups-next';
/** Periodic check: a follow-up can come due while nothing else fires. */
const CHECK_ALARM = 'followup-badge';
const CHECK_PERIOD_MINUTES = 15;
/** Start-up work waits this long (alarms cannot fire sooner): the first pages' badges come first. */
const STARTUP_DELAY_MINUTES = 0.5;
/** What the last summary said, so an unchanged count is not shown again (session: cleared with the browser). */
const LAST_SUMMARY_KEY = 'followUpSummary';

/** @deprecated per-row alarms are gone; kept for clearing alarms made by older versions. */
export function followUpAlarmName(responseId: string): string {
  return LEGACY_ALARM_PREFIX + responseId;
}

/** Make sure the next-follow-up alarm fires no later than `when`. */
export async function scheduleFollowUpAlarm(_responseId: string, when: number): Promise<void> {
  const existing = await browser.alarms.get(NEXT_ALARM);
  if (existing && existing.scheduledTime <= when) return;
  await browser.alarms.create(NEXT_ALARM, { when });
}

async function nextFollowUpAt(db: ReplybookDB, now: number): Promise<number | undefined> {
  const next = await Promise.all(
    (['due', 'snoozed'] as const).map((state) =>
      db.responses.where('[followUpState+followUpAt]').between([state, now], [state, Infinity], false, true).first(),
    ),
  );
  const times = next.map((row) => row?.followUpAt).filter((at): at is number => at !== undefined);
  return times.length ? Math.min(...times) : undefined;
}

function iconUrl(): string {
  // The manifest's largest icon; WXT puts icons under /icon/<size>.png by convention.
  let path = '/icon/128.png';
  try {
    const icons = browser.runtime.getManifest().icons as Record<string, string> | undefined;
    const sizes = Object.keys(icons ?? {})
      .map(Number)
      .sort((a, b) => b - a);
    if (sizes[0] !== undefined) path = icons![String(sizes[0])]!;
  } catch {
    // getManifest is unavailable in some test environments; keep the conventional path.
  }
  // Icons are not in WXT's typed public paths until they exist in public/.
  return (browser.runtime.getURL as (path: string) => string)(path);
}

export function summaryText(due: number): { title: string; message: string } {
  return {
    title: due === 1 ? '1 follow-up due' : `${due.toLocaleString('en-US')} follow-ups due`,
    message: 'Open the Follow-ups page of the Replybook dashboard to see them.',
  };
}

/**
 * Counts what is due and shows (or replaces) the one summary notification when the count
 * grew since the last summary; removes it when nothing is due. Then sets the next alarm.
 * Returns the number due.
 */
export async function checkFollowUps(db: ReplybookDB = getDb(), now = Date.now()): Promise<number> {
  const due = await countDueFollowUps(db, now);
  const last = Number((await browser.storage.session.get(LAST_SUMMARY_KEY))[LAST_SUMMARY_KEY] ?? 0) || 0;
  if (due === 0) {
    if (last) await browser.notifications.clear(SUMMARY_NOTIFICATION);
  } else if (due > last) {
    const { title, message } = summaryText(due);
    await browser.notifications.create(SUMMARY_NOTIFICATION, { type: 'basic', iconUrl: iconUrl(), title, message, priority: 1 });
  }
  await browser.storage.session.set({ [LAST_SUMMARY_KEY]: due });
  const next = await nextFollowUpAt(db, now);
  if (next !== undefined) await browser.alarms.create(NEXT_ALARM, { when: next });
  else await browser.alarms.clear(NEXT_ALARM);
  return due;
}

/**
 * Handle an alarm: every follow-up alarm (the next one, the periodic check, and per-row
 * alarms left by older versions) leads to the same single check. Returns the
 * notification id when a summary was shown or updated.
 */
export async function handleAlarm(
  alarm: Pick<Browser.alarms.Alarm, 'name'>,
  db: ReplybookDB = getDb(),
  now = Date.now(),
): Promise<string | undefined> {
  const ours = alarm.name === NEXT_ALARM || alarm.name === CHECK_ALARM || alarm.name.startsWith(LEGACY_ALARM_PREFIX);
  if (!ours) return undefined;
  const before = Number((await browser.storage.session.get(LAST_SUMMARY_KEY))[LAST_SUMMARY_KEY] ?? 0) || 0;
  const due = await checkFollowUps(db, now);
  return due > before ? SUMMARY_NOTIFICATION : undefined;
}

/** The dashboard URL that opens one response's detail view. */
export function dashboardUrlFor(responseId: string): string {
  return browser.runtime.getURL('/dashboard.html') + '#/log/' + encodeURIComponent(responseId);
}

/** Clicking the summary opens the Follow-ups page (a legacy per-row one, that response). */
export async function handleNotificationClick(notificationId: string): Promise<void> {
  if (notificationId === SUMMARY_NOTIFICATION) {
    await browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') + '#/followups' });
  } else if (notificationId.startsWith(NOTIFICATION_PREFIX)) {
    await browser.tabs.create({ url: dashboardUrlFor(notificationId.slice(NOTIFICATION_PREFIX.length)) });
  } else return;
  await browser.notifications.clear(notificationId);
}

/**
 * After install, update or browser start: drop per-row alarms of older versions, and set
 * the periodic check plus one alarm shortly after start-up. No database work happens
 * here, so a large log never delays the first pages' badges; the check runs when it fires.
 */
export async function restoreFollowUpAlarms(): Promise<void> {
  const legacy = (await browser.alarms.getAll()).filter((alarm) => alarm.name.startsWith(LEGACY_ALARM_PREFIX));
  await Promise.all(legacy.map((alarm) => browser.alarms.clear(alarm.name)));
  await browser.alarms.create(CHECK_ALARM, { periodInMinutes: CHECK_PERIOD_MINUTES });
  await browser.alarms.create(NEXT_ALARM, { delayInMinutes: STARTUP_DELAY_MINUTES });
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
    restoreFollowUpAlarms().catch(report);
  });
  browser.runtime.onInstalled.addListener(() => {
    restoreFollowUpAlarms().catch(report);
  });
}
