import type { ReplybookDB, ResponseRow } from './db';
import type { ResponseData } from './schemas';
import { logResponse } from './writes';

/**
 * Write-ahead for Insert. The reply is recorded as an intent before its text goes to the
 * page and becomes a log row (with the intent's id) once the page took it. A worker that
 * stops, a panel that closes or a browser that crashes in between leaves the intent, and
 * recovery logs it then: the text most likely reached the reply box, so the row says so.
 */

/** An intent older than this with no answer is taken as interrupted (an Insert takes < 5 s). */
export const INTENT_RECOVERY_AFTER_MS = 60_000;
export const RECOVERED_NOTE = "Logged after an interrupted Insert: the reply may be in the page's reply box; check it before posting.";

/** Records the intent. The response was parsed where it arrived (the insertAndLog message). */
export async function recordIntent(
  db: ReplybookDB,
  intent: { id: string; response: ResponseData; tabId: number },
  now = Date.now(),
): Promise<void> {
  await db.intents.put({ id: intent.id, response: { ...intent.response, id: intent.id }, tabId: intent.tabId, createdAt: now });
}

/**
 * Turns the intent into its log row, in one transaction with the intent's removal.
 * Idempotent: a second call (the panel and recovery racing) returns the row already logged.
 */
export async function confirmIntent(db: ReplybookDB, id: string, options: { note?: string } = {}): Promise<ResponseRow | undefined> {
  return db.transaction(
    'rw',
    [db.intents, db.responses, db.authors, db.items, db.corrections, db.searchBlocks, db.tallies, db.figures],
    async () => {
      const [intent, logged] = await Promise.all([db.intents.get(id), db.responses.get(id)]);
      if (logged) {
        if (intent) await db.intents.delete(id);
        return logged;
      }
      if (!intent) return undefined;
      // Read back from the database, possibly written by an earlier version: parsed again by logResponse.
      const response = intent.response as { notes?: string };
      const notes = options.note ? [response.notes, options.note].filter(Boolean).join('\n') : response.notes;
      const row = await logResponse(db, { ...response, id, ...(notes ? { notes } : {}) });
      await db.intents.delete(id);
      return row;
    },
  );
}

/** The page did not take the text: nothing to log. */
export async function dropIntent(db: ReplybookDB, id: string): Promise<void> {
  await db.intents.delete(id);
}

/** Logs every intent left older than `olderThanMs` (after a stopped worker or a crash). */
export async function recoverIntents(db: ReplybookDB, now = Date.now(), olderThanMs = INTENT_RECOVERY_AFTER_MS): Promise<ResponseRow[]> {
  const stale = await db.intents
    .where('createdAt')
    .belowOrEqual(now - olderThanMs)
    .primaryKeys();
  const rows: ResponseRow[] = [];
  for (const id of stale) {
    try {
      const row = await confirmIntent(db, id, { note: RECOVERED_NOTE });
      if (row) rows.push(row);
    } catch (error) {
      // A row that cannot be logged any more (e.g. it no longer validates) stays for the user to see.
      console.warn('[replybook] could not log an interrupted insert', id, error);
    }
  }
  return rows;
}

export interface InsertOutcome<R> {
  result: R;
  /** Set when the page took the text: the row logged for it. */
  row?: ResponseRow;
}

/**
 * The whole Insert: intent first, then the page, then the log row. When the page says it
 * did not take the text, the intent is dropped. When the channel to the page fails, the
 * intent is dropped too (the text did not reach a content script).
 */
export async function insertWithWriteAhead<R extends { ok: boolean }>(
  db: ReplybookDB,
  intent: { id: string; response: ResponseData; tabId: number },
  insert: () => Promise<R>,
): Promise<InsertOutcome<R>> {
  await recordIntent(db, intent);
  let result: R;
  try {
    result = await insert();
  } catch (error) {
    await dropIntent(db, intent.id);
    throw error;
  }
  if (!result.ok) {
    await dropIntent(db, intent.id);
    return { result };
  }
  const row = await confirmIntent(db, intent.id);
  return { result, ...(row ? { row } : {}) };
}
