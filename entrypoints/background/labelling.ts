import { classify } from '@/lib/classifier';
import type { Labels } from '@/lib/classifier/labels';
import { neutralText } from '@/lib/display/text';
import type { LabelledItem } from '@/lib/messaging/protocol';
import { readItem } from '@/lib/reading';
import { fold } from '@/lib/reading/cues';
import type { Item } from '@/lib/sites/item';

/**
 * Page text as Replybook keeps it: no bidirectional controls (a name "\u202EnimdA" must not
 * read "Admin" in the panel, the log or a reply quoting it) and no lone surrogates.
 */
export function neutralItem(item: Item): Item {
  return {
    ...item,
    text: neutralText(item.text),
    ...(item.author !== undefined ? { author: neutralText(item.author) } : {}),
    ...(item.title !== undefined ? { title: neutralText(item.title) } : {}),
    ...(item.timeText !== undefined ? { timeText: neutralText(item.timeText) } : {}),
  };
}

/**
 * Reads each item (language, tone with stars, flags, questions, points): the classifier's labels.
 * `ownWords` are the business's own names and handle (a leading "@brandhandle" is the business,
 * not someone else; its name is never one of the person's points).
 */
export function labelItems(items: Item[], ownWords: string[] = []): LabelledItem[] {
  // One detector (the reading's own, eld) in every browser and in the CLI: Chromium's and
  // Firefox's i18n.detectLanguage disagree on some reviews, and the Firefox suite showed the
  // same page reading differently in the two browsers when the browser's answer was used.
  return items.map((item) => ({
    ...item,
    labels: readItem(
      { text: item.text, title: item.title, rating: item.rating, ratingMax: item.ratingMax, author: item.author },
      { classify, ownWords },
    ) as Labels,
  }));
}

/** The words of the business's names, as the reading compares them (lower case, and folded). */
function ownTokens(ownWords: readonly string[]): string[] {
  const tokens = new Set<string>();
  for (const word of ownWords) {
    for (const token of word.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (token) tokens.add(sigma(token));
    for (const token of fold(word).split(/[^\p{L}\p{N}]+/u)) if (token) tokens.add(sigma(token));
  }
  return [...tokens];
}
const sigma = (text: string) => text.replace(/ς/gu, 'σ');

/**
 * Whether the reading of this item may depend on the business's names: the reading uses them only
 * where the text (or title) holds one of their words (a leading @handle, the business named, a
 * name kept out of the points), so an item holding none reads the same with or without them.
 */
export function mayNameOwnWords(item: Pick<Item, 'text' | 'title'>, ownWords: readonly string[]): boolean {
  const tokens = ownTokens(ownWords);
  if (tokens.length === 0) return false;
  const raw = `${item.title ?? ''}\n${item.text}`;
  const lower = sigma(raw.toLowerCase());
  const folded = sigma(fold(raw));
  return tokens.some((token) => lower.includes(token) || folded.includes(token));
}

/** The business's names the last report was read with: the next report's guess while the settings are read. */
let lastOwnWords: readonly string[] = [];

/**
 * `labelItems`, started before the business's names are known (the settings are still being read
 * from IndexedDB, which a cold start opens in 0.1–0.35 s): the items are read with the names the
 * last report used (none after a start) while the settings arrive, and only those whose text holds a
 * word of the guessed or the real names are read again with the real ones. Same labels as
 * `labelItems(items, await ownWords)`.
 */
export async function labelItemsEarly(items: Item[], ownWords: readonly string[] | Promise<readonly string[]>): Promise<LabelledItem[]> {
  if (!(ownWords instanceof Promise)) {
    lastOwnWords = ownWords;
    return labelItems(items, [...ownWords]);
  }
  const guess = lastOwnWords;
  const early = labelItems(items, [...guess]);
  const real = await ownWords;
  lastOwnWords = real;
  if (sameWords(guess, real)) return early;
  const either = [...guess, ...real];
  return early.map((labelled) => (mayNameOwnWords(labelled, either) ? labelItems([labelled], [...real])[0]! : labelled));
}

const sameWords = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((word, index) => word === b[index]);
