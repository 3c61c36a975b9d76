import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { Labels } from '@/lib/classifier/labels';
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
 * row must have been seen since the reuse epoch (reset when the extension is installed or
 * updated, as another classifier may read differently, and when the profile's own words change,
 * which the reading takes into account), and its text, stars and author must equal the page's.
 */

const EPOCH_KEY = 'labelReuseEpoch';
const EpochSchema = z.object({ since: z.number().finite(), ownWords: z.string() });
type Epoch = z.infer<typeof EpochSchema>;

/** Call synchronously at start-up: an install or update starts a new epoch (older labels are read again). */
export function registerLabelReuseEpoch(): void {
  browser.runtime.onInstalled.addListener(() => {
    void writeEpoch({ since: Date.now(), ownWords: '' }).catch(() => undefined);
  });
}

function writeEpoch(epoch: Epoch): Promise<void> {
  return browser.storage.local.set({ [EPOCH_KEY]: epoch });
}

async function readEpoch(): Promise<Epoch | undefined> {
  const parsed = EpochSchema.safeParse((await browser.storage.local.get(EPOCH_KEY))[EPOCH_KEY]);
  return parsed.success ? parsed.data : undefined;
}

/** The stored labels that may stand for these items (by id), per the rules above. */
export async function reusableLabels(items: readonly Item[], ownWords: readonly string[], now = Date.now()): Promise<Map<string, Labels>> {
  const reusable = new Map<string, Labels>();
  if (items.length === 0) return reusable;
  const words = ownWords.join('\n');
  const [epoch, rows] = await Promise.all([readEpoch(), getDb().items.bulkGet(items.map((item) => item.id))]);
  if (!epoch || epoch.ownWords !== words) {
    // Other (or unknown) business names: what is stored was read with them; start over.
    await writeEpoch({ since: now, ownWords: words });
    return reusable;
  }
  items.forEach((item, index) => {
    const row = rows[index];
    if (!row?.labels || row.lastSeenAt < epoch.since) return;
    if (row.text !== item.text || row.rating !== item.rating || row.authorName !== item.author) return;
    reusable.set(item.id, row.labels);
  });
  return reusable;
}

/**
 * `labelItems`, with the labels the log holds for items seen before (`reusableLabels`) reused;
 * a log that cannot be read means every item is read.
 */
export async function labelItemsReusing(items: Item[], ownWords: string[] = []): Promise<LabelledItem[]> {
  const reusable = await reusableLabels(items, ownWords).catch((error: unknown) => {
    console.warn('[replybook] stored labels could not be read; reading the items', error);
    return new Map<string, Labels>();
  });
  const toRead = items.filter((item) => !reusable.has(item.id));
  const read = new Map(labelItems(toRead, ownWords).map((item) => [item.id, item] as const));
  return items.map((item) => read.get(item.id) ?? { ...item, labels: reusable.get(item.id)! });
}
