// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReplybookDB } from './db';
import { exportAll, importJson } from './export';
import { inboxPage, listResponses, openItems } from './queries';
import { freshDb, labelsFor, makeItem, makeResponse } from './testing';
import { logResponse, markItemsHandled, recordItemsSeen, setToneCorrection } from './writes';

const T0 = 1_750_000_000_000;
let db: ReplybookDB;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

const seen = (id: string, tone: 'negative' | 'neutral' | 'positive', extra: Parameters<typeof makeItem>[0] = {}) => ({
  item: makeItem({ id, text: `text of ${id}`, ...extra }),
  labels: labelsFor(tone),
  pageUrl: 'https://www.yelp.com/biz/cafe',
});

describe('the inbox index (items nothing was done about)', () => {
  it('holds items seen and not answered, worst then longest waiting first; owner replies on the page count as handled', async () => {
    await recordItemsSeen(db, [seen('happy', 'positive'), seen('angry', 'negative')], T0);
    await recordItemsSeen(
      db,
      [seen('meh', 'neutral'), seen('angryLater', 'negative'), seen('answeredOnPage', 'negative', { hasOwnerReply: true })],
      T0 + 1000,
    );
    await recordItemsSeen(db, [seen('postedLongAgo', 'negative', { postedAt: new Date(T0 - 86_400_000).toISOString() })], T0 + 2000);
    expect((await openItems(db)).map((item) => item.id)).toEqual(['postedLongAgo', 'angry', 'angryLater', 'meh', 'happy']);
    expect((await db.items.get('answeredOnPage'))!.handled).toBe('repliedOnPage');
    const page = await inboxPage(db, { offset: 1, limit: 2 });
    expect(page).toMatchObject({ more: true });
    expect(page.rows.map((item) => item.id)).toEqual(['angry', 'angryLater']);
    expect((await inboxPage(db, { offset: 3, limit: 2 })).more).toBe(false);
  });

  it('an item leaves the inbox when a response is logged, and stays out when the page reports it again', async () => {
    await recordItemsSeen(db, [seen('a', 'negative'), seen('b', 'negative')], T0);
    await logResponse(db, makeResponse({ item: { id: 'a', text: 'text of a' }, action: 'copied', repliedAt: T0 + 10 }));
    await recordItemsSeen(db, [seen('a', 'negative'), seen('b', 'negative')], T0 + 20);
    expect((await openItems(db)).map((item) => item.id)).toEqual(['b']);
    expect((await db.items.get('a'))!.handled).toBe('copied');
  });

  it('a tone correction moves an open item to its new place', async () => {
    await recordItemsSeen(db, [seen('x', 'positive'), seen('y', 'negative')], T0);
    await setToneCorrection(db, 'x', 'negative', T0 + 1);
    await setToneCorrection(db, 'y', 'positive', T0 + 2);
    expect((await openItems(db)).map((item) => item.id)).toEqual(['x', 'y']);
  });
});

describe('markItemsHandled (the inbox bulk actions)', () => {
  it('logs one response per item with the action and no reply, which the log lists, searches and tallies', async () => {
    await recordItemsSeen(
      db,
      [seen('one', 'negative', { text: 'Cold soup again' }), seen('two', 'neutral'), seen('three', 'negative')],
      T0,
    );
    const rows = await markItemsHandled(db, ['one', 'two', 'missing', 'one'], 'ignored', T0 + 500);
    expect(rows.map((row) => [row.itemId, row.action, row.replyText, row.tone, row.repliedAt])).toEqual([
      ['one', 'ignored', '', 'negative', T0 + 500],
      ['two', 'ignored', '', 'neutral', T0 + 500],
    ]);
    expect((await openItems(db)).map((item) => item.id)).toEqual(['three']);
    expect((await db.items.get('one'))!.handled).toBe('ignored');
    const log = await listResponses(db, { action: 'ignored', text: 'cold soup' });
    expect(log.rows.map((row) => row.itemId)).toEqual(['one']);
    const tallies = await db.tallies.toArray();
    expect(tallies.map((tally) => [tally.site, tally.tone, tally.responses]).sort()).toEqual([
      ['yelp', 'negative', 1],
      ['yelp', 'neutral', 1],
    ]);
  });

  it('refuses a bad action or id list and writes nothing', async () => {
    await recordItemsSeen(db, [seen('one', 'negative')], T0);
    await expect(markItemsHandled(db, ['one'], 'posted' as never)).rejects.toThrow(/action/);
    await expect(markItemsHandled(db, [''], 'answered')).rejects.toThrow(/itemIds/);
    expect(await db.responses.count()).toBe(0);
    expect((await openItems(db)).map((item) => item.id)).toEqual(['one']);
  });
});

describe('the inbox after an export and import', () => {
  it('keeps what was done about each item, and the open ones in their order', async () => {
    await recordItemsSeen(
      db,
      [seen('open1', 'negative'), seen('open2', 'positive'), seen('onPage', 'negative', { hasOwnerReply: true })],
      T0,
    );
    await logResponse(db, makeResponse({ item: { id: 'done', text: 'answered one' }, action: 'inserted', repliedAt: T0 + 5 }));
    await markItemsHandled(db, ['open2'], 'ignored', T0 + 6);
    const file = await exportAll(db, T0 + 10);
    const other = freshDb();
    try {
      expect((await importJson(other, JSON.stringify(file))).ok).toBe(true);
      expect((await openItems(other)).map((item) => item.id)).toEqual(['open1']);
      expect((await other.items.bulkGet(['onPage', 'open2', 'done'])).map((item) => item?.handled)).toEqual([
        'repliedOnPage',
        'ignored',
        'inserted',
      ]);
    } finally {
      await other.delete();
    }
  });
});
