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

/** Starts an epoch at `since` for `ownWords` (the first report does this), then logs the review as seen at `seenAt`. */
async function seenBefore(since: number, seenAt: number, ownWords: string[] = []) {
  expect(await reusableLabels([review], ownWords, since)).toEqual(new Map());
  await writeItemsSeen(getDb(), [{ item: review, labels: labelsFor('positive'), pageUrl: PAGE_URL }], seenAt);
}

describe('labels reused from the log', () => {
  it('stand for an item seen since the epoch with the same text, stars and author', async () => {
    await seenBefore(1_000, 2_000);
    const [reused] = await labelItemsReusing([review]);
    expect(reused?.labels.tone).toBe('positive');
    // The same item with other words is read again.
    const [edited] = await labelItemsReusing([{ ...review, text: `${review.text} Still waiting.` }]);
    expect(edited?.labels.tone).toBe('negative');
    const [restarred] = await labelItemsReusing([{ ...review, rating: 2 }]);
    expect(restarred?.labels.tone).toBe('negative');
  });

  it('are not reused when seen before the epoch, nor once the business names changed', async () => {
    await seenBefore(3_000, 2_000);
    expect((await labelItemsReusing([review]))[0]?.labels.tone).toBe('negative');

    await wipeAll(getDb());
    await seenBefore(1_000, 2_000, ['Cafe Luna']);
    expect((await labelItemsReusing([review], ['Cafe Luna']))[0]?.labels.tone).toBe('positive');
    // Other names start a new epoch: what was stored was read with the old ones.
    expect((await labelItemsReusing([review], ['Luna Coffee']))[0]?.labels.tone).toBe('negative');
    expect((await labelItemsReusing([review], ['Luna Coffee']))[0]?.labels.tone).toBe('negative');
  });

  it('are not reused by another build (its classifier may read differently)', async () => {
    await seenBefore(1_000, 2_000);
    expect((await reusableLabels([review], [], 3_000, THIS_BUILD)).get(review.id)?.tone).toBe('positive');
    expect(await reusableLabels([review], [], 3_000, `${THIS_BUILD}-next`)).toEqual(new Map());
    // The next build's epoch started at 3,000: the row seen at 2,000 is read again, even by it.
    expect(await reusableLabels([review], [], 4_000, `${THIS_BUILD}-next`)).toEqual(new Map());
  });

  it('read every item when the stored epoch is not what Replybook writes', async () => {
    await seenBefore(1_000, 2_000);
    await fakeBrowser.storage.local.set({ labelReuseEpoch: { since: 'yesterday', ownWords: 7 } });
    expect((await labelItemsReusing([review]))[0]?.labels.tone).toBe('negative');
  });
});
