// @vitest-environment node
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ReplybookDB, type ResponseRow } from './db';
import { queryResponseIds } from './queries';
import { computeStats, itemFigures, type DashboardStats } from './stats';
import { searchTextOf } from './search-index';
import { labelsFor } from './testing';

/** The version-1 schema exactly as shipped, to seed databases in the old shape. */
const V1_STORES = {
  responses: 'id, itemId, site, authorKey, tone, action, repliedAt, firstSeenAt, followUpAt, followUpState, [site+repliedAt]',
  authors: 'key, site, lastSeenAt',
  corrections: 'itemId',
  playbooks: 'id, order',
  templates: 'id, playbookId, order',
  settings: 'key',
};

const T0 = 1_700_000_000_000;

function v1Response(id: string, overrides: Partial<ResponseRow> = {}): ResponseRow {
  return {
    id,
    itemId: 'item-' + id,
    site: 'yelp',
    pageUrl: 'https://www.yelp.com/biz/cafe',
    authorKey: 'yelp:dana',
    authorName: 'Dana',
    itemText: `Café review ${id}, "quoted", with a line\nbreak`,
    labels: labelsFor('negative'),
    tone: 'negative',
    replyText: `Reply ${id}`,
    action: 'inserted',
    firstSeenAt: T0,
    repliedAt: T0 + Number(id.replace(/\D/g, '')) * 1000,
    followUpState: 'none',
    ...overrides,
  };
}

let name = '';
afterEach(async () => {
  if (name) await Dexie.delete(name);
});

/** The version-2 responses store as shipped (other tables as in v1, plus items). */
const V2_STORES = {
  ...V1_STORES,
  responses:
    'id, itemId, authorKey, action, repliedAt, [site+repliedAt], [site+tone+repliedAt], [tone+repliedAt], [followUpState+followUpAt], *words',
  items: 'id, site, authorKey, firstSeenAt, [authorKey+firstSeenAt]',
};

/** (id, search text) of every entry in the search blocks, in block order. */
async function searchEntries(db: ReplybookDB): Promise<Array<[string, string]>> {
  const blocks = await db.searchBlocks.orderBy('seq').toArray();
  return blocks.flatMap((block) => block.ids.map((id, i): [string, string] => [id, block.texts[i]!]));
}

