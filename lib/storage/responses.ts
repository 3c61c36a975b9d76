import { z } from 'zod';
import { EpochMsSchema, isSensibleTime } from '@/lib/time';
import type { Collection, InsertType } from 'dexie';
import { LabelsSchema, ToneSchema, type Labels, type Tone } from '@/lib/classifier/labels';
import { ItemSchema, type Item } from '@/lib/sites/item';
import type { AuthorRow, FollowUpState, ItemRow, ReplybookDB, ResponseAction, ResponseRow } from './db';
import { wellFormed } from '@/lib/display/text';
import { authorKeyFor, newId } from './ids';
import { addDelta, applyTallies, deltasFor, type TallyDeltas } from './tallies';
import { StorageProblemError } from './problems';
import { appendSearchEntries, searchResponses } from './search-index';
import { foldText, queryWords, searchWords, textMatcher } from './search-words';

/**
 * The only code that writes the personal log. Every write that touches more than
 * one table runs in one transaction, so a failure leaves nothing half-written.
 */

export const ResponseActionSchema = z.enum(['inserted', 'copied', 'answered', 'ignored']);
export const FollowUpStateSchema = z.enum(['none', 'due', 'done', 'snoozed']);

const epochMs = EpochMsSchema;

/** What the side panel / background hands over when the user acted on an item. */
export const ResponseInputSchema = z.object({
  id: z.string().min(1).max(200).optional(),
  item: ItemSchema,
  labels: LabelsSchema.optional(),
  pageUrl: z.string().max(4096),
  playbookId: z.string().max(200).optional(),
  templateId: z.string().max(200).optional(),
  replyText: z.string().max(100_000),
  action: ResponseActionSchema,
  /** When the item was first seen; defaults to what `items` knows, else repliedAt. */
  firstSeenAt: epochMs.optional(),
  repliedAt: epochMs.optional(),
  followUpAt: epochMs.optional(),
  notes: z.string().max(100_000).optional(),
});
export type ResponseInput = z.input<typeof ResponseInputSchema>;

/** One item the content script found, with its labels (what `itemsFound` yields). */
export const SeenItemSchema = z.object({
  item: ItemSchema,
  labels: LabelsSchema.optional(),
  pageUrl: z.string().max(4096).optional(),
});
export type SeenItem = z.input<typeof SeenItemSchema>;

/** "responses[12].repliedAt: expected number, received string" from a Zod error. */
export function describeZodError(error: z.ZodError, root = ''): string {
  const issue = error.issues[0];
  if (!issue) return `${root || '(root)'}: invalid`;
  let where = root;
  for (const part of issue.path) {
    where += typeof part === 'number' ? `[${part}]` : where ? `.${String(part)}` : String(part);
  }
  const message = issue.message.replace(/^Invalid input: /, '');
  return `${where || '(root)'}: ${message}`;
}

function parseOrThrow<T>(schema: z.ZodType<T>, input: unknown, root = ''): T {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new StorageProblemError({ kind: 'invalid', message: describeZodError(result.error, root) });
  }
  return result.data;
}

const TONE_RANK: Record<Tone, number> = { negative: 0, neutral: 1, positive: 2 };

function parsePostedAt(item: Item): number | undefined {
  if (!item.postedAt) return undefined;
  const at = Date.parse(item.postedAt);
  return isSensibleTime(at) ? at : undefined;
}

