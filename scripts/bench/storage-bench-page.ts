// Runs inside Chromium (bundled by storage.bench.ts): real IndexedDB, 100k rows.
import type { Tone } from '@/lib/classifier/labels';
import { ReplybookDB, type AuthorRow, type ItemRow, type ResponseRow } from '@/lib/storage/db';
import { exportJson, importJson } from '@/lib/storage/export';
import { wipeAll } from '@/lib/storage/writes';
import { listResponses, queryResponseIds } from '@/lib/storage/queries';
import { addResponseRows } from '@/lib/storage/writes';
import { warmSearchIndex } from '@/lib/storage/search-index';
import { aggregateStats, computeStats } from '@/lib/storage/stats';
import { weeklyTallies } from '@/lib/storage/tallies';

const SITES = ['yelp', 'facebook', 'x', 'google-reviews', 'trustpilot', 'youtube'];
const TONES: Tone[] = ['negative', 'neutral', 'positive'];
const VOCABULARY = (
  'soup cold rude waiter lovely staff refund order delivery late price quality service manager table ' +
  'booking parking music coffee dessert pizza burger salad noisy clean dirty friendly slow quick ' +
  'recommend disappointed amazing terrible awful great okay average wait hour minutes birthday ' +
  'family kids dog vegan gluten menu bill card cash tip sorry thanks again never always ' +
  // Real text is about a third stop words (left out of the index).
  'the the the and and to to a a of we was was it is for our you my they this that but not with had at on in very'
).split(' ');
const RARE = 'zanzibar';
const DAY = 86_400_000;

function seeded(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
}

function sentence(random: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(VOCABULARY[Math.floor(random() * VOCABULARY.length)]!);
  return out.join(' ') + '.';
}

function makeRows(count: number, now: number) {
  const random = seeded(42);
  const responses: ResponseRow[] = [];
  const items: ItemRow[] = [];
  const authors = new Map<string, AuthorRow>();
  for (let i = 0; i < count; i++) {
    const site = SITES[i % SITES.length]!;
    const tone = TONES[Math.floor(random() * 3)]!;
    const authorKey = `${site}:author-${Math.floor(random() * 20_000)}`;
    const repliedAt = now - Math.floor(random() * 365 * DAY);
    const firstSeenAt = repliedAt - Math.floor(random() * 3 * DAY);
    const itemText = sentence(random, 20 + Math.floor(random() * 30)) + (i % 1000 === 0 ? ` ${RARE}` : '');
    const replyText = sentence(random, 15);
    const labels = { tone, scores: { positive: 0.2, neutral: 0.2, negative: 0.6 }, flags: [], topics: [], reasons: [] };
    responses.push({
      id: `r${i}`,
      itemId: `i${i}`,
      site,
      pageUrl: `https://example.com/${site}/${i}`,
      authorKey,
      authorName: `Author ${authorKey}`,
      itemText,
      labels,
      tone,
      replyText,
      action: i % 7 === 0 ? 'ignored' : 'inserted',
      firstSeenAt,
      repliedAt,
      followUpState: i % 50 === 0 ? 'due' : 'none',
      ...(i % 50 === 0 ? { followUpAt: repliedAt + 7 * DAY } : {}),
    });
    items.push({ id: `i${i}`, site, authorKey, text: itemText, labels, tone, firstSeenAt, lastSeenAt: repliedAt });
    const known = authors.get(authorKey);
    authors.set(authorKey, {
      key: authorKey,
      site,
      firstSeenAt: Math.min(known?.firstSeenAt ?? firstSeenAt, firstSeenAt),
      lastSeenAt: Math.max(known?.lastSeenAt ?? repliedAt, repliedAt),
    });
  }
  return { responses, items, authors: [...authors.values()] };
}

async function time<T>(run: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await run();
  return [performance.now() - start, value];
}

async function median3<T>(run: () => Promise<T>): Promise<[number, T]> {
  const runs: Array<[number, T]> = [];
  for (let i = 0; i < 3; i++) runs.push(await time(run));
  runs.sort((a, b) => a[0] - b[0]);
  return runs[1]!;
}

