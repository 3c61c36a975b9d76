// @vitest-environment node
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReplybookDB, ResponseRow } from './db';
import { importJson, exportJson } from './export';
import { aggregateStats, computeStats, itemFigures, withItemFigures, type DashboardStats } from './stats';
import { bucketValue, DELAY_MEDIAN_PRECISION, delayBucket, histogramMedian } from './tallies';
import { freshDb, labelsFor } from './testing';
import { addResponseRows, setToneCorrection, wipeAll } from './writes';

// The suite's fast-check seed (fixed in CI; FC_SEED replays or randomises, tests/unit/setup.ts).
const SEED = fc.readConfigureGlobal().seed ?? 20261203;
const T0 = Date.UTC(2026, 0, 5); // a Monday
const DAY = 86_400_000;
const NOW = T0 + 200 * DAY;
let db: ReplybookDB;
afterEach(async () => {
  await db?.delete();
});

const TONES = ['positive', 'neutral', 'negative'] as const;
const SITES = ['yelp', 'x', 'facebook', 'trustpilot'] as const;
const ACTIONS = ['inserted', 'copied', 'answered', 'ignored'] as const;

/** Seeded random log rows: delays from one second to 60 days (log-uniform), some follow-ups. */
function randomRows(count: number, seed: number): ResponseRow[] {
  const arbitrary = fc.record({
    site: fc.constantFrom(...SITES),
    tone: fc.option(fc.constantFrom(...TONES), { nil: undefined }),
    action: fc.constantFrom(...ACTIONS),
    repliedDay: fc.integer({ min: 0, max: 180 }),
    logDelay: fc.double({ min: Math.log(1000), max: Math.log(60 * DAY), noNaN: true }),
    followUp: fc.constantFrom('none', 'due', 'snoozed', 'done'),
    followUpDay: fc.integer({ min: -30, max: 30 }),
    item: fc.integer({ min: 0, max: count }),
  });
  return fc.sample(arbitrary, { seed, numRuns: count }).map((draw, index) => {
    const repliedAt = T0 + draw.repliedDay * DAY + (index % 86_400) * 1000;
    const delay = Math.round(Math.exp(draw.logDelay)) - 1;
    const followUpAt = repliedAt + draw.followUpDay * DAY;
    return {
      id: `r${index}`,
      itemId: `i${draw.item}`,
      site: draw.site,
      pageUrl: 'https://example.com/',
      authorKey: `${draw.site}:person ${draw.item % 50}`,
      itemText: 'text',
      ...(draw.tone ? { tone: draw.tone, labels: labelsFor(draw.tone) } : {}),
      replyText: 'reply',
      action: draw.action,
      firstSeenAt: repliedAt - delay,
      repliedAt,
      followUpState: draw.followUp as ResponseRow['followUpState'],
      ...(draw.followUp !== 'none' ? { followUpAt } : {}),
      ...(draw.followUp === 'done' ? { followUpDoneAt: followUpAt + DAY } : {}),
    };
  });
}

/** Median within the histogram's documented precision of the exact one. */
function expectMedianClose(estimate: number | undefined, exact: number | undefined, where: string) {
  if (exact === undefined) {
    expect(estimate, where).toBeUndefined();
    return;
  }
  expect(estimate, where).toBeDefined();
  const allowed = exact * DELAY_MEDIAN_PRECISION.relative + DELAY_MEDIAN_PRECISION.absoluteMs;
  expect(Math.abs(estimate! - exact), `${where}: ${estimate} vs ${exact}`).toBeLessThanOrEqual(allowed);
}

/** Everything but medians equal; medians within precision (per summary, week and site). */
function expectSameStats(fromAggregates: DashboardStats, exact: DashboardStats) {
  const noMedian = <T extends { medianReplyMs?: number }>({ medianReplyMs: _median, ...rest }: T) => rest;
  expect(fromAggregates.weeks.map(noMedian)).toEqual(exact.weeks.map(noMedian));
  expect(noMedian(fromAggregates.summary)).toEqual(noMedian(exact.summary));
  expect(fromAggregates.bySite.map(noMedian)).toEqual(exact.bySite.map(noMedian));
  expectMedianClose(fromAggregates.summary.medianReplyMs, exact.summary.medianReplyMs, 'summary');
  exact.weeks.forEach((week, index) => expectMedianClose(fromAggregates.weeks[index]!.medianReplyMs, week.medianReplyMs, `week ${index}`));
  exact.bySite.forEach((site, index) => expectMedianClose(fromAggregates.bySite[index]!.medianReplyMs, site.medianReplyMs, site.site));
}

async function expectAggregatesMatch(site?: string) {
  const options = { ...(site ? { site } : {}), now: NOW };
  const quick = withItemFigures(await aggregateStats(db, options), await itemFigures(db, site ? { site } : {}));
  expectSameStats(quick, await computeStats(db, options));
}

describe('reply-delay histogram', () => {
  it('reads each delay back within the documented precision', () => {
    for (const delay of fc.sample(fc.integer({ min: 0, max: 200 * 365 * DAY }), { seed: SEED, numRuns: 2000 })) {
      const back = bucketValue(delayBucket(delay));
      expect(Math.abs(back - delay)).toBeLessThanOrEqual(delay * DELAY_MEDIAN_PRECISION.relative + DELAY_MEDIAN_PRECISION.absoluteMs);
    }
  });

  it('gives the middle value for odd counts and the mean of the two middle ones for even counts', () => {
    const one = new Map([[delayBucket(3_600_000), 1]]);
    expect(histogramMedian(one)).toBe(bucketValue(delayBucket(3_600_000)));
    const two = new Map([
      [delayBucket(60_000 * 10), 1],
      [delayBucket(60_000 * 1000), 1],
    ]);
    expect(histogramMedian(two)).toBe((bucketValue(delayBucket(600_000)) + bucketValue(delayBucket(60_000_000))) / 2);
    expect(histogramMedian(new Map())).toBeUndefined();
  });
});

describe('Numbers from aggregates kept on write', () => {
  it(`match a full computation on seeded random data (seed ${SEED}), for all sites and each site`, async () => {
    db = freshDb();
    await addResponseRows(db, randomRows(3000, SEED));
    await expectAggregatesMatch();
    for (const site of SITES) await expectAggregatesMatch(site);
  });

  it('stay consistent through tone corrections, an import and a wipe', async () => {
    db = freshDb();
    const rows = randomRows(800, SEED + 1);
    await addResponseRows(db, rows.slice(0, 500));
    await setToneCorrection(db, rows[0]!.itemId, 'positive');
    await setToneCorrection(db, rows[1]!.itemId, 'negative');
    await setToneCorrection(db, rows[0]!.itemId, null);
    await expectAggregatesMatch();

    const other = freshDb();
    await addResponseRows(other, rows.slice(300));
    const imported = await importJson(db, JSON.parse(await exportJson(other, NOW)));
    await other.delete();
    expect(imported.ok).toBe(true);
    expect(await db.responses.count()).toBe(800);
    await expectAggregatesMatch();

    await wipeAll(db);
    expect(await db.tallies.count()).toBe(0);
    const empty = await aggregateStats(db, { now: NOW });
    expect(empty.summary.responses).toBe(0);
    expect(empty.summary.medianReplyMs).toBeUndefined();
  });
});