function mergeItem(
  known: ItemRow | undefined,
  item: Item,
  labels: Labels | undefined,
  correction: Tone | undefined,
  pageUrl: string | undefined,
  seenAt: number,
): ItemRow {
  const authorKey = authorKeyFor(item.site, item.author, item.authorUrl);
  const bestLabels = labels ?? known?.labels;
  const tone = correction ?? bestLabels?.tone;
  const postedAt = parsePostedAt(item) ?? known?.postedAt;
  const url = pageUrl ?? known?.pageUrl;
  return {
    id: item.id,
    site: item.site,
    ...(authorKey ? { authorKey } : known?.authorKey ? { authorKey: known.authorKey } : {}),
    ...(item.author ? { authorName: item.author } : known?.authorName ? { authorName: known.authorName } : {}),
    text: item.text,
    ...(item.rating !== undefined ? { rating: item.rating } : known?.rating !== undefined ? { rating: known.rating } : {}),
    ...(bestLabels ? { labels: bestLabels } : {}),
    ...(tone ? { tone } : {}),
    ...(url ? { pageUrl: url } : {}),
    ...(item.permalink ? { permalink: item.permalink } : known?.permalink ? { permalink: known.permalink } : {}),
    ...(postedAt !== undefined ? { postedAt } : {}),
    firstSeenAt: Math.min(known?.firstSeenAt ?? seenAt, seenAt),
    lastSeenAt: Math.max(known?.lastSeenAt ?? seenAt, seenAt),
  };
}

function mergeAuthor(known: AuthorRow | undefined, key: string, item: Item, at: number): AuthorRow {
  const name = item.author ?? known?.name;
  const profileUrl = item.authorUrl ?? known?.profileUrl;
  return {
    key,
    site: item.site,
    ...(name ? { name } : {}),
    ...(profileUrl ? { profileUrl } : {}),
    firstSeenAt: Math.min(known?.firstSeenAt ?? at, at),
    lastSeenAt: Math.max(known?.lastSeenAt ?? at, at),
  };
}

/**
 * Log one response: validates the input, upserts the item and its author and
 * writes the response, all in one transaction. Effective tone = the user's
 * correction for the item, else the classifier's label.
 * @throws StorageProblemError (kind 'invalid') naming the bad field.
 */
export async function logResponse(db: ReplybookDB, input: unknown, now = Date.now()): Promise<ResponseRow> {
  const data = parseOrThrow(ResponseInputSchema, input);
  const { item } = data;
  const repliedAt = data.repliedAt ?? now;
  return db.transaction('rw', [db.responses, db.authors, db.items, db.corrections, db.searchBlocks, db.tallies], async () => {
    const [correction, knownItem] = await Promise.all([db.corrections.get(item.id), db.items.get(item.id)]);
    const firstSeenAt = Math.min(data.firstSeenAt ?? knownItem?.firstSeenAt ?? repliedAt, repliedAt);
    const itemRow = mergeItem(knownItem, item, data.labels, correction?.tone, data.pageUrl, firstSeenAt);
    itemRow.lastSeenAt = Math.max(itemRow.lastSeenAt, repliedAt);
    await db.items.put(itemRow);
    const authorKey = itemRow.authorKey;
    if (authorKey) {
      const knownAuthor = await db.authors.get(authorKey);
      const author = mergeAuthor(knownAuthor, authorKey, item, repliedAt);
      author.firstSeenAt = Math.min(author.firstSeenAt, firstSeenAt);
      await db.authors.put(author);
    }
    const labels = data.labels ?? knownItem?.labels;
    const tone = correction?.tone ?? labels?.tone;
    const row: ResponseRow = {
      id: data.id ?? newId(),
      itemId: item.id,
      site: item.site,
      pageUrl: data.pageUrl,
      ...(item.permalink ? { permalink: item.permalink } : {}),
      ...(authorKey ? { authorKey } : {}),
      ...(item.author ? { authorName: item.author } : {}),
      itemText: item.text,
      ...(item.rating !== undefined ? { rating: item.rating } : {}),
      ...(labels ? { labels } : {}),
      ...(correction ? { toneCorrection: correction.tone } : {}),
      ...(tone ? { tone } : {}),
      ...(data.playbookId ? { playbookId: data.playbookId } : {}),
      ...(data.templateId ? { templateId: data.templateId } : {}),
      replyText: data.replyText,
      action: data.action,
      firstSeenAt,
      repliedAt,
      ...(data.followUpAt !== undefined ? { followUpAt: data.followUpAt } : {}),
      followUpState: data.followUpAt !== undefined ? 'due' : 'none',
      ...(data.notes ? { notes: data.notes } : {}),
    };
    await db.responses.add(row);
    await appendSearchEntries(db, [row]);
    await applyTallies(db, deltasFor([row]));
    return row;
  });
}

