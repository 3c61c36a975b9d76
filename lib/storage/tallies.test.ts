// @vitest-environment node
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ReplybookDB } from './db';
import { wipeAll } from './writes';
import { addResponseRows, logResponse, setToneCorrection } from './writes';
import { computeStats } from './stats';
import { weeklyTallies } from './tallies';
import { freshDb, makeResponse } from './testing';

const T0 = Date.UTC(2026, 10, 2, 12); // a Monday
const DAY = 86_400_000;
let db: ReplybookDB;
afterEach(async () => {
  await db?.delete();
});

async function seed() {
  const plan: Array<[string, number, 'positive' | 'neutral' | 'negative']> = [
    ['yelp', 0, 'negative'],
    ['yelp', 1, 'positive'],
    ['x', 2, 'negative'],
    ['yelp', 8, 'neutral'],
    ['x', 15, 'negative'],
    ['x', 15, 'positive'],
  ];
  const rows = [];
  for (const [site, day, tone] of plan) {
    rows.push(await logResponse(db, makeResponse({ tone, repliedAt: T0 + day * DAY, item: { site, id: `${site}-${day}-${tone}` } })));
  }
  return rows;
}

/** The weekly counts computeStats gets by reading every row, for comparison. */
async function fromEveryRow(site?: string) {
  const stats = await computeStats(db, { ...(site ? { site } : {}), now: T0 + 30 * DAY });
  return {
    weeks: stats.weeks
      .filter((week) => week.responses > 0)
      .map((week) => ({ weekStart: week.weekStart, responses: week.responses, tones: week.tones })),
    total: { responses: stats.summary.responses, tones: stats.summary.tones },
  };
}

describe('tallies kept on write', () => {
  it('match what reading every row gives, for all sites and for one', async () => {
    db = freshDb();
    await seed();
    expect(await weeklyTallies(db)).toEqual(await fromEveryRow());
    expect(await weeklyTallies(db, 'x')).toEqual(await fromEveryRow('x'));
  });

  it('move between tones when the user corrects an item, and back', async () => {
    db = freshDb();
    const [first] = await seed();
    await setToneCorrection(db, first!.itemId, 'positive');
    expect(await weeklyTallies(db)).toEqual(await fromEveryRow());
    expect((await weeklyTallies(db)).total.tones).toMatchObject({ negative: 2, positive: 3 });
    await setToneCorrection(db, first!.itemId, null);
    expect(await weeklyTallies(db)).toEqual(await fromEveryRow());
  });

  it('count imported rows and are cleared with everything else', async () => {
    db = freshDb();
    const rows = await seed();
    const other = freshDb();
    await addResponseRows(
      other,
      rows.map((row) => ({ ...row, id: `copy-${row.id}` })),
    );
    expect((await weeklyTallies(other)).total.responses).toBe(rows.length);
    await other.delete();
    await wipeAll(db);
    expect(await weeklyTallies(db)).toEqual({
      weeks: [],
      total: { responses: 0, tones: { positive: 0, neutral: 0, negative: 0, unlabelled: 0 } },
    });
  });

  it('are filled from the stored responses when a version-4 database is upgraded', async () => {
    db = freshDb();
    const rows = await seed();
    const name = db.name;
    const stored = await db.responses.toArray();
    db.close();
    await Dexie.delete(name);
    const V4_STORES = {
      responses: 'id, itemId, authorKey, repliedAt, [site+repliedAt], [site+tone+repliedAt], [tone+repliedAt], [followUpState+followUpAt]',
      authors: 'key, site, lastSeenAt',
      corrections: 'itemId',
      playbooks: 'id, order',
      templates: 'id, playbookId, order',
      settings: 'key',
      items: 'id, site, [authorKey+firstSeenAt]',
      searchBlocks: 'seq',
      intents: 'id, createdAt',
    };
    const old = new Dexie(name);
    old.version(4).stores(V4_STORES);
    await old.table('responses').bulkAdd(stored);
    old.close();
    db = new ReplybookDB(name);
    await db.open();
    expect(db.verno).toBe(8);
    expect((await weeklyTallies(db)).total.responses).toBe(rows.length);
    expect(await weeklyTallies(db)).toEqual(await fromEveryRow());
  });
});
