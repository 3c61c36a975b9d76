// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { ReplybookDB, type ResponseRow } from './db';
import { wipeAll } from './writes';
import { queryResponseIds } from './queries';
import { addResponseRows, logResponse } from './writes';
import { SEARCH_BLOCK_SIZE, searchResponses, searchTextOf } from './search-index';
import { freshDb, labelsFor, makeResponse } from './testing';

const T0 = 1_700_000_000_000;
let db: ReplybookDB;
const others: ReplybookDB[] = [];
afterEach(async () => {
  for (const other of others.splice(0)) other.close();
  await db?.delete();
});

function row(index: number, itemText: string, replyText = 'Thanks for telling us'): ResponseRow {
  return {
    id: `r${String(index).padStart(5, '0')}`,
    itemId: `i${index}`,
    site: 'yelp',
    pageUrl: 'https://www.yelp.com/biz/x',
    itemText,
    replyText,
    labels: labelsFor('neutral'),
    tone: 'neutral',
    action: 'inserted',
    firstSeenAt: T0,
    repliedAt: T0 + index,
    followUpState: 'none',
  };
}

describe('search blocks', () => {
  it('search text: folded words, stop words out, a leading space so " "+prefix finds word starts', () => {
    expect(searchTextOf('The Café was CLOSED!', 'Sorry — we are open at 8')).toBe(' cafe closed sorry open 8');
    expect(searchTextOf('😀 !!!', '')).toBe('');
  });

  it('fills blocks of SEARCH_BLOCK_SIZE and continues the last one on later writes', async () => {
    db = freshDb();
    await addResponseRows(
      db,
      Array.from({ length: SEARCH_BLOCK_SIZE + 10 }, (_, i) => row(i, `plain text ${i}`)),
    );
    await logResponse(db, makeResponse({ item: { text: 'A single later review about parking' }, repliedAt: T0 + 10_000_000 }));
    const blocks = await db.searchBlocks.orderBy('seq').toArray();
    expect(blocks.map((block) => [block.seq, block.ids.length])).toEqual([
      [0, SEARCH_BLOCK_SIZE],
      [1, 11],
    ]);
    expect(blocks[1]!.texts.at(-1)).toContain(' parking');
  });

  it('every query word must start a word of the item or the reply', async () => {
    db = freshDb();
    await addResponseRows(db, [
      row(1, 'Cold soup and a rude waiter'),
      row(2, 'Lovely soup', 'Glad you liked the soupe du jour'),
      row(3, 'Nothing cold here', 'Thanks, Zoë'),
    ]);
    const ids = async (words: string[]) => (await searchResponses(db, words)).map((hit) => hit.id);
    expect(await ids(['soup'])).toEqual(['r00002', 'r00001']); // newest first
    expect(await ids(['cold', 'soup'])).toEqual(['r00001']);
    expect(await ids(['zoe'])).toEqual(['r00003']);
    expect(await ids(['oup'])).toEqual([]); // not a word start
    expect(await ids([])).toEqual(['r00003', 'r00002', 'r00001']); // no words: every response
    expect(await queryResponseIds(db, { text: 'Soup' })).toEqual(['r00002', 'r00001']);
  });

  it('a page sees rows another context logged after its first search, and a wiped and refilled log', async () => {
    db = freshDb();
    await addResponseRows(db, [row(1, 'first about parking')]);
    expect(await queryResponseIds(db, { text: 'parking' })).toEqual(['r00001']); // cached now
    // The background (another connection to the same database) logs a reply.
    const background = new ReplybookDB(db.name);
    others.push(background);
    await logResponse(background, makeResponse({ id: 'later', item: { text: 'Parking was full' }, repliedAt: T0 + 50 }));
    expect(await queryResponseIds(db, { text: 'parking' })).toEqual(['later', 'r00001']);
    // Wiped and refilled with the same number of rows: the cache must not serve the old texts.
    await wipeAll(background);
    await addResponseRows(background, [row(1, 'about music'), row(2, 'about noise')]);
    expect(await queryResponseIds(db, { text: 'parking' })).toEqual([]);
    expect(await queryResponseIds(db, { text: 'music' })).toEqual(['r00001']);
  });

  // 6,000 rows in fake-indexeddb: slow on a loaded 2-core machine, so more than the suite's 30 s.
  it('large logs: the word matches are intersected with the other filters', async () => {
    db = freshDb();
    const rows = Array.from({ length: 6000 }, (_, i) => ({
      ...row(i, i % 3 === 0 ? `refund please ${i}` : `all good ${i}`),
      action: i % 2 ? ('ignored' as const) : ('inserted' as const),
      site: i % 4 ? 'yelp' : 'x',
      tone: i % 5 ? ('negative' as const) : ('positive' as const),
    }));
    await addResponseRows(db, rows);
    const refunds = rows.filter((r) => r.itemText.startsWith('refund'));
    const newestFirst = (list: ResponseRow[]) => list.map((r) => r.id).reverse();
    expect(await queryResponseIds(db, { text: 'refund', action: 'ignored' })).toEqual(
      newestFirst(refunds.filter((r) => r.action === 'ignored')),
    );
    expect(await queryResponseIds(db, { text: 'refund', site: 'x', from: T0 + 100, to: T0 + 4000 })).toEqual(
      newestFirst(refunds.filter((r) => r.site === 'x' && r.repliedAt >= T0 + 100 && r.repliedAt <= T0 + 4000)),
    );
    // Tone is not in the blocks (it can be corrected later): checked against the index.
    expect(await queryResponseIds(db, { text: 'refund', tone: 'negative' })).toEqual(
      newestFirst(refunds.filter((r) => r.tone === 'negative')),
    );
    await db.responses.update(refunds[0]!.id, { tone: 'negative' });
    expect(await queryResponseIds(db, { text: 'refund', tone: 'negative' })).toContain(refunds[0]!.id);
    expect(await queryResponseIds(db, { text: 'refund', tone: 'positive', site: 'x' })).toEqual(
      newestFirst(refunds.slice(1).filter((r) => r.tone === 'positive' && r.site === 'x')),
    );
  }, 120_000);
});
