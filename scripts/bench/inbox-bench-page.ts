// Runs inside Chromium (bundled by inbox.bench.ts): the inbox over 30,000 open items in real IndexedDB.
import type { Tone } from '@/lib/classifier/labels';
import { foldInboxWords, inboxEntries, queryInbox } from '@/lib/panel/inbox';
import { ReplybookDB, type ItemRow } from '@/lib/storage/db';
import { withInboxKey } from '@/lib/storage/inbox-key';
import { inboxPage, openItems } from '@/lib/storage/queries';
import { markItemsHandled } from '@/lib/storage/writes';

const SITES = ['yelp', 'facebook', 'x', 'google-maps', 'trustpilot', 'youtube'];
const TONES: Tone[] = ['negative', 'neutral', 'positive'];
const LANGUAGES = ['en', 'en', 'en', 'fr', 'de', 'es'];
const VOCABULARY = (
  'soup cold rude waiter lovely staff refund order delivery late price quality service manager table ' +
  'booking parking music coffee dessert pizza burger salad noisy clean dirty friendly slow quick ' +
  'recommend disappointed amazing terrible awful great okay average wait hour minutes birthday ' +
  'the the the and and to to a a of we was was it is for our you my they this that but not with had at on in very'
).split(' ');
const DAY = 86_400_000;

function seeded(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
}

function makeItems(count: number, answered: number, now: number): ItemRow[] {
  const random = seeded(7);
  return Array.from({ length: count + answered }, (_, i) => {
    const tone = TONES[Math.floor(random() * 3)]!;
    const words = Array.from({ length: 20 + Math.floor(random() * 40) }, () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]!);
    const firstSeenAt = now - Math.floor(random() * 180 * DAY);
    const labels = {
      tone,
      scores: { positive: 0.2, neutral: 0.2, negative: 0.6 },
      flags: random() < 0.2 ? ['complaint' as const] : [],
      topics: [],
      reasons: [],
      language: LANGUAGES[i % LANGUAGES.length]!,
      ...(random() < 0.5 ? { stars: 1 + Math.floor(random() * 5) } : {}),
    };
    return withInboxKey({
      id: `i${i}`,
      site: SITES[i % SITES.length]!,
      authorName: `Author ${i % 5000}`,
      text: words.join(' ') + '.',
      labels,
      tone,
      pageUrl: `https://example.com/${i % 300}`,
      firstSeenAt,
      lastSeenAt: firstSeenAt,
      ...(i >= count ? { handled: 'inserted' as const } : {}),
    });
  });
}

async function timed<T>(
  results: Array<Record<string, unknown>>,
  step: string,
  goalMs: number | undefined,
  run: () => Promise<T> | T,
  note = '',
) {
  const started = performance.now();
  const value = await run();
  results.push({ step, ms: performance.now() - started, goalMs, note });
  return value;
}

async function runInboxBench(open: number, answered: number, settleMs: number): Promise<Array<Record<string, unknown>>> {
  const db = new ReplybookDB('inbox-bench');
  await db.delete();
  await db.open();
  const results: Array<Record<string, unknown>> = [];
  const items = makeItems(open, answered, Date.now());
  await timed(results, `seed ${items.length.toLocaleString('en')} items (bulkPut)`, undefined, async () => {
    for (let i = 0; i < items.length; i += 5000) await db.items.bulkPut(items.slice(i, i + 5000));
  });
  // Idle first, as a user's database is when the dashboard opens: the seed's compaction settles.
  await new Promise((done) => setTimeout(done, settleMs));
  await timed(results, 'count of the inbox index (not used: Chromium walks it)', undefined, () => db.items.orderBy('inbox').count());
  await timed(results, 'first page (inboxPage: 50 rows, more?)', 200, () => inboxPage(db, { limit: 50 }));
  const rows = await timed(results, 'read every open item once (inbox index)', 3000, () => openItems(db));
  const entries = await timed(results, 'derive family and language per item', 1500, () => inboxEntries(rows));
  await timed(results, "fold every item's words (the page does it in idle slices)", undefined, () => foldInboxWords(entries, 0, Infinity));
  await timed(results, "search keystroke 'cof' (in memory)", 100, () => queryInbox(entries, { text: 'cof' }));
  await timed(results, "next keystroke 'coff' (in memory)", 100, () => queryInbox(entries, { text: 'coff' }));
  await timed(results, "search 'cold waiter' + site + tone", 100, () =>
    queryInbox(entries, { text: 'cold waiter', site: 'yelp', tone: 'negative' }),
  );
  await timed(results, 'filter kind complaint, language fr', 100, () => queryInbox(entries, { family: 'complaint', language: 'fr' }));
  await timed(results, 'sort newest', 100, () => queryInbox(entries, { sort: 'newest' }));
  await timed(results, 'sort by rating', 100, () => queryInbox(entries, { sort: 'rating' }));
  await timed(results, 'bulk mark 50 ignored', 300, () =>
    markItemsHandled(
      db,
      rows.slice(0, 50).map((row) => row.id),
      'ignored',
    ),
  );
  await timed(results, 'first page again, after the marks', 200, () => inboxPage(db, { limit: 50 }));
  await timed(results, 'bulk mark 1,000 answered', 3000, () =>
    markItemsHandled(
      db,
      rows.slice(50, 1050).map((row) => row.id),
      'answered',
    ),
  );
  db.close();
  await db.delete();
  return results;
}

(globalThis as unknown as { runInboxBench: typeof runInboxBench }).runInboxBench = runInboxBench;
