import type { ReplybookDB, ResponseRow } from '@/lib/storage/db';
import { checkFollowUps } from '@/lib/followups/alarms';
import { clearFollowUp, completeFollowUp, setFollowUp, snoozeFollowUp } from '@/lib/storage/writes';
import { tellPanelsLogChanged } from './log-changed';

export const DAY_MS = 86_400_000;

/**
 * Keep the one next-follow-up alarm, the summary notification and the toolbar badge in step
 * with a change (best effort): the check recounts what is due and sets the alarm to the next time.
 */
async function syncReminder(db: ReplybookDB, row: ResponseRow): Promise<void> {
  // The background recounts the due follow-ups when the toolbar badge shows them.
  tellPanelsLogChanged([row.itemId]);
  try {
    await checkFollowUps(db);
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