async function rawPutFloor(count: number): Promise<void> {
  const name = 'floor-' + Date.now();
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('rows', { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('rows', 'readwrite');
    const store = tx.objectStore('rows');
    for (let i = 0; i < count; i++) store.add({ id: 'r' + i });
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
  indexedDB.deleteDatabase(name);
}

export async function runStorageBench(count: number, settleMs = 0) {
  const results: Array<{ step: string; ms: number; goalMs?: number; note?: string }> = [];
  const db = new ReplybookDB('bench-' + Date.now());
  const now = Date.now();
  const [genMs, data] = await time(async () => makeRows(count, now));
  results.push({ step: `generate ${count} rows + search words (JS only)`, ms: genMs });
  // What one IndexedDB record per row costs at least here: bare puts, no indexes.
  const [floorMs] = await time(() => rawPutFloor(count));
  results.push({ step: `floor: ${count} bare IndexedDB puts, no indexes, one transaction`, ms: floorMs });
  const [insertMs] = await time(() => addResponseRows(db, data.responses));
  results.push({ step: `bulk insert ${count} responses (+ search blocks)`, ms: insertMs, goalMs: 5000 });
  const [insertOthersMs] = await time(() =>
    db.transaction('rw', [db.items, db.authors], async () => {
      await db.items.bulkAdd(data.items);
      await db.authors.bulkAdd(data.authors);
    }),
  );
  results.push({ step: `bulk insert ${count} items + ${data.authors.length} authors`, ms: insertOthersMs });

  // After a bulk write the storage engine compacts in the background; queries
  // right after it measure that, not the steady state the dashboard lives in.
  if (settleMs > 0) await new Promise((resolve) => setTimeout(resolve, settleMs));

  const from = now - 90 * DAY;
  const [filterMs, page] = await median3(() => listResponses(db, { site: 'yelp', tone: 'negative', from, to: now }, { limit: 50 }));
  results.push({ step: 'filter site+tone+90 days: first page of 50 + total', ms: filterMs, goalMs: 50, note: `${page.total} matches` });
  const [filterIdsMs, ids] = await median3(() => queryResponseIds(db, { site: 'yelp', tone: 'negative', from, to: now }));
  results.push({ step: 'filter site+tone+90 days: all ids (table scroll)', ms: filterIdsMs, goalMs: 50, note: `${ids.length} ids` });
  const [filterActionMs, withAction] = await median3(() =>
    listResponses(db, { site: 'yelp', tone: 'negative', action: 'ignored', from, to: now }, { limit: 50 }),
  );
  results.push({ step: 'filter site+tone+90 days+action', ms: filterActionMs, goalMs: 50, note: `${withAction.total} matches` });
  const [allIdsMs, allIds] = await median3(() => queryResponseIds(db, {}));
  results.push({ step: 'all ids, newest first (unfiltered table)', ms: allIdsMs, note: `${allIds.length} ids` });

  const [warmMs] = await time(() => warmSearchIndex(db));
  results.push({ step: 'search index into memory (once per dashboard visit, done when idle)', ms: warmMs });
  const [rareMs, rare] = await median3(() => listResponses(db, { text: RARE }, { limit: 50 }));
  results.push({ step: `text search rare word "${RARE}"`, ms: rareMs, goalMs: 200, note: `${rare.total} matches` });
  const [commonMs, common] = await median3(() => listResponses(db, { text: 'refund' }, { limit: 50 }));
  results.push({ step: 'text search common word "refund"', ms: commonMs, goalMs: 200, note: `${common.total} matches` });
  const [twoMs, two] = await median3(() => listResponses(db, { text: 'cold soup' }, { limit: 50 }));
  results.push({ step: 'text search two words "cold soup"', ms: twoMs, goalMs: 200, note: `${two.total} matches` });
  const [prefixMs, prefix] = await median3(() => listResponses(db, { text: 'disap', site: 'x' }, { limit: 50 }));
  results.push({ step: 'text search prefix "disap" on one site', ms: prefixMs, goalMs: 200, note: `${prefix.total} matches` });

  const renderLog = (globalThis as unknown as { renderLogPage?: (db: ReplybookDB) => Promise<number> }).renderLogPage;
  if (renderLog) {
    const [, firstRenderMs] = await time(() => renderLog(db));
    results.push({ step: `Log page first render (${count} rows, until rows are on screen)`, ms: firstRenderMs, goalMs: 500 });
  }

  const renderNumbers = (
    globalThis as unknown as {
      renderNumbersPage?: (db: ReplybookDB) => Promise<{ firstMs: number; completeMs: number; median: string }>;
    }
  ).renderNumbersPage;
  if (renderNumbers) {
    const numbers = await renderNumbers(db);
    results.push({
      step: `Numbers page at ${count} rows: summary, medians and charts on screen (aggregates)`,
      ms: numbers.firstMs,
      goalMs: 1000,
      note: `median time to reply ${numbers.median}`,
    });
    results.push({ step: 'Numbers page: negatives within 24 h and turnarounds counted too (reads items)', ms: numbers.completeMs });
  }
  const [aggregateMs] = await median3(() => aggregateStats(db, { now }));
  results.push({ step: 'aggregateStats: tallies with delay histograms + follow-up index', ms: aggregateMs, goalMs: 1000 });
  const [statsMs, exact] = await time(() => computeStats(db, { now }));
  results.push({
    step: 'computeStats over every row (the reference the aggregates are tested against)',
    ms: statsMs,
    note: `exact median ${((exact.summary.medianReplyMs ?? 0) / 60_000).toFixed(1)} min`,
  });
  const [talliesMs, tallied] = await time(() => weeklyTallies(db));
  results.push({
    step: 'weekly tallies kept on write',
    ms: talliesMs,
    note: `${tallied.total.responses} responses`,
  });

  const [exportMs, json] = await time(() => exportJson(db, now));
  results.push({ step: 'JSON export', ms: exportMs, goalMs: 10_000, note: `${(json.length / 1e6).toFixed(1)} MB` });
  const [wipeMs] = await time(() => wipeAll(db));
  results.push({ step: 'wipe all', ms: wipeMs });
  const [importMs, imported] = await time(() => importJson(db, json));
  results.push({
    step: 'JSON import (parse + validate + add)',
    ms: importMs,
    goalMs: 10_000,
    note: imported.ok ? `${imported.result.new} rows added` : imported.problem.message,
  });
  const total = await db.responses.count();
  results.push({ step: 'rows after import', ms: 0, note: String(total) });
  await db.delete();
  return results;
}

(globalThis as unknown as { runStorageBench: typeof runStorageBench }).runStorageBench = runStorageBench;
