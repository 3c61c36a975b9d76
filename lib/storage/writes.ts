import { z } from 'zod';
import type { Labels, Tone } from '@/lib/classifier/labels';
import { ToneSchema } from '@/lib/classifier/labels';
import type { Item } from '@/lib/sites/item';
import { EpochMsSchema, isSensibleTime } from '@/lib/time';
import { effectiveTone } from '@/lib/tone';
import type { AuthorRow, ItemRow, ReplybookDB, ResponseRow } from './db';
import { clearSchedule, completeAt, scheduleFollowUp, snoozeUntil } from './follow-ups';
import { authorKeyFor, newId } from './ids';
import { parseOrThrow, StorageProblemError } from './problems';
import { ResponseInputSchema, SeenItemSchema, type ResponseData, type SeenItemData } from './schemas';
import { withInboxKey } from './inbox-key';
import { latestActions } from './queries';
import { appendSearchEntries } from './search-index';
import { figuresBefore } from './figures';
import { addDelta, applyTallies, deltasFor, type TallyDeltas } from './tallies';

/**
 * Every write to the personal log (responses, items, authors, corrections, follow-ups,
 * notes, imported rows, wiping) is here, whichever page asks: the background for the side
 * panel, the dashboard for its own edits. Each input is parsed once, here. Every write
 * that touches more than one table runs in one transaction, so a failure leaves nothing
 * half-written.
 */

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
  const tone = effectiveTone(bestLabels?.tone, correction);
  const postedAt = parsePostedAt(item) ?? known?.postedAt;
  const url = pageUrl ?? known?.pageUrl;
  // A logged action stays; else the owner's reply under it on the page counts as handled.
  const handled = known?.handled ?? (item.hasOwnerReply ? ('repliedOnPage' as const) : undefined);
  return withInboxKey({
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
    ...(handled ? { handled } : {}),
  });
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
 * Log one response from raw input (a stored intent, a test): parses it, then `writeResponse`.
 * @throws StorageProblemError (kind 'invalid') naming the bad field.
 */
export async function logResponse(db: ReplybookDB, input: unknown, now = Date.now()): Promise<ResponseRow> {
  return writeResponse(db, parseOrThrow(ResponseInputSchema, input), now);
}

/**
 * Log one parsed response: upserts the item and its author and writes the response, all
 * in one transaction. Its tone is the effective tone (lib/tone.ts).
 */
export async function writeResponse(db: ReplybookDB, data: ResponseData, now = Date.now()): Promise<ResponseRow> {
  const { item } = data;
  const repliedAt = data.repliedAt ?? now;
  return db.transaction('rw', [db.responses, db.authors, db.items, db.corrections, db.searchBlocks, db.tallies, db.figures], async () => {
    const figuresAfter = await figuresBefore(db, {
      itemIds: [item.id],
      authorKeys: [authorKeyFor(item.site, item.author, item.authorUrl)],
    });
    const [correction, knownItem] = await Promise.all([db.corrections.get(item.id), db.items.get(item.id)]);
    const firstSeenAt = Math.min(data.firstSeenAt ?? knownItem?.firstSeenAt ?? repliedAt, repliedAt);
    const itemRow = mergeItem(knownItem, item, data.labels, correction?.tone, data.pageUrl, firstSeenAt);
    itemRow.lastSeenAt = Math.max(itemRow.lastSeenAt, repliedAt);
    itemRow.handled = data.action;
    await db.items.put(withInboxKey(itemRow));
    const authorKey = itemRow.authorKey;
    if (authorKey) {
      const knownAuthor = await db.authors.get(authorKey);
      const author = mergeAuthor(knownAuthor, authorKey, item, repliedAt);
      author.firstSeenAt = Math.min(author.firstSeenAt, firstSeenAt);
      await db.authors.put(author);
    }
    const labels = data.labels ?? knownItem?.labels;
    const tone = effectiveTone(labels?.tone, correction?.tone);
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
    await figuresAfter();
    return row;
  });
}

/**
 * Adds whole response rows (import, tests, benchmarks) with their search entries,
 * in one transaction. Rows must be new; oldest reply first keeps search blocks in time order.
 */
export async function addResponseRows(db: ReplybookDB, rows: ResponseRow[]): Promise<void> {
  await db.transaction('rw', [db.responses, db.searchBlocks, db.tallies, db.items, db.figures], async () => {
    const figuresAfter = await figuresBefore(db, { itemIds: rows.map((row) => row.itemId), authorKeys: rows.map((row) => row.authorKey) });
    await db.responses.bulkAdd(rows);
    await markItemsFromRows(db, rows);
    await figuresAfter();
    await applyTallies(db, deltasFor(rows));
    await appendSearchEntries(
      db,
      [...rows].sort((a, b) => a.repliedAt - b.repliedAt),
    );
  });
}

