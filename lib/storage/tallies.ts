import type { Tone } from '@/lib/classifier/labels';
import { weekStart } from '@/lib/time';
import type { ReplybookDB, ResponseRow, TallyRow } from './db';

/**
 * Responses counted per site, week (of the reply) and effective tone, kept up to date in
 * the same transaction as every write that changes them: logResponse and addResponseRows
 * add, setToneCorrection moves counts between tones, wipeAll clears. Each tally also keeps
 * a histogram of its answered responses' reply delays (first seen → reply) in fixed
 * buckets, so medians for any week, site or tone come from a few hundred rows instead of
 * reading every response (seconds at 100,000 rows).
 */
export type TallyTone = Tone | 'unlabelled';
const TONES: TallyTone[] = ['positive', 'neutral', 'negative', 'unlabelled'];

export function tallyKey(site: string, week: number, tone: TallyTone): string {
  return `${site}\u0000${week}\u0000${tone}`;
}

// ------------------------------------------------------------ reply-delay histogram

/**
 * Delay buckets: bucket 0 holds delays under one minute; bucket k ≥ 1 holds
 * [1 min · 1.1^(k-1), 1 min · 1.1^k). A bucket reads back as its geometric middle, so a
 * median read from the buckets is within 5% of the exact one (plus 30 s for delays under
 * a minute). 200 buckets reach past 130 years, the longest delay a sensible time allows.
 */
export const DELAY_BUCKET_BASE_MS = 60_000;
export const DELAY_BUCKET_RATIO = 1.1;
const DELAY_BUCKETS = 200;
const LOG_RATIO = Math.log(DELAY_BUCKET_RATIO);
/** How far a histogram median may be from the exact one: `relative` × exact + `absoluteMs`. */
export const DELAY_MEDIAN_PRECISION = { relative: Math.sqrt(DELAY_BUCKET_RATIO) - 1, absoluteMs: DELAY_BUCKET_BASE_MS / 2 };

export function delayBucket(delayMs: number): number {
  if (!(delayMs >= DELAY_BUCKET_BASE_MS)) return 0;
  const bucket = Math.floor(Math.log(delayMs / DELAY_BUCKET_BASE_MS) / LOG_RATIO) + 1;
  return Math.min(DELAY_BUCKETS - 1, bucket);
}

/** The value a bucket reads back as: its geometric middle (30 s for bucket 0). */
export function bucketValue(bucket: number): number {
  if (bucket <= 0) return DELAY_BUCKET_BASE_MS / 2;
  return DELAY_BUCKET_BASE_MS * DELAY_BUCKET_RATIO ** (bucket - 0.5);
}

/** Sparse histogram: bucket → answered responses. Stored as an object (IndexedDB clones it). */
export type DelayHistogram = Record<number, number>;

/** The delay a response counts with, or undefined when it was not answered (ignored). */
export function replyDelay(row: Pick<ResponseRow, 'action' | 'repliedAt' | 'firstSeenAt'>): number | undefined {
  return row.action === 'ignored' ? undefined : Math.max(0, row.repliedAt - row.firstSeenAt);
}

export function mergeHistogram(into: Map<number, number>, histogram: DelayHistogram | undefined): void {
  if (!histogram) return;
  for (const [bucket, count] of Object.entries(histogram)) {
    const index = Number(bucket);
    into.set(index, (into.get(index) ?? 0) + count);
  }
}

/** The median read from a histogram (the mean of the two middle values for an even count). */
export function histogramMedian(histogram: Map<number, number>): number | undefined {
  let total = 0;
  for (const count of histogram.values()) total += count;
  if (total === 0) return undefined;
  const buckets = [...histogram].filter(([, count]) => count > 0).sort((a, b) => a[0] - b[0]);
  /** The value at 0-based rank `rank` in sorted order. */
  const at = (rank: number) => {
    let seen = 0;
    for (const [bucket, count] of buckets) {
      seen += count;
      if (rank < seen) return bucketValue(bucket);
    }
    return bucketValue(buckets[buckets.length - 1]![0]);
  };
  const middle = total >> 1;
  return total % 2 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
}

// ------------------------------------------------------------ deltas

/** Count changes, by tally key: responses, answered ones, and answered per delay bucket. */
export interface TallyDelta {
  site: string;
  week: number;
  tone: TallyTone;
  change: number;
  answered: number;
  delays: Map<number, number>;
}
export type TallyDeltas = Map<string, TallyDelta>;

