// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import type { ReplybookDB } from './db';
import { StorageProblemError } from './problems';
import { countDueFollowUps, dueFollowUps, followUpsInState } from './follow-ups';
import { authorHistory, peopleByRecentActivity } from './people';
import { listResponses, listSites, newestResponses, queryResponseIds, type ResponseFilters } from './queries';
import {
  clearFollowUp,
  completeFollowUp,
  logResponse,
  recordItemsSeen,
  setFollowUp,
  setNotes,
  setToneCorrection,
  snoozeFollowUp,
} from './writes';
import { freshDb, labelsFor, makeItem, makeResponse } from './testing';

const HOUR = 3_600_000;
const T0 = 1_700_000_000_000;
let db: ReplybookDB;

afterEach(async () => {
  await db?.delete();
});

describe('logResponse', () => {
  it('writes the response, its item and its author together', async () => {
    db = freshDb();
    const row = await logResponse(db, makeResponse({ firstSeenAt: T0 - HOUR, repliedAt: T0 }));
    expect(await db.responses.get(row.id)).toMatchObject({
      site: 'yelp',
      tone: 'negative',
      followUpState: 'none',
      authorKey: 'yelp:https://www.yelp.com/user_details?userid=dana',
      firstSeenAt: T0 - HOUR,
      repliedAt: T0,
    });
    expect(await db.items.get(row.itemId)).toMatchObject({ tone: 'negative', firstSeenAt: T0 - HOUR });
    expect(await db.authors.get(row.authorKey!)).toMatchObject({
      name: 'Dana K.',
      firstSeenAt: T0 - HOUR,
      lastSeenAt: T0,
    });
  });

  it('rejects bad input naming the field and writes nothing', async () => {
    db = freshDb();
    const bad = { ...makeResponse(), action: 'posted' };
    await expect(logResponse(db, bad)).rejects.toThrow(/^action: /);
    await expect(logResponse(db, { ...makeResponse(), repliedAt: 'yesterday' })).rejects.toBeInstanceOf(StorageProblemError);
    expect(await db.responses.count()).toBe(0);
    expect(await db.items.count()).toBe(0);
    expect(await db.authors.count()).toBe(0);
  });

  it('uses a stored correction over the label, and the first-seen time of a known item', async () => {
    db = freshDb();
    const item = makeItem({ id: 'known' });
    await recordItemsSeen(db, [{ item, labels: labelsFor('negative') }], T0 - 5 * HOUR);
    await setToneCorrection(db, 'known', 'neutral', T0 - 4 * HOUR);
    const row = await logResponse(db, makeResponse({ item, repliedAt: T0 }));
    expect(row.tone).toBe('neutral');
    expect(row.toneCorrection).toBe('neutral');
    expect(row.labels?.tone).toBe('negative');
    expect(row.firstSeenAt).toBe(T0 - 5 * HOUR);
  });
});

describe('setToneCorrection', () => {
  it('applies to every response to the item and to the item, and can be undone', async () => {
    db = freshDb();
    const a = await logResponse(db, makeResponse({ item: { id: 'x' }, tone: 'negative' }));
    const b = await logResponse(db, makeResponse({ item: { id: 'x' }, tone: 'negative', repliedAt: T0 + 1 }));
    const other = await logResponse(db, makeResponse({ item: { id: 'y' }, tone: 'negative' }));
    await setToneCorrection(db, 'x', 'positive');
    expect((await db.responses.get(a.id))?.tone).toBe('positive');
    expect((await db.responses.get(b.id))?.tone).toBe('positive');
    expect((await db.responses.get(other.id))?.tone).toBe('negative');
    expect((await db.items.get('x'))?.tone).toBe('positive');
    expect(await db.corrections.get('x')).toMatchObject({ tone: 'positive' });
    await setToneCorrection(db, 'x', null);
    expect(await db.responses.get(a.id)).toMatchObject({ tone: 'negative' });
    expect((await db.responses.get(a.id))?.toneCorrection).toBeUndefined();
    expect(await db.corrections.get('x')).toBeUndefined();
  });
});