describe('ReplybookDB version 1 → 3', () => {
  it('keeps every row, moves search words to the blocks, re-derives tone from corrections and seeds items', async () => {
    name = 'test-' + crypto.randomUUID();
    const old = new Dexie(name);
    old.version(1).stores(V1_STORES);
    const responses = [
      v1Response('r1'),
      v1Response('r2', { itemId: 'item-r1', repliedAt: T0 + 5000 }),
      v1Response('r3', { labels: undefined, tone: undefined, authorKey: undefined, authorName: undefined }),
      v1Response('r4', { followUpAt: T0 + 99, followUpState: 'snoozed', notes: 'call' }),
    ];
    await old.table('responses').bulkAdd(responses);
    await old.table('authors').add({ key: 'yelp:dana', site: 'yelp', name: 'Dana', firstSeenAt: T0, lastSeenAt: T0 + 5000 });
    await old.table('corrections').add({ itemId: 'item-r1', tone: 'positive', correctedAt: T0 });
    await old.table('playbooks').add({ id: 'p1', order: 0, data: { name: 'Detractor' }, updatedAt: T0 });
    await old.table('templates').add({ id: 't1', playbookId: 'p1', order: 0, data: { text: 'Hi {{author}}' }, updatedAt: T0 });
    await old.table('settings').add({ key: 'theme', value: 'dark' });
    old.close();

    const db = new ReplybookDB(name);
    await db.open();
    expect(db.verno).toBe(8);

    const after = await db.responses.orderBy('id').toArray();
    expect(after).toHaveLength(4);
    for (const row of after) {
      const before = responses.find((r) => r.id === row.id)!;
      const { tone, toneCorrection, ...rest } = row;
      const { tone: oldTone, ...oldRest } = before;
      expect(rest).toEqual(Object.fromEntries(Object.entries(oldRest).filter(([, v]) => v !== undefined)));
      expect(row).not.toHaveProperty('words');
      if (row.itemId === 'item-r1') {
        expect(tone).toBe('positive');
        expect(toneCorrection).toBe('positive');
      } else {
        expect(toneCorrection).toBeUndefined();
        expect(tone).toBe(oldTone);
      }
    }
    const items = await db.items.orderBy('id').toArray();
    expect(items.map((item) => item.id)).toEqual(['item-r1', 'item-r3', 'item-r4']);
    expect(items[0]).toMatchObject({ tone: 'positive', authorKey: 'yelp:dana', firstSeenAt: T0, lastSeenAt: T0 + 5000 });
    expect(items[1]!.tone).toBeUndefined();
    // v6: every seeded item was answered (its latest action), so none is in the inbox.
    expect(items.map((item) => [item.handled, item.inbox])).toEqual([
      ['inserted', undefined],
      ['inserted', undefined],
      ['inserted', undefined],
    ]);
    expect(await db.authors.toArray()).toEqual([{ key: 'yelp:dana', site: 'yelp', name: 'Dana', firstSeenAt: T0, lastSeenAt: T0 + 5000 }]);
    expect(await db.corrections.toArray()).toEqual([{ itemId: 'item-r1', tone: 'positive', correctedAt: T0 }]);
    expect(await db.playbooks.toArray()).toEqual([{ id: 'p1', order: 0, data: { name: 'Detractor' }, updatedAt: T0 }]);
    expect(await db.templates.toArray()).toEqual([
      { id: 't1', playbookId: 'p1', order: 0, data: { text: 'Hi {{author}}' }, updatedAt: T0 },
    ]);
    expect(await db.settings.toArray()).toEqual([{ key: 'theme', value: 'dark' }]);
    // One search entry per response, oldest reply first.
    const entries = await searchEntries(db);
    expect(entries.map(([id]) => id)).toEqual(['r1', 'r3', 'r4', 'r2']);
    expect(entries[0]![1]).toBe(' cafe review r1 quoted line break reply');
    // The new indexes answer queries on migrated rows.
    expect(await queryResponseIds(db, { text: 'quoted line', site: 'yelp', tone: 'positive' })).toEqual(['r2', 'r1']);
    expect(
      await db.responses
        .where('[followUpState+followUpAt]')
        .equals(['snoozed', T0 + 99])
        .primaryKeys(),
    ).toEqual(['r4']);
    db.close();
  });

  it('v2 → v3: drops the word index, keeps every row but its words, and search still finds them', async () => {
    name = 'test-' + crypto.randomUUID();
    const old = new Dexie(name);
    old.version(2).stores(V2_STORES);
    const rows = Array.from({ length: 1203 }, (_, i) => ({
      ...v1Response(`r${i}`, { repliedAt: T0 + (i % 2 ? -i : i) * 1000 }),
      ...(i === 7 ? { itemText: 'Zanzíbar ﻿مرحبا 😀 "quoted, with commas"\nnew line' } : {}),
    }));
    await old.table('responses').bulkAdd(rows.map((row) => ({ ...row, words: ['stale', 'words'] })));
    await old.table('items').add({ id: 'item-r1', site: 'yelp', text: 'x', firstSeenAt: T0, lastSeenAt: T0 });
    old.close();

    const db = new ReplybookDB(name);
    await db.open();
    expect(db.verno).toBe(8);
    const after = await db.responses.orderBy('id').toArray();
    expect(after).toEqual([...rows].sort((a, b) => (a.id < b.id ? -1 : 1)));
    const indexNames = db.responses.schema.indexes.map((index) => index.name);
    expect(indexNames).not.toContain('words');
    expect(indexNames).not.toContain('action');
    expect(db.items.schema.indexes.map((index) => index.name).sort()).toEqual(['[authorKey+firstSeenAt]', 'inbox', 'site']);
    // Search text is recomputed from each row's own text, not copied from stored words.
    const entries = await searchEntries(db);
    expect(entries).toHaveLength(rows.length);
    expect(new Set(entries.map(([id]) => id)).size).toBe(rows.length);
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(entries.every(([id, text]) => text === searchTextOf(byId.get(id)!.itemText, byId.get(id)!.replyText))).toBe(true);
    const byTime = [...rows].sort((a, b) => a.repliedAt - b.repliedAt).map((row) => row.id);
    expect(entries.map(([id]) => id)).toEqual(byTime);
    expect(await db.searchBlocks.count()).toBe(3);
    expect(await db.items.count()).toBe(1);
    expect(await queryResponseIds(db, { text: 'stale' })).toEqual([]);
    expect(await queryResponseIds(db, { text: 'zanzibar quot' })).toEqual(['r7']);
    expect((await queryResponseIds(db, { text: 'cafe' })).length).toBe(rows.length - 1);
    // Site, action and reply time travel in the blocks.
    expect(await queryResponseIds(db, { action: 'inserted', site: 'yelp', from: T0 - 1000, to: T0 + 2000 })).toEqual(['r2', 'r0', 'r1']);
    expect(await queryResponseIds(db, { action: 'ignored' })).toEqual([]);
    db.close();
  });

  it('v5 → v6: items get their latest logged action; only the rest get an inbox key, worst and oldest first', async () => {
    name = 'test-' + crypto.randomUUID();
    const old = new Dexie(name);
    old.version(5).stores({
      ...V1_STORES,
      responses: 'id, itemId, authorKey, repliedAt, [site+repliedAt], [site+tone+repliedAt], [tone+repliedAt], [followUpState+followUpAt]',
      items: 'id, site, [authorKey+firstSeenAt]',
      searchBlocks: 'seq',
      intents: 'id, createdAt',
      tallies: 'key, site',
    });
    const item = (id: string, tone: 'negative' | 'neutral' | 'positive', firstSeenAt: number, extra = {}) => ({
      id,
      site: 'yelp',
      text: `text ${id}`,
      labels: labelsFor(tone),
      tone,
      firstSeenAt,
      lastSeenAt: firstSeenAt,
      ...extra,
    });
    await old
      .table('items')
      .bulkAdd([
        item('answered', 'negative', T0),
        item('ignoredThenAnswered', 'negative', T0),
        item('newNegative', 'negative', T0 + 5000),
        item('oldNegative', 'negative', T0 + 9000, { postedAt: T0 - 1000 }),
        item('positive', 'positive', T0 - 9000),
        item('abusive', 'negative', T0 - 9000, { labels: { ...labelsFor('negative'), flags: ['abusive'] } }),
      ]);
    await old
      .table('responses')
      .bulkAdd([
        v1Response('r1', { itemId: 'answered', action: 'copied' }),
        v1Response('r2', { itemId: 'ignoredThenAnswered', action: 'ignored', repliedAt: T0 + 1 }),
        v1Response('r3', { itemId: 'ignoredThenAnswered', action: 'answered', repliedAt: T0 + 2 }),
      ]);
    old.close();

    const db = new ReplybookDB(name);
    await db.open();
    expect(db.verno).toBe(8);
    // v8 counted the item figures from the stored items and responses, as the full computation does.
    const itemFields = ({ negativesSeen, negativesAnsweredIn24h, turnarounds }: DashboardStats['summary']) => ({
      negativesSeen,
      negativesAnsweredIn24h,
      turnarounds,
    });
    const kept = itemFields((await itemFigures(db)).summary);
    expect(kept.negativesSeen).toBe(5);
    expect(kept).toEqual(itemFields((await computeStats(db)).summary));
    expect((await db.items.get('answered'))!.handled).toBe('copied');
    expect((await db.items.get('ignoredThenAnswered'))!.handled).toBe('answered');
    expect(await db.items.orderBy('inbox').primaryKeys()).toEqual(['oldNegative', 'newNegative', 'positive', 'abusive']);
    db.close();
  });

  it('opens an empty version-1 database', async () => {
    name = 'test-' + crypto.randomUUID();
    const old = new Dexie(name);
    old.version(1).stores(V1_STORES);
    await old.open();
    old.close();
    const db = new ReplybookDB(name);
    expect(await db.responses.count()).toBe(0);
    expect(await db.items.count()).toBe(0);
    db.close();
  });
});