export function addDelta(
  deltas: TallyDeltas,
  row: Pick<ResponseRow, 'site' | 'repliedAt' | 'firstSeenAt' | 'action'>,
  tone: TallyTone | undefined,
  change: number,
) {
  const week = weekStart(row.repliedAt);
  const effective = tone ?? 'unlabelled';
  const key = tallyKey(row.site, week, effective);
  let delta = deltas.get(key);
  if (!delta) deltas.set(key, (delta = { site: row.site, week, tone: effective, change: 0, answered: 0, delays: new Map() }));
  delta.change += change;
  const delay = replyDelay(row);
  if (delay === undefined) return;
  delta.answered += change;
  const bucket = delayBucket(delay);
  delta.delays.set(bucket, (delta.delays.get(bucket) ?? 0) + change);
}

export function deltasFor(
  rows: Array<Pick<ResponseRow, 'site' | 'repliedAt' | 'firstSeenAt' | 'action' | 'tone'>>,
  change = 1,
): TallyDeltas {
  const deltas: TallyDeltas = new Map();
  for (const row of rows) addDelta(deltas, row, row.tone, change);
  return deltas;
}

/** The tally rows that count `rows` from nothing (the v6 rebuild). */
export function talliesFor(rows: Array<Pick<ResponseRow, 'site' | 'repliedAt' | 'firstSeenAt' | 'action' | 'tone'>>): TallyRow[] {
  return [...deltasFor(rows)].map(([key, delta]) => applyDelta(undefined, key, delta)).filter((row) => row.responses > 0);
}

function applyDelta(known: TallyRow | undefined, key: string, delta: TallyDelta): TallyRow {
  const delays: DelayHistogram = { ...(known?.delays ?? {}) };
  for (const [bucket, change] of delta.delays) {
    const count = (delays[bucket] ?? 0) + change;
    if (count > 0) delays[bucket] = count;
    else delete delays[bucket];
  }
  return {
    key,
    site: delta.site,
    week: delta.week,
    tone: delta.tone,
    responses: (known?.responses ?? 0) + delta.change,
    answered: (known?.answered ?? 0) + delta.answered,
    delays,
  };
}

/** Applies count changes; call inside a transaction that includes `tallies`. */
export async function applyTallies(db: ReplybookDB, deltas: TallyDeltas): Promise<void> {
  const changes = [...deltas].filter(([, delta]) => delta.change !== 0 || delta.answered !== 0 || [...delta.delays.values()].some(Boolean));
  if (changes.length === 0) return;
  const known = await db.tallies.bulkGet(changes.map(([key]) => key));
  const put: TallyRow[] = [];
  const remove: string[] = [];
  changes.forEach(([key, delta], index) => {
    const row = applyDelta(known[index], key, delta);
    if (row.responses > 0) put.push(row);
    else remove.push(key);
  });
  if (put.length) await db.tallies.bulkPut(put);
  if (remove.length) await db.tallies.bulkDelete(remove);
}

export interface WeekTally {
  weekStart: number;
  responses: number;
  tones: Record<TallyTone, number>;
}

const noTones = (): Record<TallyTone, number> => ({ positive: 0, neutral: 0, negative: 0, unlabelled: 0 });

/** Responses per week and tone (one site or all), oldest week first, and the totals. */
export async function weeklyTallies(
  db: ReplybookDB,
  site?: string,
): Promise<{ weeks: WeekTally[]; total: { responses: number; tones: Record<TallyTone, number> } }> {
  const rows = site ? await db.tallies.where('site').equals(site).toArray() : await db.tallies.toArray();
  const weeks = new Map<number, WeekTally>();
  const total = { responses: 0, tones: noTones() };
  for (const row of rows) {
    let week = weeks.get(row.week);
    if (!week) weeks.set(row.week, (week = { weekStart: row.week, responses: 0, tones: noTones() }));
    week.responses += row.responses;
    week.tones[row.tone] += row.responses;
    total.responses += row.responses;
    total.tones[row.tone] += row.responses;
  }
  return { weeks: [...weeks.values()].sort((a, b) => a.weekStart - b.weekStart), total };
}

/** Consecutive weeks from the first to the last (at most `maxWeeks`, the latest), empty ones as zeros. */
export function fillTallyWeeks(weeks: WeekTally[], maxWeeks = 520): WeekTally[] {
  if (weeks.length === 0) return [];
  const WEEK = 7 * 86_400_000;
  const byStart = new Map(weeks.map((week) => [week.weekStart, week]));
  const last = weeks[weeks.length - 1]!.weekStart;
  const first = Math.max(weeks[0]!.weekStart, last - (maxWeeks - 1) * WEEK);
  const out: WeekTally[] = [];
  for (let start = first; start <= last; start += WEEK)
    out.push(byStart.get(start) ?? { weekStart: start, responses: 0, tones: noTones() });
  return out;
}

export { TONES as TALLY_TONES };