/**
 * Adds whole response rows (import, tests, benchmarks) with their search entries,
 * in one transaction. Rows must be new; oldest reply first keeps search blocks in time order.
 */
export async function addResponseRows(db: ReplybookDB, rows: ResponseRow[]): Promise<void> {
  await db.transaction('rw', [db.responses, db.searchBlocks, db.tallies], async () => {
    await db.responses.bulkAdd(rows);
    await applyTallies(db, deltasFor(rows));
    await appendSearchEntries(db, [...rows].sort((a, b) => a.repliedAt - b.repliedAt));
  });
}

/**
 * Remember items seen on a page (answered or not) with their labels, so the
 * People view can follow a person's tone over time. Owner replies are skipped.
 */
export async function recordItemsSeen(db: ReplybookDB, seen: unknown, now = Date.now()): Promise<number> {
  const entries = parseOrThrow(z.array(SeenItemSchema).max(5000), seen, 'items').filter(
    (entry) => !entry.item.isOwnerReply,
  );
  if (entries.length === 0) return 0;
  return db.transaction('rw', [db.items, db.authors, db.corrections], async () => {
    const ids = entries.map((entry) => entry.item.id);
    const [known, corrections] = await Promise.all([db.items.bulkGet(ids), db.corrections.bulkGet(ids)]);
    const rows = new Map<string, ItemRow>();
    entries.forEach((entry, index) => {
      const previous = rows.get(entry.item.id) ?? known[index];
      rows.set(
        entry.item.id,
        mergeItem(previous, entry.item, entry.labels, corrections[index]?.tone, entry.pageUrl, now),
      );
    });
    await db.items.bulkPut([...rows.values()]);
    const byAuthor = new Map<string, Item>();
    for (const entry of entries) {
      const key = authorKeyFor(entry.item.site, entry.item.author, entry.item.authorUrl);
      if (key) byAuthor.set(key, entry.item);
    }
    const authorKeys = [...byAuthor.keys()];
    const knownAuthors = await db.authors.bulkGet(authorKeys);
    await db.authors.bulkPut(authorKeys.map((key, index) => mergeAuthor(knownAuthors[index], key, byAuthor.get(key)!, now)));
    return rows.size;
  });
}

/**
 * Correct an item's tone (or remove the correction with `null`). Stored in
 * `corrections` and applied to the item and every response to it.
 */
export async function setToneCorrection(
  db: ReplybookDB,
  itemId: string,
  tone: Tone | null,
  now = Date.now(),
): Promise<void> {
  if (tone !== null) parseOrThrow(ToneSchema, tone, 'tone');
  await db.transaction('rw', [db.corrections, db.responses, db.items, db.tallies], async () => {
    const moved: TallyDeltas = new Map();
    if (tone === null) await db.corrections.delete(itemId);
    else await db.corrections.put({ itemId, tone, correctedAt: now });
    await db.responses
      .where('itemId')
      .equals(itemId)
      .modify((row) => {
        addDelta(moved, row, row.tone, -1);
        if (tone === null) {
          delete row.toneCorrection;
          if (row.labels) row.tone = row.labels.tone;
          else delete row.tone;
        } else {
          row.toneCorrection = tone;
          row.tone = tone;
        }
        addDelta(moved, row, row.tone, 1);
      });
    await applyTallies(db, moved);
    const item = await db.items.get(itemId);
    if (item) {
      const effective = tone ?? item.labels?.tone;
      if (effective) item.tone = effective;
      else delete item.tone;
      await db.items.put(item);
    }
  });
}

async function updateResponse(db: ReplybookDB, id: string, change: (row: ResponseRow) => void): Promise<ResponseRow> {
  return db.transaction('rw', db.responses, async () => {
    const row = await db.responses.get(id);
    if (!row) throw new StorageProblemError({ kind: 'not-found', message: `No logged response with id ${id}.` });
    change(row);
    await db.responses.put(row);
    return row;
  });
}

