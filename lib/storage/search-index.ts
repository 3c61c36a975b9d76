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
  /** Per id, fields a response never changes, so a search filters and orders without reading rows. */
  repliedAt: number[];
  sites: string[];
  actions: string[];
}

/** What a search entry is made from (a response row has all of it). */
export interface SearchSource {
  id: string;
  itemText?: string;
  replyText?: string;
  repliedAt: number;
  site: string;
  action: string;
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
const emptyBlock = (seq: number): SearchBlockRow => ({ seq, token: newToken(), ids: [], texts: [], repliedAt: [], sites: [], actions: [] });

function pushEntry(block: SearchBlockRow, source: SearchSource, text = searchTextOf(source.itemText, source.replyText)) {
  block.ids.push(source.id);
  block.texts.push(text);
  block.repliedAt.push(source.repliedAt);
  block.sites.push(source.site);
  block.actions.push(source.action);
}

export async function appendSearchEntries(db: ReplybookDB, entries: SearchSource[]): Promise<void> {
  if (entries.length === 0) return;
  const last = await db.searchBlocks.orderBy('seq').last();
  let block = last && last.ids.length < SEARCH_BLOCK_SIZE ? last : emptyBlock((last?.seq ?? -1) + 1);
  const changed: SearchBlockRow[] = [block];
  for (const entry of entries) {
    if (block.ids.length >= SEARCH_BLOCK_SIZE) {
      block = emptyBlock(block.seq + 1);
      changed.push(block);
    }
    pushEntry(block, entry);
  }
  await db.searchBlocks.bulkPut(changed);
}

/** Builds the blocks for rows already stored (schema upgrade), in the order given. */
export function buildSearchBlocks(entries: Array<SearchSource & { text: string }>): SearchBlockRow[] {
  const blocks: SearchBlockRow[] = [];
  for (const entry of entries) {
    let block = blocks.at(-1);
    if (!block || block.ids.length >= SEARCH_BLOCK_SIZE) blocks.push((block = emptyBlock(blocks.length)));
    pushEntry(block, entry, entry.text);
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

export interface SearchHit {
  id: string;
  repliedAt: number;
}

/** Filters a search applies itself, from the blocks (fields a response never changes). */
export interface SearchBlockFilters {
  site?: string | undefined;
  action?: string | undefined;
  from?: number | undefined;
  to?: number | undefined;
}

/**
 * Responses in which every query word starts some word of the item or reply text
 * (words as `queryWords` gives them: folded, no stop words; none: every response),
 * narrowed by site, action and reply time, newest reply first. Reads no response rows.
 */
export async function searchResponses(db: ReplybookDB, words: string[], filters: SearchBlockFilters = {}): Promise<SearchHit[]> {
  const hits: SearchHit[] = [];
  const needles = words.map((word) => ' ' + word);
  const from = filters.from ?? -Infinity;
  const to = filters.to ?? Infinity;
  for (const block of await currentBlocks(db)) {
    const { ids, texts, repliedAt, sites, actions } = block;
    for (let i = 0; i < ids.length; i++) {
      const at = repliedAt[i]!;
      if (at < from || at > to) continue;
      if (filters.site !== undefined && sites[i] !== filters.site) continue;
      if (filters.action !== undefined && actions[i] !== filters.action) continue;
      const text = texts[i]!;
      if (needles.every((needle) => text.includes(needle))) hits.push({ id: ids[i]!, repliedAt: at });
    }
  }
  // Newest first; equal times by id, descending (as the repliedAt index orders them, reversed).
  return hits.sort((a, b) => b.repliedAt - a.repliedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/** Reads the blocks into memory ahead of the first search (the Log page calls it when idle). */
export async function warmSearchIndex(db: ReplybookDB): Promise<void> {
  await currentBlocks(db);
}
