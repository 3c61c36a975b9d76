/**
 * Words for the log's full-text index: lower case, accents folded, split on
 * anything that is not a letter or digit. Kept in `responses.words` (a
 * multi-entry index) so a search reads index keys, never 100k row values.
 */
const MAX_WORDS_PER_ROW = 1000;
const MAX_WORD_LENGTH = 40;

/** Fold case and accents so "Café" and "cafe" meet. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Unique words of a text, in order of first use, at most MAX_WORDS_PER_ROW. */
export function searchWords(...texts: Array<string | undefined>): string[] {
  const seen = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const word of foldText(text).split(/[^\p{L}\p{N}]+/u)) {
      if (!word) continue;
      seen.add(word.slice(0, MAX_WORD_LENGTH));
      if (seen.size >= MAX_WORDS_PER_ROW) return [...seen];
    }
  }
  return [...seen];
}

/** The words of a search box query; each must prefix some word of a matching row. */
export function queryWords(query: string): string[] {
  return [...new Set(foldText(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean))].map((word) =>
    word.slice(0, MAX_WORD_LENGTH),
  );
}
