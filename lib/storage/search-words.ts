/**
 * Words for the log's full-text search: lower case, accents folded, split on
 * anything that is not a letter or digit. Stored in `searchBlocks` (search-index.ts).
 */
const MAX_WORDS_PER_ROW = 1000;
const MAX_WORD_LENGTH = 40;

/**
 * The commonest English words are left out of the index: they are a third of
 * most texts (so a third of the index writes) and useless as search terms.
 */
const STOP_WORDS = new Set(
  (
    'a an and are as at be but by for from had has have he her his i if in is it its me my no not of on or our ' +
    'she so that the their them there they this to us was we were what when which who will with you your'
  ).split(' '),
);

/** Fold case and accents so "Café" and "cafe" meet. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Unique words of a text, in order of first use, at most MAX_WORDS_PER_ROW. */
export function searchWords(...texts: Array<string | undefined>): string[] {
  const seen = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const word of foldText(text).split(/[^\p{L}\p{N}]+/u)) {
      if (!word || STOP_WORDS.has(word)) continue;
      seen.add(word.slice(0, MAX_WORD_LENGTH));
      if (seen.size >= MAX_WORDS_PER_ROW) return [...seen];
    }
  }
  return [...seen];
}

/**
 * The words of a search box query; each must prefix some word of a matching row.
 * Stop words are dropped; a query of stop words or symbols only gives [] (the
 * caller then compares raw text).
 */
export function queryWords(query: string): string[] {
  const words = foldText(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word && !STOP_WORDS.has(word));
  return [...new Set(words.map((word) => word.slice(0, MAX_WORD_LENGTH)))];
}

/**
 * A matcher for small in-memory lists (people, follow-ups), with the log's rules:
 * each query word must start a word of one of the texts, case and accents ignored.
 * An empty query matches everything; a query of stop words only matches raw text.
 */
export function textMatcher(query: string): (...texts: Array<string | undefined>) => boolean {
  const words = queryWords(query);
  const raw = foldText(query.trim());
  if (!raw) return () => true;
  if (words.length === 0) return (...texts) => texts.some((text) => text !== undefined && foldText(text).includes(raw));
  return (...texts) => {
    const own = foldText(texts.filter(Boolean).join(' ')).split(/[^\p{L}\p{N}]+/u);
    return words.every((word) => own.some((candidate) => candidate.startsWith(word)));
  };
}
