// @vitest-environment node
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReplybookDB } from './db';
import { exportJson, importJson } from './export';
import { computeStats, itemFigures, type DashboardStats } from './stats';
import { freshDb, labelsFor } from './testing';
import { logResponse, markItemsHandled, setToneCorrection, wipeAll, writeItemsSeen } from './writes';

// The suite's fast-check seed (fixed in CI; FC_SEED replays or randomises, tests/unit/setup.ts).
const SEED = fc.readConfigureGlobal().seed ?? 20261203;
const T0 = Date.UTC(2026, 0, 5);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SITES = ['yelp', 'x', 'trustpilot'] as const;
const TONES = ['positive', 'neutral', 'negative'] as const;

let db: ReplybookDB;
afterEach(async () => {
  await db?.delete();
});

/** One write as the extension makes them: a page seen, a reply logged, a bulk mark, a tone corrected. */
const operation = fc.oneof(
  fc.record({
    kind: fc.constant('seen' as const),
    items: fc.array(fc.record({ item: fc.nat(59), tone: fc.constantFrom(...TONES) }), { minLength: 1, maxLength: 6 }),
  }),
  fc.record({
    kind: fc.constant('reply' as const),
    item: fc.nat(59),
    tone: fc.constantFrom(...TONES),
    action: fc.constantFrom('inserted', 'copied', 'answered', 'ignored'),
    afterHours: fc.integer({ min: 0, max: 60 }),
  }),
  fc.record({
    kind: fc.constant('mark' as const),
    items: fc.array(fc.nat(59), { maxLength: 4 }),
    action: fc.constantFrom('answered', 'ignored'),
  }),
  fc.record({ kind: fc.constant('correct' as const), item: fc.nat(59), tone: fc.option(fc.constantFrom(...TONES), { nil: null }) }),
);

/** Item n: its site, and one of 12 people per site (so people come back with new items). */
const itemOf = (n: number) => {
  const site = SITES[n % SITES.length]!;
  return { id: `${site}-item-${n}`, site, kind: 'review' as const, author: `Person ${n % 12}`, text: `Review ${n}`, isOwnerReply: false };
};

async function runOperations(seed: number, count: number) {
  const operations = fc.sample(operation, { seed, numRuns: count });
  let clock = T0;
  for (const op of operations) {
    clock += 7 * HOUR; // time moves on between writes, across weeks
    if (op.kind === 'seen') {
      await writeItemsSeen(
        db,
        op.items.map(({ item, tone }) => ({ item: itemOf(item), labels: labelsFor(tone), pageUrl: 'https://example.com/' })),
        clock,
      );
    } else if (op.kind === 'reply') {
      await logResponse(
        db,
        {
          item: itemOf(op.item),
          labels: labelsFor(op.tone),
          pageUrl: 'https://example.com/',
          replyText: 'Thanks',
          action: op.action,
          repliedAt: clock + op.afterHours * HOUR,
        },
        clock,
      );
    } else if (op.kind === 'mark') {
      await markItemsHandled(
        db,
        op.items.map((n) => itemOf(n).id),
        op.action as 'answered' | 'ignored',
        clock,
      );
    } else {
      await setToneCorrection(db, itemOf(op.item).id, op.tone, clock);
    }
  }
}

type ItemFields = Pick<DashboardStats['summary'], 'negativesSeen' | 'negativesAnsweredIn24h' | 'turnarounds'>;
const fieldsOf = ({ negativesSeen, negativesAnsweredIn24h, turnarounds }: ItemFields) => ({
  negativesSeen,
  negativesAnsweredIn24h,
  turnarounds,
});

/** The kept figures equal the full computation's, in total, per week and per site. */
async function expectFiguresMatch(site?: string) {
  const options = site ? { site } : {};
  const [kept, exact] = await Promise.all([itemFigures(db, options), computeStats(db, { ...options, now: T0 + 400 * DAY })]);
  expect(fieldsOf(kept.summary), `summary ${site ?? 'all'}`).toEqual(fieldsOf(exact.summary));
  const weeks = (stats: DashboardStats) =>
    stats.weeks.filter((week) => week.negativesSeen || week.turnarounds).map((week) => ({ week: week.weekStart, ...fieldsOf(week) }));
  expect(weeks(kept)).toEqual(weeks(exact));
  const bySite = (stats: DashboardStats) =>
    stats.bySite
      .filter((row) => row.negativesSeen || row.turnarounds)
      .map((row) => ({ site: row.site, ...fieldsOf(row) }))
      .sort((a, b) => a.site.localeCompare(b.site));
  expect(bySite(kept)).toEqual(bySite(exact));
  return exact.summary;
}

describe('item figures kept on write (negatives answered within 24 h, turnarounds)', () => {
  it(`equal the full computation after seeded random writes (seed ${SEED}), for all sites and each`, async () => {
    db = freshDb();
    await runOperations(SEED, 400);
    const summary = await expectFiguresMatch();
    // The seeded writes reach every case the figures count.
    expect(summary.negativesSeen).toBeGreaterThan(0);
    expect(summary.negativesAnsweredIn24h).toBeGreaterThan(0);
    expect(summary.negativesAnsweredIn24h).toBeLessThan(summary.negativesSeen);
    expect(summary.turnarounds).toBeGreaterThan(0);
    for (const site of SITES) await expectFiguresMatch(site);
  });

  it('stay equal through an import into a log that has rows, and are cleared by a wipe', async () => {
    db = freshDb();
    await runOperations(SEED + 1, 150);
    const other = freshDb();
    const previous = db;
    db = other;
    await runOperations(SEED + 2, 150);
    db = previous;
    const imported = await importJson(db, JSON.parse(await exportJson(other, T0 + 400 * DAY)));
    await other.delete();
    expect(imported.ok).toBe(true);
    await expectFiguresMatch();
    await wipeAll(db);
    expect(await db.figures.count()).toBe(0);
  });
});
