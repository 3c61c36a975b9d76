/**
 * Fingerprint of every readItem() output (language, tone, scores, flags, questions, points,
 * topics, reasons, stars) over the hand-written reading sets (tests/reading) and the first
 * PER_SET train texts of every labelled set in ../shared/data, a few with stars and a title so
 * the rating paths run too, in a fresh process: a cold pass, then a warm one (both must agree).
 * Speed work on the reading (lib/reading) must leave this hash unchanged; it also changes when
 * the classifier's outputs do (scripts/bench/classifier-hash.ts tells those apart).
 *
 *   npx tsx scripts/bench/reading-hash.ts [per-set texts, default 300]
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { classify } from '../../lib/classifier/index';
import { readItem, type ReadInput } from '../../lib/reading';
import { DATA_DIR, loadSplit } from '../classifier/datasets';

const PER_SET = Number(process.argv[2] ?? 300);
const inputs: { set: string; input: ReadInput }[] = [];
for (const file of ['reading-set.jsonl', 'blind-set.jsonl', 'blind2-set.jsonl']) {
  for (const line of readFileSync(resolve('tests/reading', file), 'utf8').split('\n')) {
    if (line.trim()) inputs.push({ set: file, input: { text: (JSON.parse(line) as { text: string }).text } });
  }
}
const sets = [
  'complaints',
  ...readdirSync(resolve(DATA_DIR, 'tweeteval'))
    .sort()
    .map((name) => `tweeteval/${name}`),
];
sets.push(
  ...readdirSync(resolve(DATA_DIR, 'umsab'))
    .sort()
    .map((name) => `umsab/${name}`),
);
for (const set of sets) {
  loadSplit(set, 'train')
    .slice(0, PER_SET)
    .forEach(({ text }, index) => {
      // Every fifth text with stars (1 to 5) and a title, so the rating and title paths are read too.
      const rated = index % 5 === 0 ? { rating: ((index / 5) % 5) + 1, ratingMax: 5, title: text.split(/[.!?]/u)[0]?.slice(0, 60) } : {};
      inputs.push({ set, input: { text, ...rated, author: index % 7 === 0 ? 'Maria Lopez' : undefined } });
    });
}

const all = createHash('sha256');
for (const pass of ['cold', 'warm']) {
  const started = performance.now();
  const passHash = createHash('sha256');
  const bySet = new Map<string, ReturnType<typeof createHash>>();
  for (const { set, input } of inputs) {
    const line = JSON.stringify(readItem(input, { classify, ownWords: ['Twenix'] }));
    passHash.update(line);
    if (!bySet.has(set)) bySet.set(set, createHash('sha256'));
    bySet.get(set)!.update(line);
  }
  if (pass === 'cold') for (const [set, hash] of bySet) console.log(`${set.padEnd(22)} ${hash.digest('hex').slice(0, 16)}`);
  const digest = passHash.digest('hex');
  console.log(
    `${pass} pass over ${inputs.length.toLocaleString('en-US')} items (${Math.round(performance.now() - started)} ms): ${digest}`,
  );
  all.update(digest);
}
console.log(`overall: ${all.digest('hex')}`);
