import type { Tone } from '@/lib/classifier/labels';
import type { ItemRow, ReplybookDB, ResponseRow } from './db';
import { detectTurnaround, type Turnaround } from './people';
import { histogramMedian, mergeHistogram, replyDelay } from './tallies';

export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;
const MAX_WEEKS = 520;

// Shared with the tallies kept on write (tallies.ts).
import { weekStart } from '@/lib/time';
export { weekStart };

export function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export type ToneCounts = Record<Tone | 'unlabelled', number>;

export interface WeekStats {
  weekStart: number;
  responses: number;
  tones: ToneCounts;
  medianReplyMs?: number;
  negativesSeen: number;
  negativesAnsweredIn24h: number;
  followUpsDue: number;
  followUpsDone: number;
  turnarounds: number;
}

export interface StatsSummary {
  responses: number;
  tones: ToneCounts;
  /** Median time from first seeing an item to replying to it. */
  medianReplyMs?: number;
  negativesSeen: number;
  negativesAnsweredIn24h: number;
  /** negativesAnsweredIn24h / negativesSeen, when any negative was seen. */
  shareNegativesIn24h?: number;
  followUps: { done: number; overdue: number; scheduled: number };
  turnarounds: number;
}

export interface DashboardStats {
  weeks: WeekStats[];
  summary: StatsSummary;
  bySite: Array<StatsSummary & { site: string }>;
}

const emptyTones = (): ToneCounts => ({ positive: 0, neutral: 0, negative: 0, unlabelled: 0 });

class Tally {
  responses = 0;
  tones = emptyTones();
  /** Exact reply delays (computeStats), or their histogram (aggregateStats). */
  replyTimes: number[] = [];
  delays = new Map<number, number>();
  negativesSeen = 0;
  negativesAnsweredIn24h = 0;
  followUpsDue = 0;
  followUpsDone = 0;
  overdue = 0;
  scheduled = 0;
  turnarounds = 0;

  medianReplyMs(): number | undefined {
    return this.replyTimes.length ? median(this.replyTimes) : histogramMedian(this.delays);
  }

  summary(): StatsSummary {
    const medianReplyMs = this.medianReplyMs();
    return {
      responses: this.responses,
      tones: this.tones,
      ...(medianReplyMs !== undefined ? { medianReplyMs } : {}),
      negativesSeen: this.negativesSeen,
      negativesAnsweredIn24h: this.negativesAnsweredIn24h,
      ...(this.negativesSeen > 0 ? { shareNegativesIn24h: this.negativesAnsweredIn24h / this.negativesSeen } : {}),
      followUps: { done: this.followUpsDone, overdue: this.overdue, scheduled: this.scheduled },
      turnarounds: this.turnarounds,
    };
  }
}

function tallyFor<K>(map: Map<K, Tally>, key: K): Tally {
  let tally = map.get(key);
  if (!tally) map.set(key, (tally = new Tally()));
  return tally;
}

