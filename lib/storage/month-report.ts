import type { Tone } from '@/lib/classifier/labels';
import type { ReplybookDB, ResponseRow } from './db';

/** A calendar month in the user's time zone, "2026-11". */
export type MonthKey = string;

const DAY_MS = 86_400_000;

export function monthKeyOf(epochMs: number): MonthKey {
  const date = new Date(epochMs);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** [start, end) of a month in local time (a month is not 30 days, nor always the same hours). */
export function monthRange(month: MonthKey): [number, number] {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return [new Date(year, monthNumber - 1, 1).getTime(), new Date(year, monthNumber, 1).getTime()];
}

export interface MonthReport {
  month: MonthKey;
  responses: number;
  /** Replies inserted, copied or marked answered (ignored ones are not answers). */
  answered: number;
  ignored: number;
  tones: Record<Tone | 'unlabelled', number>;
  medianReplyMs?: number;
  negativesAnswered: number;
  negativesAnsweredIn24h: number;
  followUpsDone: number;
  /** Follow-ups that fell due in the month and are still open. */
  followUpsOpen: number;
  bySite: { site: string; responses: number; negative: number }[];
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** One month of the log, from its rows (pure: the rows replied in the month plus those with follow-ups in it). */
export function monthReportFrom(rows: readonly ResponseRow[], month: MonthKey): MonthReport {
  const [start, end] = monthRange(month);
  const inMonth = (t: number | undefined) => t !== undefined && t >= start && t < end;
  const replied = rows.filter((row) => inMonth(row.repliedAt));
  const tones = { positive: 0, neutral: 0, negative: 0, unlabelled: 0 };
  const replyTimes: number[] = [];
  const sites = new Map<string, { site: string; responses: number; negative: number }>();
  let answered = 0;
  let negativesAnswered = 0;
  let negativesAnsweredIn24h = 0;
  for (const row of replied) {
    tones[row.tone ?? 'unlabelled'] += 1;
    const site = sites.get(row.site) ?? { site: row.site, responses: 0, negative: 0 };
    site.responses += 1;
    if (row.tone === 'negative') site.negative += 1;
    sites.set(row.site, site);
    if (row.action === 'ignored') continue;
    answered += 1;
    const wait = Math.max(0, row.repliedAt - row.firstSeenAt);
    replyTimes.push(wait);
    if (row.tone === 'negative') {
      negativesAnswered += 1;
      if (wait <= DAY_MS) negativesAnsweredIn24h += 1;
    }
  }
  const medianReplyMs = median(replyTimes);
  return {
    month,
    responses: replied.length,
    answered,
    ignored: replied.length - answered,
    tones,
    ...(medianReplyMs !== undefined ? { medianReplyMs } : {}),
    negativesAnswered,
    negativesAnsweredIn24h,
    followUpsDone: rows.filter((row) => row.followUpState === 'done' && inMonth(row.followUpDoneAt)).length,
    followUpsOpen: rows.filter((row) => (row.followUpState === 'due' || row.followUpState === 'snoozed') && inMonth(row.followUpAt)).length,
    bySite: [...sites.values()].sort((a, b) => b.responses - a.responses || a.site.localeCompare(b.site)),
  };
}

/** The months that have responses, newest first (read from the repliedAt index's keys only). */
export async function monthsWithResponses(db: ReplybookDB): Promise<MonthKey[]> {
  const times = (await db.responses.orderBy('repliedAt').keys()) as number[];
  return [...new Set(times.map(monthKeyOf))].reverse();
}

/** One month's report, read from the rows replied in it or with a follow-up in it. */
export async function monthReport(db: ReplybookDB, month: MonthKey): Promise<MonthReport> {
  const [start, end] = monthRange(month);
  const [replied, followUps] = await Promise.all([
    db.responses.where('repliedAt').between(start, end, true, false).toArray(),
    db.responses.where('[followUpState+followUpAt]').between(['done', -Infinity], ['snoozed', Infinity]).toArray(),
  ]);
  const byId = new Map([...replied, ...followUps].map((row) => [row.id, row]));
  return monthReportFrom([...byId.values()], month);
}
