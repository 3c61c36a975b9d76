import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { Labels } from '@/lib/classifier/labels';
import { hashString } from '@/lib/dom/parse';
import type { LabelledItem } from '@/lib/messaging/protocol';
import type { Item } from '@/lib/sites/item';
import { getDb } from '@/lib/storage/db';
import { labelItems } from './labelling';

/**
 * Labels the log already holds for an item seen with the same words, reused instead of reading
 * the item again: after a browser start, the first page's badges then wait for a database read
 * instead of a cold classifier (model decode and pattern compiles, about 1 s).
 *
 * Reused only when they were stored by this build and for the same business names: the log's
 * row must have been seen since the reuse epoch (which starts again with another build, whose
 * classifier may read differently, and when the profile's own words change, which the reading
 * takes into account), and its text, stars and author must equal the page's. Not by
 * runtime.onInstalled: Chromium fires it at every start for an extension loaded from a folder.
 */

const EPOCH_KEY = 'labelReuseEpoch';
/** How many pages the epoch remembers having labelled (the newest). */
const MAX_PAGES = 500;
// Hashes, of the names and of the pages: "Delete everything" leaves neither behind in storage.local.
const EpochSchema = z.object({
  since: z.number().finite(),
  build: z.string(),
  ownWords: z.string(),
  /** Pages whose report was labelled in this epoch: only their items can have labels to reuse. */
  pages: z.array(z.string()).max(MAX_PAGES),
});
type Epoch = z.infer<typeof EpochSchema>;

declare const __REPLYBOOK_BUILD__: string | undefined;
/** This build (wxt.config.ts defines it; a run without it, as in the unit tests, is one build). */
export const THIS_BUILD = typeof __REPLYBOOK_BUILD__ === 'string' ? __REPLYBOOK_BUILD__ : 'unbuilt';

function writeEpoch(epoch: Epoch): Promise<void> {
  return browser.storage.local.set({ [EPOCH_KEY]: epoch });
}

async function readEpoch(): Promise<Epoch | undefined> {
  const parsed = EpochSchema.safeParse((await browser.storage.local.get(EPOCH_KEY))[EPOCH_KEY]);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The stored labels that may stand for these items (by id), per the rules above. The log is read
 * only for a page labelled before in this epoch: a page never seen costs one storage.local read,
 * not a cold database open before the classifier starts.
 */
export async function reusableLabels(
  items: readonly Item[],
  ownWords: readonly string[],
  pageUrl: string,
  now = Date.now(),
  build = THIS_BUILD,
): Promise<Map<string, Labels>> {
  const reusable = new Map<string, Labels>();
  if (items.length === 0) return reusable;
  const words = hashString(ownWords.join('\n'));
  const page = hashString(pageUrl);
  const epoch = await readEpoch();
  if (!epoch || epoch.build !== build || epoch.ownWords !== words) {
    // Another build or other business names: what is stored was read by or with them; start over.
    await writeEpoch({ since: now, build, ownWords: words, pages: [page] });
    return reusable;
  }
  if (!epoch.pages.includes(page)) {
    await writeEpoch({ ...epoch, pages: [...epoch.pages, page].slice(-MAX_PAGES) });
    return reusable;
  }
  const rows = await getDb().items.bulkGet(items.map((item) => item.id));
  items.forEach((item, index) => {
    const row = rows[index];
    if (!row?.labels || row.lastSeenAt < epoch.since) return;
    if (row.text !== item.text || row.rating !== item.rating || row.authorName !== item.author) return;
    reusable.set(item.id, row.labels);
  });
  return reusable;
}

/**
 * `labelItems`, with the labels the log holds for items of `pageUrl` seen before
 * (`reusableLabels`) reused; without a page (a burst of new items), or when the log cannot be
 * read, every item is read.
 */
export async function labelItemsReusing(items: Item[], ownWords: string[] = [], pageUrl?: string): Promise<LabelledItem[]> {
  const reusable =
    pageUrl === undefined
      ? new Map<string, Labels>()
      : await reusableLabels(items, ownWords, pageUrl).catch((error: unknown) => {
          console.warn('[replybook] stored labels could not be read; reading the items', error);
          return new Map<string, Labels>();
        });
  const toRead = items.filter((item) => !reusable.has(item.id));
  const read = new Map(labelItems(toRead, ownWords).map((item) => [item.id, item] as const));
  return items.map((item) => read.get(item.id) ?? { ...item, labels: reusable.get(item.id)! });
}