export async function setNotes(db: ReplybookDB, id: string, notes: string): Promise<ResponseRow> {
  const text = parseOrThrow(z.string().max(100_000), notes, 'notes');
  return updateResponse(db, id, (row) => {
    if (text.trim()) row.notes = text;
    else delete row.notes;
  });
}

// ---------------------------------------------------------------- queries

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

const newestFirst = (a: ResponseRow, b: ResponseRow) =>
  b.repliedAt - a.repliedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

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
    const [total, rows] = await Promise.all([
      ordered.clone().count(),
      ordered.clone().reverse().offset(offset).limit(limit).toArray(),
    ]);
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

// ---------------------------------------------------------------- people

export interface Turnaround {
  authorKey: string;
  /** The tone of the item we answered, and of the person's latest item after our reply. */
  from: Tone;
  to: Tone;
  answeredItemId: string;
  answeredAt: number;
  laterItemId: string;
  turnedAt: number;
}

/**
 * A person turned around when the latest item they wrote after one of our
 * replies is more positive than the item we answered.
 */
export function detectTurnaround(items: ItemRow[], responses: ResponseRow[]): Turnaround | undefined {
  const answered = responses
    .filter((row) => row.action !== 'ignored' && row.tone && row.authorKey)
    .sort((a, b) => b.repliedAt - a.repliedAt);
  const toned = items.filter((item) => item.tone).sort((a, b) => b.firstSeenAt - a.firstSeenAt);
  for (const response of answered) {
    const latest = toned.find((item) => item.firstSeenAt > response.repliedAt && item.id !== response.itemId);
    if (latest && TONE_RANK[latest.tone!] > TONE_RANK[response.tone!]) {
      return {
        authorKey: response.authorKey!,
        from: response.tone!,
        to: latest.tone!,
        answeredItemId: response.itemId,
        answeredAt: response.repliedAt,
        laterItemId: latest.id,
        turnedAt: latest.firstSeenAt,
      };
    }
  }
  return undefined;
}

export interface AuthorHistory {
  author?: AuthorRow;
  /** Everything seen from them, oldest first. */
  items: ItemRow[];
  /** Our responses to them, oldest first. */
  responses: ResponseRow[];
  turnaround?: Turnaround;
}

/** One person across visits: their items and our responses over time. */
export async function authorHistory(db: ReplybookDB, requestedKey: string): Promise<AuthorHistory> {
  const authorKey = await storedAuthorKey(db, requestedKey);
  const [author, items, responses] = await Promise.all([
    db.authors.get(authorKey),
    db.items.where('[authorKey+firstSeenAt]').between([authorKey, -Infinity], [authorKey, Infinity]).toArray(),
    db.responses.where('authorKey').equals(authorKey).sortBy('repliedAt'),
  ]);
  const turnaround = detectTurnaround(items, responses);
  return { ...(author ? { author } : {}), items, responses, ...(turnaround ? { turnaround } : {}) };
}

/**
 * Keys stored before authorKeyFor replaced lone surrogates reach the route with U+FFFD
 * in their place (see hrefFor): find the stored key they stand for.
 */
async function storedAuthorKey(db: ReplybookDB, key: string): Promise<string> {
  if (!key.includes('\uFFFD') || (await db.authors.get(key))) return key;
  const site = key.slice(0, key.indexOf(':'));
  const match = await db.authors
    .where('site')
    .equals(site)
    .filter((author) => wellFormed(author.key) === key)
    .first();
  return match?.key ?? key;
}

export interface PersonSummary {
  author: AuthorRow;
  itemCount: number;
  responseCount: number;
  /** Tone of each item over time, oldest first. */
  tones: Array<{ at: number; tone: Tone }>;
  lastResponseAt?: number;
  turnaround?: Turnaround;
}

