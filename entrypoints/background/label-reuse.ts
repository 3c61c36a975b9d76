import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { Labels } from '@/lib/classifier/labels';
import { hashString } from '@/lib/dom/parse';
import type { LabelledItem } from '@/lib/messaging/protocol';
import type { Item } from '@/lib/sites/item';
import { getDb } from '@/lib/storage/db';
import { labelItemsEarly } from './labelling';

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

/** What the log may hold for a page's items, read before the business's names are known (`storedFor`). */
interface Stored {
  epoch?: Epoch;
  /** The log's rows for the items, read only for a page this build labelled before. */
  rows?: Promise<ReadonlyArray<{ labels?: Labels; lastSeenAt: number; text: string; rating?: number; authorName?: string } | undefined>>;
}

/** Reads the epoch and, for a page this build labelled before, starts reading its items' rows from the log. */
async function storedFor(items: readonly Item[], pageUrl: string, build: string): Promise<Stored> {
  const epoch = await readEpoch();
  if (!epoch || epoch.build !== build || !epoch.pages.includes(hashString(pageUrl))) return { epoch };
  const rows = getDb().items.bulkGet(items.map((item) => item.id));
  // Awaited only when the names match; never an unhandled rejection meanwhile.
  rows.catch(() => undefined);
  return { epoch, rows };
}

/** With the business's names known: the stored labels that may stand for the items (by id); starts a new epoch when needed. */
async function reusableFrom(
  stored: Stored,
  items: readonly Item[],
  ownWords: readonly string[],
  pageUrl: string,
  now: number,
  build: string,
): Promise<Map<string, Labels>> {
  const reusable = new Map<string, Labels>();
  const words = hashString(ownWords.join('\n'));
  const page = hashString(pageUrl);
  const { epoch } = stored;
  if (!epoch || epoch.build !== build || epoch.ownWords !== words) {
    // Another build or other business names: what is stored was read by or with them; start over.
    await writeEpoch({ since: now, build, ownWords: words, pages: [page] });
    return reusable;
  }
  if (!stored.rows) {
    await writeEpoch({ ...epoch, pages: [...epoch.pages, page].slice(-MAX_PAGES) });
    return reusable;
  }
  const rows = await stored.rows;
  items.forEach((item, index) => {
    const row = rows[index];
    if (!row?.labels || row.lastSeenAt < epoch.since) return;
    if (row.text !== item.text || row.rating !== item.rating || row.authorName !== item.author) return;
    reusable.set(item.id, row.labels);
  });
  return reusable;
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
  if (items.length === 0) return new Map();
  return reusableFrom(await storedFor(items, pageUrl, build), items, ownWords, pageUrl, now, build);
}

/**
 * `labelItems`, with the labels the log holds for items of `pageUrl` seen before
 * (`reusableLabels`) reused; without a page (a burst of new items), or when the log cannot be
 * read, every item is read. `ownWords` may still be on their way (the settings being read): a
 * page with nothing to reuse is read meanwhile (`labelItemsEarly`).
 */
export async function labelItemsReusing(
  items: Item[],
  ownWords: readonly string[] | Promise<readonly string[]> = [],
  pageUrl?: string,
): Promise<LabelledItem[]> {
  const warn = (error: unknown) => console.warn('[replybook] stored labels could not be read; reading the items', error);
  if (pageUrl === undefined || items.length === 0) return labelItemsEarly(items, ownWords);
  const now = Date.now();
  const stored = await storedFor(items, pageUrl, THIS_BUILD).catch((error: unknown) => {
    warn(error);
    return undefined;
  });
  if (!stored?.rows) {
    // Nothing of this page to reuse (a first visit): read it while the names arrive, then note the page.
    const labelled = await labelItemsEarly(items, ownWords);
    if (stored) await reusableFrom(stored, items, await ownWords, pageUrl, now, THIS_BUILD).catch(warn);
    return labelled;
  }
  const own = await ownWords;
  const reusable = await reusableFrom(stored, items, own, pageUrl, now, THIS_BUILD).catch((error: unknown) => {
    warn(error);
    return new Map<string, Labels>();
  });
  const toRead = items.filter((item) => !reusable.has(item.id));
  const read = new Map((await labelItemsEarly(toRead, own)).map((item) => [item.id, item] as const));
  return items.map((item) => read.get(item.id) ?? { ...item, labels: reusable.get(item.id)! });
}
