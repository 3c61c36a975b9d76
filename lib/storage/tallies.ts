import type { Tone } from '@/lib/classifier/labels';
import { weekStart } from '@/lib/time';
import type { ReplybookDB, ResponseRow, TallyRow } from './db';

/**
 * Responses counted per site, week (of the reply) and effective tone, kept up to date in
 * the same transaction as every write that changes them: logResponse and addResponseRows
 * add, setToneCorrection moves counts between tones, wipeAll clears. The Numbers page
 * draws its weekly charts and totals from these few hundred rows at once, instead of
 * reading every response (seconds at 100,000 rows); the slower figures follow.
 */
export type TallyTone = Tone | 'unlabelled';
const TONES: TallyTone[] = ['positive', 'neutral', 'negative', 'unlabelled'];

export function tallyKey(site: string, week: number, tone: TallyTone): string {
  return `${site}\u0000${week}\u0000${tone}`;
}

/** Count changes, by tally key. */
export type TallyDeltas = Map<string, { site: string; week: number; tone: TallyTone; change: number }>;

export function addDelta(deltas: TallyDeltas, row: Pick<ResponseRow, 'site' | 'repliedAt'>, tone: TallyTone | undefined, change: number) {
  const week = weekStart(row.repliedAt);
  const effective = tone ?? 'unlabelled';
  const key = tallyKey(row.site, week, effective);
  const known = deltas.get(key);
  if (known) known.change += change;
  else deltas.set(key, { site: row.site, week, tone: effective, change });
}

export function deltasFor(rows: Array<Pick<ResponseRow, 'site' | 'repliedAt' | 'tone'>>, change = 1): TallyDeltas {
  const deltas: TallyDeltas = new Map();
  for (const row of rows) addDelta(deltas, row, row.tone, change);
  return deltas;
}

/** Applies count changes; call inside a transaction that includes `tallies`. */
export async function applyTallies(db: ReplybookDB, deltas: TallyDeltas): Promise<void> {
  const changes = [...deltas].filter(([, delta]) => delta.change !== 0);
  if (changes.length === 0) return;
  const known = await db.tallies.bulkGet(changes.map(([key]) => key));
  const put: TallyRow[] = [];
  const remove: string[] = [];
  changes.forEach(([key, delta], index) => {
    const responses = (known[index]?.responses ?? 0) + delta.change;
    if (responses > 0) put.push({ key, site: delta.site, week: delta.week, tone: delta.tone, responses });
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