/** The stored items these new rows are about leave the inbox, with the latest row's action. */
async function markItemsFromRows(db: ReplybookDB, rows: readonly ResponseRow[]): Promise<void> {
  const actions = latestActions(rows);
  if (actions.size === 0) return;
  const ids = [...actions.keys()];
  const known = await db.items.bulkGet(ids);
  const changed = known.flatMap((item, index) => {
    if (!item) return [];
    const action = actions.get(ids[index]!)!;
    return item.handled === action && item.inbox === undefined ? [] : [withInboxKey({ ...item, handled: action })];
  });
  if (changed.length) await db.items.bulkPut(changed);
}

/**
 * Marks items the user dealt with elsewhere (the inbox's bulk actions): one response per
 * item with `action` and no reply text, as the panel logs "Mark answered" / "Ignore",
 * written with its search entry and tally in one transaction; the items leave the inbox.
 * Unknown ids are skipped. Returns the rows written.
 */
export async function markItemsHandled(
  db: ReplybookDB,
  itemIds: readonly string[],
  action: 'answered' | 'ignored',
  now = Date.now(),
): Promise<ResponseRow[]> {
  const ids = [...new Set(parseOrThrow(z.array(z.string().min(1).max(2048)).max(100_000), itemIds, 'itemIds'))];
  parseOrThrow(z.enum(['answered', 'ignored']), action, 'action');
  const repliedAt = parseOrThrow(EpochMsSchema, now, 'now');
  return db.transaction('rw', [db.responses, db.searchBlocks, db.tallies, db.items, db.figures], async () => {
    const figuresAfter = await figuresBefore(db, { itemIds: ids });
    const items = (await db.items.bulkGet(ids)).filter((item): item is ItemRow => item !== undefined);
    const rows: ResponseRow[] = items.map((item) => ({
      id: newId(),
      itemId: item.id,
      site: item.site,
      pageUrl: item.pageUrl ?? '',
      ...(item.permalink ? { permalink: item.permalink } : {}),
      ...(item.authorKey ? { authorKey: item.authorKey } : {}),
      ...(item.authorName ? { authorName: item.authorName } : {}),
      itemText: item.text,
      ...(item.rating !== undefined ? { rating: item.rating } : {}),
      ...(item.labels ? { labels: item.labels } : {}),
      ...(item.tone ? { tone: item.tone } : {}),
      ...(item.tone && item.labels && item.tone !== item.labels.tone ? { toneCorrection: item.tone } : {}),
      replyText: '',
      action,
      firstSeenAt: Math.min(item.firstSeenAt, repliedAt),
      repliedAt,
      followUpState: 'none',
    }));
    await db.responses.bulkAdd(rows);
    await appendSearchEntries(db, rows);
    await applyTallies(db, deltasFor(rows));
    await db.items.bulkPut(items.map((item) => withInboxKey({ ...item, handled: action })));
    await figuresAfter();
    return rows;
  });
}

/**
 * Remember items seen on a page (answered or not) with their labels, so the
 * People view can follow a person's tone over time. Owner replies are skipped.
 */
export async function recordItemsSeen(db: ReplybookDB, seen: unknown, now = Date.now()): Promise<number> {
  return writeItemsSeen(db, parseOrThrow(z.array(SeenItemSchema).max(5000), seen, 'items'), now);
}