function groupBy<T>(rows: T[], keyOf: (row: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === undefined) continue;
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Turnarounds from already-loaded rows (see detectTurnaround). */
export function turnaroundsFrom(items: ItemRow[], responses: ResponseRow[]): Turnaround[] {
  const itemsByAuthor = groupBy(items, (item) => item.authorKey);
  const found: Turnaround[] = [];
  for (const [authorKey, rows] of groupBy(responses, (row) => row.authorKey)) {
    const turnaround = detectTurnaround(itemsByAuthor.get(authorKey) ?? [], rows);
    if (turnaround) found.push(turnaround);
  }
  return found.sort((a, b) => b.turnedAt - a.turnedAt);
}

/** Follow-up counts of one row (done, overdue, scheduled; came due and done per week). */
function countFollowUp(row: ResponseRow, now: number, total: Tally, weeks: Map<number, Tally>, sites: Map<string, Tally>) {
  if (row.followUpState === 'none' || row.followUpAt === undefined) return;
  const pending = row.followUpState === 'due' || row.followUpState === 'snoozed';
  for (const tally of [total, tallyFor(sites, row.site)]) {
    if (row.followUpState === 'done') tally.followUpsDone += 1;
    else if (pending && row.followUpAt <= now) tally.overdue += 1;
    else if (pending) tally.scheduled += 1;
  }
  if (row.followUpAt <= now) tallyFor(weeks, weekStart(row.followUpAt)).followUpsDue += 1;
  if (row.followUpState === 'done') tallyFor(weeks, weekStart(row.followUpDoneAt ?? row.followUpAt)).followUpsDone += 1;
}

/** Negatives seen and answered within 24 h, and turnarounds: the figures that need items. */
function countItemFigures(items: ItemRow[], responses: ResponseRow[], total: Tally, weeks: Map<number, Tally>, sites: Map<string, Tally>) {
  const firstAnswer = new Map<string, number>();
  for (const row of responses) {
    if (row.action === 'ignored') continue;
    const known = firstAnswer.get(row.itemId);
    if (known === undefined || row.repliedAt < known) firstAnswer.set(row.itemId, row.repliedAt);
  }
  for (const item of items) {
    if (item.tone !== 'negative') continue;
    const answeredAt = firstAnswer.get(item.id);
    const inTime = answeredAt !== undefined && answeredAt - item.firstSeenAt <= DAY_MS;
    for (const tally of [total, tallyFor(weeks, weekStart(item.firstSeenAt)), tallyFor(sites, item.site)]) {
      tally.negativesSeen += 1;
      if (inTime) tally.negativesAnsweredIn24h += 1;
    }
  }
  for (const turnaround of turnaroundsFrom(items, responses)) {
    const turnSite = turnaround.authorKey.slice(0, turnaround.authorKey.indexOf(':'));
    for (const tally of [total, tallyFor(weeks, weekStart(turnaround.turnedAt)), tallyFor(sites, turnSite)]) {
      tally.turnarounds += 1;
    }
  }
}

function readAll(db: ReplybookDB, site: string | undefined) {
  return Promise.all([
    site ? db.responses.where('site').equals(site).toArray() : db.responses.toArray(),
    site ? db.items.where('site').equals(site).toArray() : db.items.toArray(),
  ]);
}

function toStats(total: Tally, weeks: Map<number, Tally>, sites: Map<string, Tally>): DashboardStats {
  return {
    weeks: fillWeeks(weeks),
    summary: total.summary(),
    bySite: [...sites]
      .map(([name, tally]) => ({ site: name, ...tally.summary() }))
      .sort((a, b) => b.responses - a.responses || a.site.localeCompare(b.site)),
  };
}

/**
 * Everything the Numbers page shows, for all sites or one, by reading every row: responses
 * per week, tone mix over time, exact median time first-seen → reply, share of negative
 * items answered within 24 h, follow-ups done vs due, turnarounds; plus a summary per site.
 * The page itself draws from `aggregateStats` and `itemFigures`; this is their reference.
 */
export async function computeStats(
  db: ReplybookDB,
  { site, now = Date.now() }: { site?: string; now?: number } = {},
): Promise<DashboardStats> {
  const [responses, items] = await readAll(db, site);
  const total = new Tally();
  const weeks = new Map<number, Tally>();
  const sites = new Map<string, Tally>();
  for (const row of responses) {
    const week = tallyFor(weeks, weekStart(row.repliedAt));
    const bySite = tallyFor(sites, row.site);
    const delay = replyDelay(row);
    for (const tally of [total, week, bySite]) {
      tally.responses += 1;
      tally.tones[row.tone ?? 'unlabelled'] += 1;
      if (delay !== undefined) tally.replyTimes.push(delay);
    }
    countFollowUp(row, now, total, weeks, sites);
  }
  countItemFigures(items, responses, total, weeks, sites);
  return toStats(total, weeks, sites);
}

/**
 * The Numbers page's figures without reading every row: counts, tone mix and median reply
 * times from the tallies kept on write (medians from their delay histograms, within
 * DELAY_MEDIAN_PRECISION of the exact ones), follow-ups from the rows that have one (the
 * follow-up index). Negatives within 24 h and turnarounds need items: `itemFigures`.
 */
export async function aggregateStats(
  db: ReplybookDB,
  { site, now = Date.now() }: { site?: string; now?: number } = {},
): Promise<DashboardStats> {
  const followUpRange = (state: 'due' | 'snoozed' | 'done') =>
    db.responses.where('[followUpState+followUpAt]').between([state, -Infinity], [state, Infinity], true, true).toArray();
  const [tallies, ...followUps] = await Promise.all([
    site ? db.tallies.where('site').equals(site).toArray() : db.tallies.toArray(),
    followUpRange('due'),
    followUpRange('snoozed'),
    followUpRange('done'),
  ]);
  const total = new Tally();
  const weeks = new Map<number, Tally>();
  const sites = new Map<string, Tally>();
  for (const row of tallies) {
    for (const tally of [total, tallyFor(weeks, row.week), tallyFor(sites, row.site)]) {
      tally.responses += row.responses;
      tally.tones[row.tone] += row.responses;
      mergeHistogram(tally.delays, row.delays);
    }
  }
  for (const row of followUps.flat()) if (!site || row.site === site) countFollowUp(row, now, total, weeks, sites);
  return toStats(total, weeks, sites);
}

/**
 * Negatives seen and answered within 24 h, and turnarounds, from the figures kept on write
 * per site and week (figures.ts): a few hundred rows, not every item and response.
 */
export async function itemFigures(db: ReplybookDB, { site }: { site?: string } = {}): Promise<DashboardStats> {
  const rows = site ? await db.figures.where('site').equals(site).toArray() : await db.figures.toArray();
  const total = new Tally();
  const weeks = new Map<number, Tally>();
  const sites = new Map<string, Tally>();
  for (const row of rows) {
    for (const tally of [total, tallyFor(weeks, row.week), tallyFor(sites, row.site)]) {
      tally.negativesSeen += row.negativesSeen;
      tally.negativesAnsweredIn24h += row.negativesIn24h;
      tally.turnarounds += row.turnarounds;
    }
  }
  return toStats(total, weeks, sites);
}

type ItemFigureFields = Pick<StatsSummary, 'negativesSeen' | 'negativesAnsweredIn24h' | 'shareNegativesIn24h' | 'turnarounds'>;
function itemFieldsOf(from: ItemFigureFields | undefined): ItemFigureFields {
  const negativesSeen = from?.negativesSeen ?? 0;
  const negativesAnsweredIn24h = from?.negativesAnsweredIn24h ?? 0;
  return {
    negativesSeen,
    negativesAnsweredIn24h,
    ...(negativesSeen > 0 ? { shareNegativesIn24h: negativesAnsweredIn24h / negativesSeen } : {}),
    turnarounds: from?.turnarounds ?? 0,
  };
}

const emptyWeek = (start: number): WeekStats => ({
  weekStart: start,
  responses: 0,
  tones: emptyTones(),
  negativesSeen: 0,
  negativesAnsweredIn24h: 0,
  followUpsDue: 0,
  followUpsDone: 0,
  turnarounds: 0,
});

/** `aggregateStats` with the item figures filled in from `itemFigures` (weeks: the union of both). */
export function withItemFigures(stats: DashboardStats, figures: DashboardStats): DashboardStats {
  const byStart = new Map(stats.weeks.map((week) => [week.weekStart, week]));
  const figureWeeks = new Map(figures.weeks.map((week) => [week.weekStart, week]));
  const starts = [...byStart.keys(), ...figureWeeks.keys()];
  const weeks: WeekStats[] = [];
  if (starts.length) {
    const last = Math.max(...starts);
    const first = Math.max(Math.min(...starts), last - (MAX_WEEKS - 1) * WEEK_MS);
    for (let start = first; start <= last; start += WEEK_MS) {
      const { shareNegativesIn24h: _share, ...fields } = itemFieldsOf(figureWeeks.get(start));
      weeks.push({ ...(byStart.get(start) ?? emptyWeek(start)), ...fields });
    }
  }
  const sites = new Map(figures.bySite.map((row) => [row.site, row]));
  return {
    weeks,
    summary: { ...stats.summary, ...itemFieldsOf(figures.summary) },
    bySite: [
      ...stats.bySite.map((row) => ({ ...row, ...itemFieldsOf(sites.get(row.site)) })),
      // Sites with items seen but no response yet.
      ...figures.bySite.filter((row) => !stats.bySite.some((known) => known.site === row.site)),
    ].sort((a, b) => b.responses - a.responses || a.site.localeCompare(b.site)),
  };
}

/** Consecutive weeks from the first to the last with data (at most MAX_WEEKS, the latest). */
function fillWeeks(weeks: Map<number, Tally>): WeekStats[] {
  if (weeks.size === 0) return [];
  const starts = [...weeks.keys()];
  const last = Math.max(...starts);
  const first = Math.max(Math.min(...starts), last - (MAX_WEEKS - 1) * WEEK_MS);
  const out: WeekStats[] = [];
  for (let start = first; start <= last; start += WEEK_MS) {
    const tally = weeks.get(start) ?? new Tally();
    const medianReplyMs = tally.medianReplyMs();
    out.push({
      weekStart: start,
      responses: tally.responses,
      tones: tally.tones,
      ...(medianReplyMs !== undefined ? { medianReplyMs } : {}),
      negativesSeen: tally.negativesSeen,
      negativesAnsweredIn24h: tally.negativesAnsweredIn24h,
      followUpsDue: tally.followUpsDue,
      followUpsDone: tally.followUpsDone,
      turnarounds: tally.turnarounds,
    });
  }
  return out;
}
