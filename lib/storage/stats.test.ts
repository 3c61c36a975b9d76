// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import type { ReplybookDB } from './db';
import { completeFollowUp, logResponse, recordItemsSeen, setFollowUp } from './writes';
import { computeStats, median, weekStart, WEEK_MS } from './stats';
import { freshDb, labelsFor, makeItem, makeResponse } from './testing';

const HOUR = 3_600_000;
// Monday 2024-01-01 00:00 UTC.
const MONDAY = Date.UTC(2024, 0, 1);
let db: ReplybookDB;
afterEach(async () => {
  await db?.delete();
});

describe('helpers', () => {
  it('weekStart is the Monday 00:00 UTC of the week', () => {
    expect(weekStart(MONDAY)).toBe(MONDAY);
    expect(weekStart(MONDAY + 6 * 24 * HOUR + HOUR)).toBe(MONDAY);
    expect(weekStart(MONDAY - 1)).toBe(MONDAY - WEEK_MS);
  });
  it('median of odd, even and empty lists', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });
});

describe('computeStats', () => {
  it('counts per week, tone mix, reply times, negatives within 24 h, follow-ups and turnarounds', async () => {
    db = freshDb();
    const sam = { author: 'Sam', authorUrl: undefined };
    // Week 1: a negative answered in 2 h, a negative answered after 30 h, a positive on x.
    await recordItemsSeen(db, [{ item: makeItem({ id: 'n1', ...sam }), labels: labelsFor('negative') }], MONDAY);
    await logResponse(db, makeResponse({ item: { id: 'n1', ...sam }, tone: 'negative', repliedAt: MONDAY + 2 * HOUR }));
    await recordItemsSeen(db, [{ item: makeItem({ id: 'n2' }), labels: labelsFor('negative') }], MONDAY);
    const late = await logResponse(db, makeResponse({ item: { id: 'n2' }, tone: 'negative', repliedAt: MONDAY + 30 * HOUR }));
    await logResponse(
      db,
      makeResponse({ item: { id: 'p1', site: 'x', author: 'Kim' }, tone: 'positive', firstSeenAt: MONDAY, repliedAt: MONDAY + 4 * HOUR }),
    );
    // Week 3: a negative never answered, and Sam comes back happy.
    await recordItemsSeen(db, [{ item: makeItem({ id: 'n3', author: 'Zed' }), labels: labelsFor('negative') }], MONDAY + 2 * WEEK_MS);
    await recordItemsSeen(db, [{ item: makeItem({ id: 's2', ...sam }), labels: labelsFor('positive') }], MONDAY + 2 * WEEK_MS);
    await setFollowUp(db, late.id, MONDAY + 2 * WEEK_MS);
    await completeFollowUp(db, late.id, MONDAY + 2 * WEEK_MS + HOUR);

    const stats = await computeStats(db, { now: MONDAY + 3 * WEEK_MS });
    expect(stats.weeks.map((week) => week.weekStart)).toEqual([MONDAY, MONDAY + WEEK_MS, MONDAY + 2 * WEEK_MS]);
    expect(stats.weeks[0]).toMatchObject({
      responses: 3,
      tones: { negative: 2, positive: 1, neutral: 0, unlabelled: 0 },
      medianReplyMs: 4 * HOUR,
      negativesSeen: 2,
      negativesAnsweredIn24h: 1,
    });
    expect(stats.weeks[1]).toMatchObject({ responses: 0, negativesSeen: 0 });
    expect(stats.weeks[2]).toMatchObject({
      negativesSeen: 1,
      negativesAnsweredIn24h: 0,
      followUpsDue: 1,
      followUpsDone: 1,
      turnarounds: 1,
    });
    expect(stats.summary).toMatchObject({
      responses: 3,
      medianReplyMs: 4 * HOUR,
      negativesSeen: 3,
      negativesAnsweredIn24h: 1,
      shareNegativesIn24h: 1 / 3,
      followUps: { done: 1, overdue: 0, scheduled: 0 },
      turnarounds: 1,
    });
    expect(stats.bySite.map((site) => [site.site, site.responses, site.turnarounds])).toEqual([
      ['yelp', 2, 1],
      ['x', 1, 0],
    ]);

    const xOnly = await computeStats(db, { site: 'x', now: MONDAY + 3 * WEEK_MS });
    expect(xOnly.summary).toMatchObject({ responses: 1, negativesSeen: 0, turnarounds: 0 });
    expect(xOnly.summary.shareNegativesIn24h).toBeUndefined();
  });

  it('counts overdue and scheduled follow-ups', async () => {
    db = freshDb();
    const a = await logResponse(db, makeResponse({ repliedAt: MONDAY }));
    const b = await logResponse(db, makeResponse({ repliedAt: MONDAY }));
    await setFollowUp(db, a.id, MONDAY + HOUR);
    await setFollowUp(db, b.id, MONDAY + 10 * HOUR);
    const stats = await computeStats(db, { now: MONDAY + 2 * HOUR });
    expect(stats.summary.followUps).toEqual({ done: 0, overdue: 1, scheduled: 1 });
  });

  it('is empty on an empty database', async () => {
    db = freshDb();
    const stats = await computeStats(db);
    expect(stats.weeks).toEqual([]);
    expect(stats.summary.responses).toBe(0);
    expect(stats.bySite).toEqual([]);
  });
});
