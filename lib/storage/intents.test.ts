// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import type { ReplybookDB } from './db';
import { confirmIntent, insertWithWriteAhead, INTENT_RECOVERY_AFTER_MS, recordIntent, RECOVERED_NOTE, recoverIntents } from './intents';
import { freshDb, makeResponse } from './testing';

let db: ReplybookDB;
afterEach(async () => {
  await db?.delete();
});

const T0 = 1_700_000_000_000;
const response = () => {
  const { repliedAt: _at, ...rest } = makeResponse({ replyText: 'Sorry about that, Dana.' });
  return rest;
};

describe('write-ahead for Insert', () => {
  it('records the intent before the page is asked, and logs the row under its id once the page took it', async () => {
    db = freshDb();
    const outcome = await insertWithWriteAhead(db, { id: 'i1', response: response(), tabId: 3 }, async () => {
      // While the page inserts, the intent is already stored: a crash now loses nothing.
      expect(await db.intents.get('i1')).toMatchObject({ id: 'i1', tabId: 3 });
      return { ok: true };
    });
    expect(outcome.row).toMatchObject({ id: 'i1', action: 'inserted', replyText: 'Sorry about that, Dana.' });
    expect(await db.intents.count()).toBe(0);
    expect(await db.responses.get('i1')).toBeDefined();
  });

  it('logs nothing when the page did not take the text or could not be reached', async () => {
    db = freshDb();
    expect((await insertWithWriteAhead(db, { id: 'no', response: response(), tabId: 3 }, async () => ({ ok: false }))).row).toBeUndefined();
    await expect(
      insertWithWriteAhead(db, { id: 'gone', response: response(), tabId: 3 }, async () => Promise.reject(new Error('no receiver'))),
    ).rejects.toThrow('no receiver');
    expect(await db.intents.count()).toBe(0);
    expect(await db.responses.count()).toBe(0);
  });

  it('recovers an intent a stopped worker left behind, once, with a note', async () => {
    db = freshDb();
    await recordIntent(db, { id: 'left', response: response(), tabId: 3 }, T0);
    await recordIntent(db, { id: 'fresh', response: response(), tabId: 3 }, T0 + INTENT_RECOVERY_AFTER_MS);
    const rows = await recoverIntents(db, T0 + INTENT_RECOVERY_AFTER_MS);
    expect(rows.map((row) => row.id)).toEqual(['left']);
    expect(rows[0]?.notes).toBe(RECOVERED_NOTE);
    expect(await db.intents.toCollection().primaryKeys()).toEqual(['fresh']);
    // The panel and recovery racing: confirming again returns the same row, no duplicate.
    expect((await confirmIntent(db, 'left'))?.id).toBe('left');
    expect(await db.responses.count()).toBe(1);
  });
});
