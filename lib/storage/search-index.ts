import type { ReplybookDB } from './db';
import { searchWords } from './search-words';

/**
 * The log's full-text search, without a multi-entry index.
 *
 * A multi-entry word index writes ~25 index entries per response, which made
 * inserting and importing 100,000 responses take minutes in Chromium. Instead the
 * folded words of each response are appended to `searchBlocks`, a few hundred
 * rows of SEARCH_BLOCK_SIZE entries each (item and reply texts never change after a
 * response is logged, so the blocks are append-only). A page that searches reads
 * the blocks once, keeps them in memory, and later reads only what was appended.
 */
export const SEARCH_BLOCK_SIZE = 500;

export interface SearchBlockRow {
  seq: number;
  /** Random per block: tells a cache that a wiped and refilled table is not the one it read. */
  token: string;
  ids: string[];
  /** Per id: " word word …" (folded, stop words out), so " "+prefix finds a word start. */
  texts: string[];
}

export function searchTextOf(itemText: string | undefined, replyText: string | undefined): string {
  const words = searchWords(itemText, replyText);
  return words.length ? ' ' + words.join(' ') : '';
}

const newToken = () => crypto.randomUUID();

/**
 * Appends responses' search texts. Call inside a read-write transaction that
 * includes `searchBlocks` and the responses being written, so both land or neither.
 */
export async function appendSearchEntries(
  db: ReplybookDB,
  entries: Array<{ id: string; itemText?: string; replyText?: string }>,
): Promise<void> {
  if (entries.length === 0) return;
  const last = await db.searchBlocks.orderBy('seq').last();
  let block: SearchBlockRow =
    last && last.ids.length < SEARCH_BLOCK_SIZE ? last : { seq: (last?.seq ?? -1) + 1, token: newToken(), ids: [], texts: [] };
  const changed: SearchBlockRow[] = [block];
  for (const entry of entries) {
    if (block.ids.length >= SEARCH_BLOCK_SIZE) {
      block = { seq: block.seq + 1, token: newToken(), ids: [], texts: [] };
      changed.push(block);
    }
    block.ids.push(entry.id);
    block.texts.push(searchTextOf(entry.itemText, entry.replyText));
  }
  await db.searchBlocks.bulkPut(changed);
}

/** Builds the blocks for rows already stored (schema upgrade), in one pass. */
export function buildSearchBlocks(entries: Array<{ id: string; text: string }>): SearchBlockRow[] {
  const blocks: SearchBlockRow[] = [];
  for (let start = 0; start < entries.length; start += SEARCH_BLOCK_SIZE) {
    const slice = entries.slice(start, start + SEARCH_BLOCK_SIZE);
    blocks.push({ seq: blocks.length, token: newToken(), ids: slice.map((e) => e.id), texts: slice.map((e) => e.text) });
  }
  return blocks;
}

interface CachedBlocks {
  blocks: Map<number, SearchBlockRow>;
  /** The last block as it was read: its seq, token and length. */
  lastSeq: number;
  lastToken: string;
  lastLength: number;
}

const caches = new WeakMap<ReplybookDB, CachedBlocks>();

/** The search blocks, from memory when nothing was appended since the last read. */
async function currentBlocks(db: ReplybookDB): Promise<Iterable<SearchBlockRow>> {
  const last = await db.searchBlocks.orderBy('seq').last();
  if (!last) {
    caches.delete(db);
    return [];
  }
  let cache = caches.get(db);
  if (cache && cache.lastSeq === last.seq && cache.lastToken === last.token && cache.lastLength === last.ids.length) {
    return cache.blocks.values();
  }
  if (cache && last.seq >= cache.lastSeq) {
    // Read from the last block we knew of; if it was replaced (wiped, refilled), start over.
    const fresh = await db.searchBlocks.where('seq').aboveOrEqual(cache.lastSeq).toArray();
    if (fresh[0]?.seq === cache.lastSeq && fresh[0].token === cache.lastToken) {
      for (const block of fresh) cache.blocks.set(block.seq, block);
    } else {
      cache = undefined;
    }
  } else {
    cache = undefined;
  }
  if (!cache) {
    const all = await db.searchBlocks.toArray();
    cache = { blocks: new Map(all.map((block) => [block.seq, block])), lastSeq: 0, lastToken: '', lastLength: 0 };
  }
  const newest = cache.blocks.get(Math.max(...cache.blocks.keys()))!;
  cache.lastSeq = newest.seq;
  cache.lastToken = newest.token;
  cache.lastLength = newest.ids.length;
  caches.set(db, cache);
  return cache.blocks.values();
}

/**
 * Ids of the responses in which every query word starts some word of the item or
 * reply text (words as `queryWords` gives them: folded, no stop words).
 */
export async function idsMatchingWords(db: ReplybookDB, words: string[]): Promise<Set<string>> {
  const matches = new Set<string>();
  if (words.length === 0) return matches;
  const needles = words.map((word) => ' ' + word);
  for (const block of await currentBlocks(db)) {
    const { ids, texts } = block;
    for (let i = 0; i < ids.length; i++) {
      const text = texts[i]!;
      if (needles.every((needle) => text.includes(needle))) matches.add(ids[i]!);
    }
  }
  return matches;
}

/** Reads the blocks into memory ahead of the first search (the Log page calls it when idle). */
export async function warmSearchIndex(db: ReplybookDB): Promise<void> {
  await currentBlocks(db);
}
