import { classify } from '@/lib/classifier';
import type { Labels } from '@/lib/classifier/labels';
import { neutralText } from '@/lib/display/text';
import type { LabelledItem } from '@/lib/messaging/protocol';
import { readItem } from '@/lib/reading';
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
