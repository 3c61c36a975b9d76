// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb } from '@/lib/storage/db';
import { labelsFor, makeItem } from '@/lib/storage/testing';
import { wipeAll, writeItemsSeen } from '@/lib/storage/writes';
import { labelItemsReusing, reusableLabels, THIS_BUILD } from './label-reuse';

// A review the classifier reads as negative; the log holds it labelled positive, so a positive
// answer can only come from the stored labels.
const review = makeItem({ id: 'r1', text: 'Charged twice, no refund after three weeks and nobody answers. Terrible.', rating: 1 });
const PAGE_URL = 'https://www.yelp.com/biz/cafe';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(async () => {
  await wipeAll(getDb());
});

/** Starts an epoch at `since` for `ownWords` (the page's first report does this), then logs the review as seen at `seenAt`. */
async function seenBefore(since: number, seenAt: number, ownWords: string[] = []) {
  expect(await reusableLabels([review], ownWords, PAGE_URL, since)).toEqual(new Map());
  await writeItemsSeen(getDb(), [{ item: review, labels: labelsFor('positive'), pageUrl: PAGE_URL }], seenAt);
}

describe('labels reused from the log', () => {
  it('stand for an item seen since the epoch with the same text, stars and author', async () => {
    await seenBefore(1_000, 2_000);
    const [reused] = await labelItemsReusing([review], [], PAGE_URL);
    expect(reused?.labels.tone).toBe('positive');
    // The same item with other words is read again.
    const [edited] = await labelItemsReusing([{ ...review, text: `${review.text} Still waiting.` }], [], PAGE_URL);
    expect(edited?.labels.tone).toBe('negative');
    const [restarred] = await labelItemsReusing([{ ...review, rating: 2 }], [], PAGE_URL);
    expect(restarred?.labels.tone).toBe('negative');
  });

  it('are not reused when seen before the epoch, nor once the business names changed', async () => {
    await seenBefore(3_000, 2_000);
    expect((await labelItemsReusing([review], [], PAGE_URL))[0]?.labels.tone).toBe('negative');

    await wipeAll(getDb());
    await seenBefore(1_000, 2_000, ['Cafe Luna']);
    expect((await labelItemsReusing([review], ['Cafe Luna'], PAGE_URL))[0]?.labels.tone).toBe('positive');
    // Other names start a new epoch: what was stored was read with the old ones.
    expect((await labelItemsReusing([review], ['Luna Coffee'], PAGE_URL))[0]?.labels.tone).toBe('negative');
    expect((await labelItemsReusing([review], ['Luna Coffee'], PAGE_URL))[0]?.labels.tone).toBe('negative');
  });

  it('are not reused by another build (its classifier may read differently)', async () => {
    await seenBefore(1_000, 2_000);
    expect((await reusableLabels([review], [], PAGE_URL, 3_000, THIS_BUILD)).get(review.id)?.tone).toBe('positive');
    expect(await reusableLabels([review], [], PAGE_URL, 3_000, `${THIS_BUILD}-next`)).toEqual(new Map());
    // The next build's epoch started at 3,000: the row seen at 2,000 is read again, even by it.
    expect(await reusableLabels([review], [], PAGE_URL, 4_000, `${THIS_BUILD}-next`)).toEqual(new Map());
  });

  it('are looked up only for a page labelled before in the epoch, and never for a burst', async () => {
    await seenBefore(1_000, 2_000);
    // The same item reported from another page (shared across pages): not looked up the first time.
    expect(await reusableLabels([review], [], 'https://www.yelp.com/biz/cafe?page=2')).toEqual(new Map());
    expect((await reusableLabels([review], [], 'https://www.yelp.com/biz/cafe?page=2')).get(review.id)?.tone).toBe('positive');
    expect((await labelItemsReusing([review]))[0]?.labels.tone).toBe('negative');
  });

  it('read every item when the stored epoch is not what Replybook writes', async () => {
    await seenBefore(1_000, 2_000);
    await fakeBrowser.storage.local.set({ labelReuseEpoch: { since: 'yesterday', build: THIS_BUILD, ownWords: 7, pages: [] } });
    expect((await labelItemsReusing([review], [], PAGE_URL))[0]?.labels.tone).toBe('negative');
  });
});