/** Authors, most recently active first, with their tone over time. */
export async function peopleByRecentActivity(
  db: ReplybookDB,
  { offset = 0, limit = 50, site, text }: Page & { site?: string; text?: string } = {},
): Promise<{ total: number; people: PersonSummary[] }> {
  const base = db.authors.orderBy('lastSeenAt').reverse();
  // Search by name, profile key or site (words start words, case and accents ignored).
  const matches = text?.trim() ? textMatcher(text) : undefined;
  const keep = (author: AuthorRow) => (!site || author.site === site) && (!matches || matches(author.name, author.key, author.site));
  const filtered = site || matches ? base.filter(keep) : base;
  const [total, authors] = await Promise.all([
    matches ? db.authors.filter(keep).count() : site ? db.authors.where('site').equals(site).count() : db.authors.count(),
    filtered.offset(offset).limit(limit).toArray(),
  ]);
  const people = await Promise.all(
    authors.map(async (author): Promise<PersonSummary> => {
      const history = await authorHistory(db, author.key);
      const last = history.responses.at(-1);
      return {
        author,
        itemCount: history.items.length,
        responseCount: history.responses.length,
        tones: history.items.filter((item) => item.tone).map((item) => ({ at: item.firstSeenAt, tone: item.tone! })),
        ...(last ? { lastResponseAt: last.repliedAt } : {}),
        ...(history.turnaround ? { turnaround: history.turnaround } : {}),
      };
    }),
  );
  return { total, people };
}

// ---------------------------------------------------------------- follow-ups

/** Schedule (or move) a follow-up on a response. */
export async function setFollowUp(db: ReplybookDB, id: string, at: number): Promise<ResponseRow> {
  const when = parseOrThrow(epochMs, at, 'followUpAt');
  return updateResponse(db, id, (row) => {
    row.followUpAt = when;
    row.followUpState = 'due';
    delete row.followUpDoneAt;
  });
}

export async function snoozeFollowUp(db: ReplybookDB, id: string, until: number): Promise<ResponseRow> {
  const when = parseOrThrow(epochMs, until, 'followUpAt');
  return updateResponse(db, id, (row) => {
    row.followUpAt = when;
    row.followUpState = 'snoozed';
  });
}

export async function completeFollowUp(db: ReplybookDB, id: string, now = Date.now()): Promise<ResponseRow> {
  return updateResponse(db, id, (row) => {
    row.followUpState = 'done';
    row.followUpDoneAt = now;
  });
}

export async function clearFollowUp(db: ReplybookDB, id: string): Promise<ResponseRow> {
  return updateResponse(db, id, (row) => {
    row.followUpState = 'none';
    delete row.followUpAt;
    delete row.followUpDoneAt;
  });
}

function pendingUntil(db: ReplybookDB, state: 'due' | 'snoozed', until: number) {
  return db.responses.where('[followUpState+followUpAt]').between([state, -Infinity], [state, until], true, true);
}

/** Follow-ups whose time has come (scheduled or snoozed), oldest first. */
export async function dueFollowUps(db: ReplybookDB, now = Date.now()): Promise<ResponseRow[]> {
  const [due, snoozed] = await Promise.all([
    pendingUntil(db, 'due', now).toArray(),
    pendingUntil(db, 'snoozed', now).toArray(),
  ]);
  return [...due, ...snoozed].sort((a, b) => (a.followUpAt ?? 0) - (b.followUpAt ?? 0));
}

export async function countDueFollowUps(db: ReplybookDB, now = Date.now()): Promise<number> {
  const [due, snoozed] = await Promise.all([pendingUntil(db, 'due', now).count(), pendingUntil(db, 'snoozed', now).count()]);
  return due + snoozed;
}

/** Follow-ups in one state, by their time (done: most recent first). */
export async function followUpsInState(
  db: ReplybookDB,
  state: Exclude<FollowUpState, 'none'>,
  limit = 500,
): Promise<ResponseRow[]> {
  const range = db.responses
    .where('[followUpState+followUpAt]')
    .between([state, -Infinity], [state, Infinity], true, true);
  return (state === 'done' ? range.reverse() : range).limit(limit).toArray();
}
