import { afterEach, describe, expect, test } from 'vitest';
import { ReplybookDB, type ResponseRow } from './db';

const dbs: ReplybookDB[] = [];
const freshDb = () => {
  const db = new ReplybookDB(`test-${crypto.randomUUID()}`);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const row = (over: Partial<ResponseRow> = {}): ResponseRow => ({
  id: crypto.randomUUID(),
  itemId: 'item-1',
  site: 'demo',
  pageUrl: 'chrome-extension://x/demo.html',
  itemText: 'Cold coffee again',
  replyText: 'Sorry to hear that',
  action: 'inserted',
  firstSeenAt: 1_700_000_000_000,
  repliedAt: 1_700_000_100_000,
  followUpState: 'none',
  tone: 'negative',
  ...over,
});

describe('ReplybookDB', () => {
  test('opens with the tables every view relies on', async () => {
    const db = freshDb();
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['authors', 'corrections', 'playbooks', 'responses', 'settings', 'templates'].sort(),
    );
  });

  test('stores responses and finds them by the indexed fields', async () => {
    const db = freshDb();
    await db.responses.bulkAdd([row(), row({ site: 'yelp', tone: 'positive' }), row({ site: 'yelp', repliedAt: 5 })]);
    expect(await db.responses.where('site').equals('yelp').count()).toBe(2);
    expect(await db.responses.where('tone').equals('negative').count()).toBe(2);
    const recentYelp = await db.responses.where('[site+repliedAt]').between(['yelp', 10], ['yelp', Infinity]).toArray();
    expect(recentYelp).toHaveLength(1);
  });
});
