import type { Collection, InsertType } from 'dexie';
import type { Tone } from '@/lib/classifier/labels';
import type { FollowUpState, ItemRow, ReplybookDB, ResponseAction, ResponseRow } from './db';
import { searchResponses } from './search-index';
import { foldText, queryWords, searchWords } from './search-words';

/**
 * The log's query engine: filters → ids newest reply first, by index keys where it can,
 * so it stays fast on 100,000 rows. Read-only.
 */

export interface ResponseFilters {
  site?: string;
  tone?: Tone;
  action?: ResponseAction;
  followUpState?: FollowUpState;
  authorKey?: string;
  /** repliedAt range, inclusive, epoch ms. */
  from?: number;
  to?: number;
  /** Words that must each start a word of the item or reply text (case and accents ignored). */
  text?: string;
}

/** A collection over the responses table as Dexie's EntityTable types it. */
type ResponseCollection = Collection<ResponseRow, string, InsertType<ResponseRow, 'id'>>;

export interface Page {
  offset?: number;
  limit?: number;
}

function orderedByReplied(db: ReplybookDB, filters: ResponseFilters): ResponseCollection {
  const from = filters.from ?? -Infinity;
  const to = filters.to ?? Infinity;
  const { site, tone } = filters;
  if (site !== undefined && tone !== undefined) {
    return db.responses.where('[site+tone+repliedAt]').between([site, tone, from], [site, tone, to], true, true);
  }
  if (site !== undefined) return db.responses.where('[site+repliedAt]').between([site, from], [site, to], true, true);
  if (tone !== undefined) return db.responses.where('[tone+repliedAt]').between([tone, from], [tone, to], true, true);
  return db.responses.where('repliedAt').between(from, to, true, true);
}

function hasSetFilters(filters: ResponseFilters): boolean {
  return Boolean(filters.action || filters.followUpState || filters.authorKey || filters.text?.trim());
}

/** Rows this many or fewer are checked one by one instead of intersecting big key sets. */
const SMALL_SET = 5000;

function matchesFilters(row: ResponseRow, filters: ResponseFilters, words: string[]): boolean {
  if (filters.site !== undefined && row.site !== filters.site) return false;
  if (filters.tone !== undefined && row.tone !== filters.tone) return false;
  if (filters.from !== undefined && row.repliedAt < filters.from) return false;
  if (filters.to !== undefined && row.repliedAt > filters.to) return false;
  if (filters.action && row.action !== filters.action) return false;
  if (filters.followUpState && row.followUpState !== filters.followUpState) return false;
  if (filters.authorKey && row.authorKey !== filters.authorKey) return false;
  const text = filters.text?.trim();
  if (text) {
    if (words.length === 0) {
      const needle = foldText(text);
      if (!foldText(row.itemText).includes(needle) && !foldText(row.replyText).includes(needle)) return false;
    } else {
      const rowWords = searchWords(row.itemText, row.replyText);
      if (!words.every((word) => rowWords.some((rowWord) => rowWord.startsWith(word)))) return false;
    }
  }
  return true;
}

const newestFirst = (a: ResponseRow, b: ResponseRow) => b.repliedAt - a.repliedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** Ids matching the filters that need a second index (follow-up, author). Action comes from the search blocks. */
async function idSetsFor(db: ReplybookDB, filters: ResponseFilters): Promise<Array<Set<string>>> {
  const sets: Array<Promise<Set<string>>> = [];
  const keysOf = (collection: ResponseCollection) => collection.primaryKeys().then((keys) => new Set(keys));
  if (filters.followUpState === 'none') {
    // Rows without a follow-up time are not in [followUpState+followUpAt]: take the complement.
    sets.push(
      Promise.all([
        db.responses.where('[followUpState+followUpAt]').between(['', -Infinity], ['\uffff', Infinity], true, true).primaryKeys(),
        db.responses.toCollection().primaryKeys(),
      ]).then(([withFollowUp, all]) => {
        const excluded = new Set(withFollowUp);
        return new Set(all.filter((id) => !excluded.has(id)));
      }),
    );
  } else if (filters.followUpState) {
    const state = filters.followUpState;
    sets.push(keysOf(db.responses.where('[followUpState+followUpAt]').between([state, -Infinity], [state, Infinity], true, true)));
  }
  if (filters.authorKey) sets.push(keysOf(db.responses.where('authorKey').equals(filters.authorKey)));
  return Promise.all(sets);
}

/**
 * Ids of the responses matching the filters, newest reply first. Reads index
 * keys, and only reads rows when a filter leaves few candidates, so it stays
 * fast on 100k rows; fetch one page's rows with `db.responses.bulkGet(ids.slice(...))`.
 * Text is searched in memory (search-index.ts), which also applies site, action and
 * dates; the rest (tone, follow-up, author) is checked on the rows or by index keys.
 */
