import type { Tone } from '@/lib/classifier/labels';
import type { ItemRow, ReplybookDB, ResponseRow } from './db';
import { detectTurnaround, type Turnaround } from './people';

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
  replyTimes: number[] = [];
  negativesSeen = 0;
  negativesAnsweredIn24h = 0;
  followUpsDue = 0;
  followUpsDone = 0;
  overdue = 0;
  scheduled = 0;
  turnarounds = 0;

  summary(): StatsSummary {
    const medianReplyMs = median(this.replyTimes);
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

/**
 * Everything the Numbers page shows, for all sites or one: responses per week,
 * tone mix over time, median time first-seen → reply, share of negative items
 * answered within 24 h, follow-ups done vs due, turnarounds; plus a summary per site.
 */
export async function computeStats(
  db: ReplybookDB,
  { site, now = Date.now() }: { site?: string; now?: number } = {},
): Promise<DashboardStats> {
  const [responses, items] = await Promise.all([
    site ? db.responses.where('site').equals(site).toArray() : db.responses.toArray(),
    site ? db.items.where('site').equals(site).toArray() : db.items.toArray(),
  ]);
  const total = new Tally();
  const weeks = new Map<number, Tally>();
  const sites = new Map<string, Tally>();
  const firstAnswer = new Map<string, number>();

  for (const row of responses) {
    const week = tallyFor(weeks, weekStart(row.repliedAt));
    const bySite = tallyFor(sites, row.site);
    const answered = row.action !== 'ignored';
    for (const tally of [total, week, bySite]) {
      tally.responses += 1;
      tally.tones[row.tone ?? 'unlabelled'] += 1;
      if (answered) tally.replyTimes.push(Math.max(0, row.repliedAt - row.firstSeenAt));
    }
    if (answered) {
      const known = firstAnswer.get(row.itemId);
      if (known === undefined || row.repliedAt < known) firstAnswer.set(row.itemId, row.repliedAt);
    }
    if (row.followUpState !== 'none' && row.followUpAt !== undefined) {
      const pending = row.followUpState === 'due' || row.followUpState === 'snoozed';
      for (const tally of [total, bySite]) {
        if (row.followUpState === 'done') tally.followUpsDone += 1;
        else if (pending && row.followUpAt <= now) tally.overdue += 1;
        else if (pending) tally.scheduled += 1;
      }
      if (row.followUpAt <= now) tallyFor(weeks, weekStart(row.followUpAt)).followUpsDue += 1;
      if (row.followUpState === 'done') {
        tallyFor(weeks, weekStart(row.followUpDoneAt ?? row.followUpAt)).followUpsDone += 1;
      }
    }
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

  return {
    weeks: fillWeeks(weeks),
    summary: total.summary(),
    bySite: [...sites]
      .map(([name, tally]) => ({ site: name, ...tally.summary() }))
      .sort((a, b) => b.responses - a.responses || a.site.localeCompare(b.site)),
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
    const medianReplyMs = median(tally.replyTimes);
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
