import type { Tone } from '@/lib/classifier/labels';
import type { Family } from '@/lib/playbooks/family';
import type { ItemRow } from '@/lib/storage/db';
import { foldText, queryWords, searchWords } from '@/lib/storage/search-words';
import { familyOfLabels } from './status';

/**
 * The inbox's model: every open item (nothing logged, no owner reply on the page) across
 * pages and sites. The dashboard reads the open items once, by the `items.inbox` index, in
 * inbox order (worst, then longest waiting first: lib/storage/inbox-key.ts); each becomes an
 * entry with what the filters need worked out once (family, language, folded words), so a
 * filter, a sort or a keystroke in the search box never reads the database again.
 */
export interface InboxEntry {
  row: ItemRow;
  /** The effective tone (`row.tone`, which carries the user's correction). */
  tone?: Tone;
  family?: Family;
  language?: string;
  /** The item's own time, else when it was first seen. */
  waitingSince: number;
  /**
   * " word word …" of the text and author, folded like the log's search (each query word must
   * start one). Worked out by the first search, not on load: most visits never search.
   */
  words?: string;
  /** Index in inbox order, the default sort. */
  rank: number;
}

export const INBOX_SORTS = ['worst', 'newest', 'rating', 'waiting'] as const;
export type InboxSort = (typeof INBOX_SORTS)[number];
export const INBOX_SORT_WORDS: Record<InboxSort, string> = {
  worst: 'Worst and oldest first',
  newest: 'Newest first',
  rating: 'Lowest rating first',
  waiting: 'Waiting longest',
};

export interface InboxQuery {
  site?: string;
  tone?: Tone;
  family?: Family;
  language?: string;
  text?: string;
  sort?: InboxSort;
}

/** Entries from the open items, in the order given (the index's). */
export function inboxEntries(rows: readonly ItemRow[]): InboxEntry[] {
  return rows.map((row, rank) => {
    const tone = row.tone;
    const family = row.labels && tone ? familyOfLabels(row.labels, tone, row.text) : undefined;
    return {
      row,
      ...(tone ? { tone } : {}),
      ...(family ? { family } : {}),
      ...(row.labels?.language ? { language: row.labels.language } : {}),
      waitingSince: row.postedAt ?? row.firstSeenAt,
      rank,
    };
  });
}

function wordsOf(row: ItemRow): string {
  const words = searchWords(row.text, row.authorName);
  return words.length ? ' ' + words.join(' ') : '';
}

/**
 * Folds the words of entries from `start` for at most `budgetMs`; returns where it stopped.
 * The inbox runs it while the browser is idle, so the first search does not fold 30,000 texts.
 */
export function foldInboxWords(entries: readonly InboxEntry[], start: number, budgetMs: number, now = () => performance.now()): number {
  const until = now() + budgetMs;
  let index = start;
  while (index < entries.length) {
    const entry = entries[index]!;
    entry.words ??= wordsOf(entry.row);
    index += 1;
    if (index % 200 === 0 && now() >= until) break;
  }
  return index;
}

function textFilter(text: string | undefined): ((entry: InboxEntry) => boolean) | undefined {
  const raw = foldText(text?.trim() ?? '');
  if (!raw) return undefined;
  const words = queryWords(raw);
  // Only symbols or stop words: compare the raw text, as the log does.
  if (words.length === 0) return (entry) => foldText(entry.row.text).includes(raw);
  const starts = words.map((word) => ' ' + word);
  return (entry) => {
    entry.words ??= wordsOf(entry.row);
    const own = entry.words;
    return starts.every((start) => own.includes(start));
  };
}

const SORTS: Record<InboxSort, (a: InboxEntry, b: InboxEntry) => number> = {
  worst: (a, b) => a.rank - b.rank,
  newest: (a, b) => b.waitingSince - a.waitingSince || a.rank - b.rank,
  waiting: (a, b) => a.waitingSince - b.waitingSince || a.rank - b.rank,
  // Unrated items (comments) after rated ones, each group worst first.
  rating: (a, b) => (a.row.rating ?? Infinity) - (b.row.rating ?? Infinity) || a.rank - b.rank,
};

/** The entries matching the query, in its order. One pass over the entries in memory. */
export function queryInbox(entries: readonly InboxEntry[], query: InboxQuery): InboxEntry[] {
  const matchesText = textFilter(query.text);
  const matched = entries.filter(
    (entry) =>
      (query.site === undefined || entry.row.site === query.site) &&
      (query.tone === undefined || entry.tone === query.tone) &&
      (query.family === undefined || entry.family === query.family) &&
      (query.language === undefined || entry.language === query.language) &&
      (matchesText === undefined || matchesText(entry)),
  );
  const sort = query.sort ?? 'worst';
  return sort === 'worst' ? matched : matched.sort(SORTS[sort]);
}

/** The distinct values of a field among the entries, sorted, for the filter menus. */
export function inboxChoices(entries: readonly InboxEntry[]): { sites: string[]; families: Family[]; languages: string[] } {
  const sites = new Set<string>();
  const families = new Set<Family>();
  const languages = new Set<string>();
  for (const entry of entries) {
    sites.add(entry.row.site);
    if (entry.family) families.add(entry.family);
    if (entry.language) languages.add(entry.language);
  }
  return { sites: [...sites].sort(), families: [...families].sort(), languages: [...languages].sort() };
}