export async function queryResponseIds(
  db: ReplybookDB,
  filters: ResponseFilters = {},
  { smallSet = SMALL_SET }: { smallSet?: number } = {},
): Promise<string[]> {
  const ordered = orderedByReplied(db, filters);
  const text = filters.text?.trim();
  const words = text ? queryWords(text) : [];
  const needsSets = hasSetFilters(filters);
  if (!needsSets) return (await ordered.primaryKeys()).reverse();

  // Text, or an action (which no index with reply time covers): from the search blocks in memory.
  if (words.length > 0 || (filters.action && !text)) {
    const hits = await searchResponses(db, words, filters);
    const { tone, followUpState, authorKey } = filters;
    if (tone === undefined && !followUpState && !authorKey) return hits.map((hit) => hit.id);
    // A tone can be corrected after logging, so it is not in the search blocks.
    if (hits.length <= smallSet / 5) {
      const rows = await db.responses.bulkGet(hits.map((hit) => hit.id));
      return rows.filter((row): row is ResponseRow => row !== undefined && matchesFilters(row, filters, words)).map((row) => row.id);
    }
    const sets = await idSetsFor(db, { followUpState, authorKey });
    if (tone !== undefined) sets.push(new Set(await ordered.primaryKeys()));
    sets.sort((a, b) => a.size - b.size);
    return hits.filter((hit) => sets.every((set) => set.has(hit.id))).map((hit) => hit.id);
  }

  const orderedCount = await ordered.clone().count();
  if (orderedCount <= smallSet) {
    const rows = await ordered.toArray();
    return rows
      .filter((row) => matchesFilters(row, filters, words))
      .sort(newestFirst)
      .map((row) => row.id);
  }
  if (text) {
    // Only symbols or emoji: no indexed words, so compare the text of every row in range.
    const rows = await ordered.filter((row) => matchesFilters(row, filters, words)).toArray();
    return rows.sort(newestFirst).map((row) => row.id);
  }
  const [orderedIds, otherSets] = await Promise.all([ordered.primaryKeys(), idSetsFor(db, filters)]);
  const sets = otherSets.sort((a, b) => a.size - b.size);
  return orderedIds.reverse().filter((id) => sets.every((set) => set.has(id)));
}

export interface ResponsePage {
  total: number;
  rows: ResponseRow[];
}

/** One page of the log, newest reply first, with the total number of matches. */
export async function listResponses(
  db: ReplybookDB,
  filters: ResponseFilters = {},
  { offset = 0, limit = 50 }: Page = {},
): Promise<ResponsePage> {
  if (!hasSetFilters(filters)) {
    const ordered = orderedByReplied(db, filters);
    const [total, rows] = await Promise.all([ordered.clone().count(), ordered.clone().reverse().offset(offset).limit(limit).toArray()]);
    return { total, rows };
  }
  const ids = await queryResponseIds(db, filters);
  const rows = await db.responses.bulkGet(ids.slice(offset, offset + limit));
  return { total: ids.length, rows: rows.filter((row): row is ResponseRow => row !== undefined) };
}

/**
 * The newest rows for filters that one index range answers (site, tone, dates),
 * or undefined for other filters. One short cursor read: what the log paints first
 * while the full id list of a large log loads.
 */
export async function newestResponses(db: ReplybookDB, filters: ResponseFilters, limit: number): Promise<ResponseRow[] | undefined> {
  if (hasSetFilters(filters)) return undefined;
  return orderedByReplied(db, filters).reverse().limit(limit).toArray();
}

/** The distinct sites in the log (for filter menus). */
export async function listSites(db: ReplybookDB): Promise<string[]> {
  // Every response's item is in `items`, whose site index is small and unique per item.
  return (await db.items.orderBy('site').uniqueKeys()).map(String);
}

// ---------------------------------------------------------------- what the panel needs per item

/** What the log knows about an item the panel shows. */
export interface LoggedFacts {
  correction?: Tone;
  latestAction?: ResponseAction;
}

/** The latest action logged per item (by reply time). */
export function latestActions(rows: ReadonlyArray<Pick<ResponseRow, 'itemId' | 'repliedAt' | 'action'>>): Map<string, ResponseAction> {
  const latest = new Map<string, Pick<ResponseRow, 'repliedAt' | 'action'>>();
  for (const row of rows) {
    const seen = latest.get(row.itemId);
    if (!seen || row.repliedAt >= seen.repliedAt) latest.set(row.itemId, row);
  }
  return new Map([...latest].map(([id, row]) => [id, row.action]));
}

/** Each item's correction and latest logged action, in one read of each table. */
export async function loggedFactsFor(db: ReplybookDB, itemIds: readonly string[]): Promise<Map<string, LoggedFacts>> {
  if (itemIds.length === 0) return new Map();
  const [corrections, responses] = await db.transaction('r', [db.corrections, db.responses], () =>
    Promise.all([
      db.corrections.bulkGet([...itemIds]),
      db.responses
        .where('itemId')
        .anyOf([...itemIds])
        .toArray(),
    ]),
  );
  const actions = latestActions(responses);
  const facts = new Map<string, LoggedFacts>();
  itemIds.forEach((id, index) => {
    const correction = corrections[index]?.tone;
    const latestAction = actions.get(id);
    if (correction || latestAction) facts.set(id, { ...(correction ? { correction } : {}), ...(latestAction ? { latestAction } : {}) });
  });
  return facts;
}

// ---------------------------------------------------------------- the inbox (items nothing was done about)

/**
 * The first open items in inbox order (worst, then longest waiting first) and whether there are
 * more, by the sparse `inbox` index alone: what the inbox paints first while `openItems` loads.
 * No count: Chromium counts an index by walking it (2 s for 30,000 entries, scripts/bench/inbox.bench.ts).
 */
export async function inboxPage(db: ReplybookDB, { offset = 0, limit = 50 }: Page = {}): Promise<{ rows: ItemRow[]; more: boolean }> {
  const rows = await db.items
    .orderBy('inbox')
    .offset(offset)
    .limit(limit + 1)
    .toArray();
  return { rows: rows.slice(0, limit), more: rows.length > limit };
}

/** Every open item in inbox order, read once by the inbox, which then filters and sorts in memory. */
export function openItems(db: ReplybookDB): Promise<ItemRow[]> {
  return db.items.orderBy('inbox').toArray();
}