describe('listResponses and queryResponseIds', () => {
  async function seed() {
    db = freshDb();
    const specs = [
      { site: 'yelp', tone: 'negative', action: 'inserted', at: 1, item: 'Cold soup, rude waiter', reply: 'We are sorry' },
      { site: 'yelp', tone: 'positive', action: 'copied', at: 2, item: 'Lovely café and staff', reply: 'Thank you!' },
      { site: 'x', tone: 'negative', action: 'inserted', at: 3, item: 'Refund please', reply: 'DM us your order' },
      { site: 'yelp', tone: 'negative', action: 'ignored', at: 4, item: 'Troll words', reply: '' },
      { site: 'facebook', tone: 'neutral', action: 'answered', at: 5, item: 'Open on Sunday?', reply: 'Yes, 9 to 5 "every" Sunday' },
    ] as const;
    const ids: string[] = [];
    for (const spec of specs) {
      const row = await logResponse(
        db,
        makeResponse({
          item: { site: spec.site, text: spec.item },
          tone: spec.tone,
          action: spec.action,
          replyText: spec.reply,
          repliedAt: T0 + spec.at * HOUR,
        }),
      );
      ids.push(row.id);
    }
    return ids;
  }

  it('pages all rows newest first with the total', async () => {
    const ids = await seed();
    const first = await listResponses(db, {}, { offset: 0, limit: 2 });
    expect(first.total).toBe(5);
    expect(first.rows.map((row) => row.id)).toEqual([ids[4], ids[3]]);
    const last = await listResponses(db, {}, { offset: 4, limit: 2 });
    expect(last.rows.map((row) => row.id)).toEqual([ids[0]]);
  });

  it('filters by site, tone, date range, action and follow-up state', async () => {
    const ids = await seed();
    expect(await queryResponseIds(db, { site: 'yelp', tone: 'negative' })).toEqual([ids[3], ids[0]]);
    expect(await queryResponseIds(db, { site: 'yelp' })).toEqual([ids[3], ids[1], ids[0]]);
    expect(await queryResponseIds(db, { tone: 'negative', from: T0 + 2 * HOUR, to: T0 + 3 * HOUR })).toEqual([ids[2]]);
    expect(await queryResponseIds(db, { from: T0 + 4 * HOUR })).toEqual([ids[4], ids[3]]);
    expect(await queryResponseIds(db, { action: 'inserted' })).toEqual([ids[2], ids[0]]);
    expect(await queryResponseIds(db, { site: 'yelp', action: 'inserted' })).toEqual([ids[0]]);
    await setFollowUp(db, ids[1]!, T0);
    expect(await queryResponseIds(db, { followUpState: 'due' })).toEqual([ids[1]]);
    expect(await queryResponseIds(db, { followUpState: 'none' })).toEqual([ids[4], ids[3], ids[2], ids[0]]);
    expect(await queryResponseIds(db, { followUpState: 'none', site: 'x' })).toEqual([ids[2]]);
    const page = await listResponses(db, { site: 'yelp', tone: 'negative', action: 'ignored' });
    expect(page).toMatchObject({ total: 1, rows: [{ id: ids[3] }] });
  });

  it('searches item and reply text by word prefixes, ignoring case and accents', async () => {
    const ids = await seed();
    expect(await queryResponseIds(db, { text: 'soup' })).toEqual([ids[0]]);
    expect(await queryResponseIds(db, { text: 'CAFE' })).toEqual([ids[1]]);
    expect(await queryResponseIds(db, { text: 'sun ever' })).toEqual([ids[4]]);
    expect(await queryResponseIds(db, { text: 'DM order' })).toEqual([ids[2]]);
    expect(await queryResponseIds(db, { text: 'sorry', site: 'x' })).toEqual([]);
    expect(await queryResponseIds(db, { text: 'nothing-like-this' })).toEqual([]);
    expect(await queryResponseIds(db, { text: '"' })).toEqual([ids[4]]);
    expect((await listResponses(db, { text: 'thank' })).rows.map((row) => row.id)).toEqual([ids[1]]);
  });

  it('gives the same ids whether it checks rows one by one or intersects index key sets', async () => {
    await seed();
    await logResponse(db, makeResponse({ item: { site: 'x', text: 'Cold again' }, tone: 'negative', repliedAt: T0 + 3 * HOUR }));
    const ids = await db.responses.toCollection().primaryKeys();
    await setFollowUp(db, ids[0]!, T0);
    const cases: ResponseFilters[] = [
      { text: 'cold' },
      { text: 'cold', site: 'x' },
      { text: 'so', tone: 'negative' },
      { action: 'inserted' },
      { action: 'inserted', tone: 'negative', from: T0 + 2 * HOUR },
      { followUpState: 'due' },
      { followUpState: 'none', site: 'yelp' },
      { text: '"' },
      { text: 'w', action: 'inserted', to: T0 + 3 * HOUR },
    ];
    for (const filters of cases) {
      const oneByOne = await queryResponseIds(db, filters);
      const bySets = await queryResponseIds(db, filters, { smallSet: -1 });
      expect(bySets, JSON.stringify(filters)).toEqual(oneByOne);
    }
    // Same repliedAt: newest first, then id descending, in both paths.
    expect(await queryResponseIds(db, { tone: 'negative', text: 'cold' })).toHaveLength(2);
  });

  it('reads the newest rows first for filters one index range answers, and not for others', async () => {
    const ids = await seed();
    expect((await newestResponses(db, {}, 2))!.map((row) => row.id)).toEqual([ids[4], ids[3]]);
    expect((await newestResponses(db, { site: 'yelp', tone: 'negative', to: T0 + 3 * HOUR }, 5))!.map((row) => row.id)).toEqual([ids[0]]);
    expect(await newestResponses(db, { text: 'soup' }, 5)).toBeUndefined();
    expect(await newestResponses(db, { action: 'ignored' }, 5)).toBeUndefined();
  });

  it('lists the distinct sites', async () => {
    await seed();
    expect(await listSites(db)).toEqual(['facebook', 'x', 'yelp']);
  });

  it('works on an empty database', async () => {
    db = freshDb();
    expect(await listResponses(db, { text: 'x', site: 'yelp' })).toEqual({ total: 0, rows: [] });
    expect(await peopleByRecentActivity(db)).toEqual({ total: 0, people: [] });
    expect(await dueFollowUps(db, T0)).toEqual([]);
  });
});

