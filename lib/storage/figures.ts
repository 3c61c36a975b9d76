import { weekStart } from '@/lib/time';
import type { FigureRow, ItemRow, ReplybookDB, ResponseRow } from './db';
import { detectTurnaround } from './people';

/**
 * The Numbers page's item figures kept on write, per site and week, like the tallies:
 * negative items seen (week they were first seen) and how many of them had a reply within
 * 24 h of being seen, and turnarounds (week the person's later, kinder item was seen; site
 * of the person). A write that changes items or responses recounts only what it touches:
 * the figures of its items and of their authors are taken out before it and put back after
 * (`keepFigures`, inside the write's transaction). `computeStats` in stats.ts is the full
 * computation these must equal (tested on seeded data).
 */
export const ANSWER_WITHIN_MS = 86_400_000;

export function figureKey(site: string, week: number): string {
  return `${site}\u0000${week}`;
}

type FigureDeltas = Map<string, FigureRow>;

function bump(deltas: FigureDeltas, site: string, week: number, field: 'negativesSeen' | 'negativesIn24h' | 'turnarounds', change: number) {
  const key = figureKey(site, week);
  let row = deltas.get(key);
  if (!row) deltas.set(key, (row = { key, site, week, negativesSeen: 0, negativesIn24h: 0, turnarounds: 0 }));
  row[field] += change;
}

/** What negative items count for, given the responses to them (any others are ignored). */
export function countNegatives(items: readonly ItemRow[], responses: readonly ResponseRow[], change: number, into: FigureDeltas): void {
  const firstAnswer = new Map<string, number>();
  for (const row of responses) {
    if (row.action === 'ignored') continue;
    const known = firstAnswer.get(row.itemId);
    if (known === undefined || row.repliedAt < known) firstAnswer.set(row.itemId, row.repliedAt);
  }
  for (const item of items) {
    if (item.tone !== 'negative') continue;
    const week = weekStart(item.firstSeenAt);
    bump(into, item.site, week, 'negativesSeen', change);
    const answeredAt = firstAnswer.get(item.id);
    if (answeredAt !== undefined && answeredAt - item.firstSeenAt <= ANSWER_WITHIN_MS)
      bump(into, item.site, week, 'negativesIn24h', change);
  }
}

/** What one person's turnaround counts for (their items and responses). */
export function countTurnaround(authorKey: string, items: ItemRow[], responses: ResponseRow[], change: number, into: FigureDeltas): void {
  const turnaround = detectTurnaround(items, responses);
  if (!turnaround) return;
  bump(into, authorKey.slice(0, authorKey.indexOf(':')), weekStart(turnaround.turnedAt), 'turnarounds', change);
}

/** The figures these items and people count for now, times `change`. */
async function countNow(db: ReplybookDB, itemIds: string[], authorKeys: Iterable<string>, change: number, into: FigureDeltas) {
  const items = (await db.items.bulkGet(itemIds)).filter((item): item is ItemRow => item !== undefined);
  const responses = itemIds.length ? await db.responses.where('itemId').anyOf(itemIds).toArray() : [];
  countNegatives(items, responses, change, into);
  for (const authorKey of authorKeys) {
    const theirResponses = await db.responses.where('authorKey').equals(authorKey).toArray();
    if (theirResponses.length === 0) continue; // no reply to them: no turnaround
    const theirItems = await db.items
      .where('[authorKey+firstSeenAt]')
      .between([authorKey, -Infinity], [authorKey, Infinity], true, true)
      .toArray();
    countTurnaround(authorKey, theirItems, theirResponses, change, into);
  }
}

/**
 * Call inside a transaction holding items, responses and figures, before a write that may
 * change the items `itemIds` or the people `authorKeys` (plus those of the items and of their
 * responses as stored now; the caller names the people its write gives an item or response
 * to): takes their figures out, and returns the step to call once the write is done, which
 * puts them back as they are then.
 */
export async function figuresBefore(
  db: ReplybookDB,
  scope: { itemIds: Iterable<string>; authorKeys?: Iterable<string | undefined> },
): Promise<() => Promise<void>> {
  const itemIds = [...new Set(scope.itemIds)];
  const authorKeys = new Set<string>();
  const addKey = (key: string | undefined) => {
    if (key) authorKeys.add(key);
  };
  for (const key of scope.authorKeys ?? []) addKey(key);
  for (const item of await db.items.bulkGet(itemIds)) addKey(item?.authorKey);
  if (itemIds.length) for (const row of await db.responses.where('itemId').anyOf(itemIds).toArray()) addKey(row.authorKey);
  const deltas: FigureDeltas = new Map();
  await countNow(db, itemIds, authorKeys, -1, deltas);
  return async () => {
    await countNow(db, itemIds, authorKeys, 1, deltas);
    await applyFigures(db, deltas);
  };
}

async function applyFigures(db: ReplybookDB, deltas: FigureDeltas): Promise<void> {
  const changes = [...deltas.values()].filter((d) => d.negativesSeen || d.negativesIn24h || d.turnarounds);
  if (changes.length === 0) return;
  const known = await db.figures.bulkGet(changes.map((d) => d.key));
  const put: FigureRow[] = [];
  const remove: string[] = [];
  changes.forEach((delta, index) => {
    const was = known[index];
    const row: FigureRow = {
      ...delta,
      negativesSeen: (was?.negativesSeen ?? 0) + delta.negativesSeen,
      negativesIn24h: (was?.negativesIn24h ?? 0) + delta.negativesIn24h,
      turnarounds: (was?.turnarounds ?? 0) + delta.turnarounds,
    };
    if (row.negativesSeen || row.negativesIn24h || row.turnarounds) put.push(row);
    else remove.push(row.key);
  });
  if (put.length) await db.figures.bulkPut(put);
  if (remove.length) await db.figures.bulkDelete(remove);
}

/** The figure rows that count every stored item and response from nothing (the v8 rebuild). */
export function figuresFor(items: ItemRow[], responses: ResponseRow[]): FigureRow[] {
  const deltas: FigureDeltas = new Map();
  countNegatives(items, responses, 1, deltas);
  const itemsByAuthor = new Map<string, ItemRow[]>();
  for (const item of items) if (item.authorKey) itemsByAuthor.set(item.authorKey, [...(itemsByAuthor.get(item.authorKey) ?? []), item]);
  const responsesByAuthor = new Map<string, ResponseRow[]>();
  for (const row of responses)
    if (row.authorKey) responsesByAuthor.set(row.authorKey, [...(responsesByAuthor.get(row.authorKey) ?? []), row]);
  for (const [authorKey, rows] of responsesByAuthor) countTurnaround(authorKey, itemsByAuthor.get(authorKey) ?? [], rows, 1, deltas);
  return [...deltas.values()].filter((row) => row.negativesSeen || row.negativesIn24h || row.turnarounds);
}
