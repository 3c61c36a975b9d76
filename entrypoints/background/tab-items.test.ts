// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import type { MessageData } from '@/lib/messaging/protocol';
import { getDb } from '@/lib/storage/db';
import { labelsFor, makeItem } from '@/lib/storage/testing';
import { setToneCorrection, wipeAll } from '@/lib/storage/writes';
import { deriveItems, loggedFacts, readTabState, recordItemsSeen, storeReport } from './tab-items';

const PAGE_URL = 'https://www.yelp.com/biz/cafe';
const labelledItem = (id: string) => ({ ...makeItem({ id }), labels: labelsFor('negative') });

afterEach(async () => {
  await wipeAll(getDb());
});

describe("a tab's report", () => {
  it('stores the tab list first and leaves the items seen to recordItemsSeen, which writes them to the log', async () => {
    const items = await deriveItems([labelledItem('a'), labelledItem('b')]);
    const data: MessageData<'itemsFound'> = { pageUrl: PAGE_URL, siteId: 'yelp', siteName: 'Yelp', items, replace: true };
    const seen = await storeReport(7, data, items);
    expect((await readTabState(7))?.items.map((item) => item.id)).toEqual(['a', 'b']);
    expect(await getDb().items.count()).toBe(0);
    expect(seen.items.map((item) => item.id)).toEqual(['a', 'b']);

    await recordItemsSeen(seen);
    expect((await getDb().items.bulkGet(['a', 'b'])).map((row) => row?.pageUrl)).toEqual([PAGE_URL, PAGE_URL]);
  });

  it('derives the tone from the log read while the items were labelled: a correction still wins', async () => {
    await setToneCorrection(getDb(), 'a', 'positive');
    const facts = loggedFacts(['a', 'b']);
    const [a, b] = await deriveItems([labelledItem('a'), labelledItem('b')], facts);
    expect(a?.labels.tone).toBe('positive');
    expect(a?.classifierTone).toBe('negative');
    expect(b?.labels.tone).toBe('negative');
  });
});