describe('notes', () => {
  it('stores and clears notes; an unknown id is a not-found problem', async () => {
    db = freshDb();
    const row = await logResponse(db, makeResponse());
    await setNotes(db, row.id, 'Called her back');
    expect((await db.responses.get(row.id))?.notes).toBe('Called her back');
    await setNotes(db, row.id, '  ');
    expect((await db.responses.get(row.id))?.notes).toBeUndefined();
    await expect(setNotes(db, 'nope', 'x')).rejects.toMatchObject({ problem: { kind: 'not-found' } });
  });
});

describe('people', () => {
  it('follows one person across visits and detects a turnaround', async () => {
    db = freshDb();
    const person = { author: 'Sam', authorUrl: 'https://www.yelp.com/user_details?userid=sam' };
    await recordItemsSeen(db, [{ item: makeItem({ id: 'first', ...person }), labels: labelsFor('negative') }], T0);
    await logResponse(db, makeResponse({ item: { id: 'first', ...person }, tone: 'negative', repliedAt: T0 + HOUR }));
    let history = await authorHistory(db, 'yelp:' + person.authorUrl);
    expect(history.turnaround).toBeUndefined();
    await recordItemsSeen(
      db,
      [{ item: makeItem({ id: 'later', ...person, text: 'Came back, much better!' }), labels: labelsFor('positive') }],
      T0 + 48 * HOUR,
    );
    history = await authorHistory(db, 'yelp:' + person.authorUrl);
    expect(history.items.map((item) => item.id)).toEqual(['first', 'later']);
    expect(history.responses).toHaveLength(1);
    expect(history.turnaround).toMatchObject({ from: 'negative', to: 'positive', answeredItemId: 'first', laterItemId: 'later' });
    expect(history.author).toMatchObject({ lastSeenAt: T0 + 48 * HOUR });
  });

  it('is not a turnaround when the latest later item is as negative, or came before our reply', async () => {
    db = freshDb();
    const person = { author: 'Lee' };
    await recordItemsSeen(db, [{ item: makeItem({ id: 'early', ...person, authorUrl: undefined }), labels: labelsFor('positive') }], T0);
    await logResponse(
      db,
      makeResponse({ item: { id: 'answered', ...person, authorUrl: undefined }, tone: 'negative', repliedAt: T0 + HOUR }),
    );
    await recordItemsSeen(
      db,
      [{ item: makeItem({ id: 'again', ...person, authorUrl: undefined }), labels: labelsFor('negative') }],
      T0 + 2 * HOUR,
    );
    expect((await authorHistory(db, 'yelp:lee')).turnaround).toBeUndefined();
  });

  it('sorts people by recent activity with their tone over time', async () => {
    db = freshDb();
    await logResponse(db, makeResponse({ item: { author: 'Old', authorUrl: undefined }, repliedAt: T0 }));
    await logResponse(db, makeResponse({ item: { author: 'New', authorUrl: undefined }, tone: 'positive', repliedAt: T0 + HOUR }));
    const { total, people } = await peopleByRecentActivity(db);
    expect(total).toBe(2);
    expect(people.map((person) => person.author.name)).toEqual(['New', 'Old']);
    expect(people[0]).toMatchObject({ itemCount: 1, responseCount: 1, tones: [{ tone: 'positive' }] });
  });

  it('skips owner replies when recording items', async () => {
    db = freshDb();
    const count = await recordItemsSeen(db, [{ item: makeItem({ isOwnerReply: true }) }, { item: makeItem() }], T0);
    expect(count).toBe(1);
    expect(await db.items.count()).toBe(1);
  });
});

