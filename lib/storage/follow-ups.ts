import type { FollowUpState, ReplybookDB, ResponseRow } from './db';

/**
 * The follow-up state machine: none → due (scheduled) → snoozed ⇄ due → done, and back to
 * none when cleared. Each transition is a change to one row; writes.ts applies it in the
 * log's one write path. The queries below read the [followUpState+followUpAt] index.
 */
export type FollowUpTransition = (row: ResponseRow) => void;

/** Schedule (or move) a follow-up. */
export const scheduleFollowUp =
  (at: number): FollowUpTransition =>
  (row) => {
    row.followUpAt = at;
    row.followUpState = 'due';
    delete row.followUpDoneAt;
  };

export const snoozeUntil =
  (until: number): FollowUpTransition =>
  (row) => {
    row.followUpAt = until;
    row.followUpState = 'snoozed';
  };

export const completeAt =
  (now: number): FollowUpTransition =>
  (row) => {
    row.followUpState = 'done';
    row.followUpDoneAt = now;
  };

export const clearSchedule = (): FollowUpTransition => (row) => {
  row.followUpState = 'none';
  delete row.followUpAt;
  delete row.followUpDoneAt;
};

function pendingUntil(db: ReplybookDB, state: 'due' | 'snoozed', until: number) {
  return db.responses.where('[followUpState+followUpAt]').between([state, -Infinity], [state, until], true, true);
}

/** Follow-ups whose time has come (scheduled or snoozed), oldest first. */
export async function dueFollowUps(db: ReplybookDB, now = Date.now()): Promise<ResponseRow[]> {
  const [due, snoozed] = await Promise.all([pendingUntil(db, 'due', now).toArray(), pendingUntil(db, 'snoozed', now).toArray()]);
  return [...due, ...snoozed].sort((a, b) => (a.followUpAt ?? 0) - (b.followUpAt ?? 0));
}

export async function countDueFollowUps(db: ReplybookDB, now = Date.now()): Promise<number> {
  const [due, snoozed] = await Promise.all([pendingUntil(db, 'due', now).count(), pendingUntil(db, 'snoozed', now).count()]);
  return due + snoozed;
}

/** Follow-ups in one state, by their time (done: most recent first). */
export async function followUpsInState(db: ReplybookDB, state: Exclude<FollowUpState, 'none'>, limit = 500): Promise<ResponseRow[]> {
  const range = db.responses.where('[followUpState+followUpAt]').between([state, -Infinity], [state, Infinity], true, true);
  return (state === 'done' ? range.reverse() : range).limit(limit).toArray();
}