/** `recordItemsSeen` for entries already parsed (the background's, from a validated `itemsFound`). */
export async function writeItemsSeen(db: ReplybookDB, seen: readonly SeenItemData[], now = Date.now()): Promise<number> {
  const entries = seen.filter((entry) => !entry.item.isOwnerReply);
  if (entries.length === 0) return 0;
  return db.transaction('rw', [db.items, db.authors, db.corrections, db.responses, db.figures], async () => {
    const ids = entries.map((entry) => entry.item.id);
    const [known, corrections] = await Promise.all([db.items.bulkGet(ids), db.corrections.bulkGet(ids)]);
    const rows = new Map<string, ItemRow>();
    entries.forEach((entry, index) => {
      const previous = rows.get(entry.item.id) ?? known[index];
      rows.set(entry.item.id, mergeItem(previous, entry.item, entry.labels, corrections[index]?.tone, entry.pageUrl, now));
    });
    // The figures change only with an item's tone, first sighting, site or person: a page seen
    // again (the usual report) recounts nothing.
    const before = new Map(known.map((item) => [item?.id, item]));
    const moved = [...rows.values()].filter((row) => {
      const was = before.get(row.id);
      return (
        !was || was.tone !== row.tone || was.firstSeenAt !== row.firstSeenAt || was.site !== row.site || was.authorKey !== row.authorKey
      );
    });
    const figuresAfter = await figuresBefore(db, { itemIds: moved.map((row) => row.id), authorKeys: moved.map((row) => row.authorKey) });
    await db.items.bulkPut([...rows.values()]);
    await figuresAfter();
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
export async function setToneCorrection(db: ReplybookDB, itemId: string, tone: Tone | null, now = Date.now()): Promise<void> {
  if (tone !== null) parseOrThrow(ToneSchema, tone, 'tone');
  await db.transaction('rw', [db.corrections, db.responses, db.items, db.tallies, db.figures], async () => {
    const figuresAfter = await figuresBefore(db, { itemIds: [itemId] });
    const moved: TallyDeltas = new Map();
    if (tone === null) await db.corrections.delete(itemId);
    else await db.corrections.put({ itemId, tone, correctedAt: now });
    await db.responses
      .where('itemId')
      .equals(itemId)
      .modify((row) => {
        addDelta(moved, row, row.tone, -1);
        if (tone === null) delete row.toneCorrection;
        else row.toneCorrection = tone;
        const effective = effectiveTone(row.labels?.tone, tone);
        if (effective) row.tone = effective;
        else delete row.tone;
        addDelta(moved, row, row.tone, 1);
      });
    await applyTallies(db, moved);
    const item = await db.items.get(itemId);
    if (item) {
      const effective = effectiveTone(item.labels?.tone, tone);
      if (effective) item.tone = effective;
      else delete item.tone;
      await db.items.put(withInboxKey(item));
    }
    await figuresAfter();
  });
}

/** Changes one stored response (notes, follow-up state). */
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

// Follow-up transitions (the state machine is follow-ups.ts); times are parsed here, where they enter.

/** Schedule (or move) a follow-up on a response. */
export async function setFollowUp(db: ReplybookDB, id: string, at: number): Promise<ResponseRow> {
  return updateResponse(db, id, scheduleFollowUp(parseOrThrow(EpochMsSchema, at, 'followUpAt')));
}

export async function snoozeFollowUp(db: ReplybookDB, id: string, until: number): Promise<ResponseRow> {
  return updateResponse(db, id, snoozeUntil(parseOrThrow(EpochMsSchema, until, 'followUpAt')));
}

export async function completeFollowUp(db: ReplybookDB, id: string, now = Date.now()): Promise<ResponseRow> {
  return updateResponse(db, id, completeAt(now));
}

export async function clearFollowUp(db: ReplybookDB, id: string): Promise<ResponseRow> {
  return updateResponse(db, id, clearSchedule());
}

/** How an import reports its progress and learns it was cancelled. */
export interface ImportProgress {
  /** Called after each chunk with the rows written so far and the rows to write. */
  onProgress?: (written: number, total: number) => void;
  /** Aborting it stops the import between chunks; the transaction then rolls back. */
  signal?: AbortSignal;
  /** Rows per chunk (default 2,000). */
  chunkSize?: number;
}

export const IMPORT_CANCELLED_MESSAGE = 'Import cancelled. Nothing was imported; your data is unchanged.';

/**
 * Adds an import's new rows, call inside the caller's transaction (which decides which
 * rows are new). Rows go in chunks, progress reported after each; a cancel throws between
 * chunks, so the one transaction rolls back and the log stays as it was. Responses go
 * through addResponseRows (search entries and tallies with them), oldest reply first.
 */
export async function addImportedRows(
  db: ReplybookDB,
  rows: {
    responses: ResponseRow[];
    authors: unknown[];
    corrections: unknown[];
    playbooks: unknown[];
    templates: unknown[];
    settings: unknown[];
    items: unknown[];
  },
  { onProgress, signal, chunkSize = 2000 }: ImportProgress = {},
): Promise<void> {
  // Imported items (validated by the caller; the inbox key is not taken from a file): what was done
  // about them is the imported responses' latest action, else what the file says.
  const actions = latestActions(rows.responses);
  const items = (rows.items as ItemRow[]).map((item) => {
    const action = actions.get(item.id);
    return withInboxKey(action ? { ...item, handled: action } : { ...item });
  });
  const responses = [...rows.responses].sort((a, b) => a.repliedAt - b.repliedAt);
  const tables: Array<[rows: unknown[], write: (chunk: unknown[]) => Promise<unknown>]> = [
    [responses, (chunk) => addResponseRows(db, chunk as ResponseRow[])],
    [
      items,
      async (chunk) => {
        const added = chunk as ItemRow[];
        const figuresAfter = await figuresBefore(db, {
          itemIds: added.map((item) => item.id),
          authorKeys: added.map((item) => item.authorKey),
        });
        await db.items.bulkAdd(added);
        await figuresAfter();
      },
    ],
    [rows.authors, (chunk) => db.authors.bulkAdd(chunk as never[])],
    [rows.corrections, (chunk) => db.corrections.bulkAdd(chunk as never[])],
    [rows.playbooks, (chunk) => db.playbooks.bulkAdd(chunk as never[])],
    [rows.templates, (chunk) => db.templates.bulkAdd(chunk as never[])],
    [rows.settings, (chunk) => db.settings.bulkAdd(chunk as never[])],
  ];
  const total = tables.reduce((sum, [list]) => sum + list.length, 0);
  let written = 0;
  const stopIfCancelled = () => {
    if (signal?.aborted) throw new StorageProblemError({ kind: 'cancelled', message: IMPORT_CANCELLED_MESSAGE });
  };
  onProgress?.(0, total);
  for (const [list, write] of tables) {
    for (let start = 0; start < list.length; start += chunkSize) {
      stopIfCancelled();
      const chunk = list.slice(start, start + chunkSize);
      await write(chunk);
      written += chunk.length;
      onProgress?.(written, total);
    }
  }
  stopIfCancelled();
}

/** Delete every row of every table (the UI asks for a typed confirmation first). */
export async function wipeAll(db: ReplybookDB): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
}
