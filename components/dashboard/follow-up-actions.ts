import type { ReplybookDB, ResponseRow } from '@/lib/storage/db';
import { clearFollowUpAlarm, refreshDueBadge, scheduleFollowUpAlarm } from '@/lib/followups/alarms';
import { clearFollowUp, completeFollowUp, setFollowUp, snoozeFollowUp } from '@/lib/storage/responses';

export const DAY_MS = 86_400_000;

/** Keep the reminder alarm and the badge in step with a follow-up change (best effort). */
async function syncReminder(db: ReplybookDB, row: ResponseRow): Promise<void> {
  try {
    const pending = row.followUpState === 'due' || row.followUpState === 'snoozed';
    if (pending && row.followUpAt !== undefined) await scheduleFollowUpAlarm(row.id, row.followUpAt);
    else await clearFollowUpAlarm(row.id);
    await refreshDueBadge(db);
  } catch (error) {
    console.warn('[replybook] could not update the follow-up reminder', error);
  }
}

export async function scheduleFollowUp(db: ReplybookDB, id: string, at: number) {
  await syncReminder(db, await setFollowUp(db, id, at));
}
export async function snooze(db: ReplybookDB, id: string, until: number) {
  await syncReminder(db, await snoozeFollowUp(db, id, until));
}
export async function markDone(db: ReplybookDB, id: string) {
  await syncReminder(db, await completeFollowUp(db, id));
}
export async function removeFollowUp(db: ReplybookDB, id: string) {
  await syncReminder(db, await clearFollowUp(db, id));
}