describe('follow-ups', () => {
  it('sets, lists due, snoozes, completes and clears', async () => {
    db = freshDb();
    const a = await logResponse(db, makeResponse({ repliedAt: T0 }));
    const b = await logResponse(db, makeResponse({ repliedAt: T0, followUpAt: T0 + 10 * HOUR }));
    expect(b.followUpState).toBe('due');
    await setFollowUp(db, a.id, T0 + HOUR);
    expect((await dueFollowUps(db, T0)).map((row) => row.id)).toEqual([]);
    expect((await dueFollowUps(db, T0 + 2 * HOUR)).map((row) => row.id)).toEqual([a.id]);
    expect((await dueFollowUps(db, T0 + 11 * HOUR)).map((row) => row.id)).toEqual([a.id, b.id]);
    await snoozeFollowUp(db, a.id, T0 + 24 * HOUR);
    expect((await dueFollowUps(db, T0 + 11 * HOUR)).map((row) => row.id)).toEqual([b.id]);
    expect(await countDueFollowUps(db, T0 + 25 * HOUR)).toBe(2);
    expect((await followUpsInState(db, 'snoozed')).map((row) => row.id)).toEqual([a.id]);
    await completeFollowUp(db, b.id, T0 + 12 * HOUR);
    expect(await db.responses.get(b.id)).toMatchObject({ followUpState: 'done', followUpDoneAt: T0 + 12 * HOUR });
    expect((await dueFollowUps(db, T0 + 25 * HOUR)).map((row) => row.id)).toEqual([a.id]);
    await clearFollowUp(db, a.id);
    expect(await db.responses.get(a.id)).toMatchObject({ followUpState: 'none' });
    expect(await countDueFollowUps(db, T0 + 100 * HOUR)).toBe(0);
    await expect(setFollowUp(db, a.id, -5)).rejects.toThrow(/followUpAt/);
  });
});
