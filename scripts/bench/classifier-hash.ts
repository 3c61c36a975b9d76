/**
 * Fingerprint of every classify() output (tone, scores, flags, topics, reasons, language,
 * toneSource) over the train and val texts of every labelled set in ../shared/data, each set
 * read in its own language (umsab/<language>), in a fresh process: a first pass with cold
 * caches, then a second pass over the same texts with warm ones (both must agree). Speed work
 * on the classifier must leave this hash unchanged. Prints one SHA-256 per set and one overall.
 *
 *   npx tsx scripts/bench/classifier-hash.ts [--dump out.jsonl]
 */
import { createHash } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { classify } from '../../lib/classifier/index';
import { DATA_DIR, loadSplit } from '../classifier/datasets';

const sets: { set: string; language: string }[] = [{ set: 'complaints', language: 'en' }];
for (const name of readdirSync(resolve(DATA_DIR, 'tweeteval')).sort()) sets.push({ set: `tweeteval/${name}`, language: 'en' });
for (const name of readdirSync(resolve(DATA_DIR, 'umsab')).sort()) sets.push({ set: `umsab/${name}`, language: name });

const dumpAt = process.argv.indexOf('--dump');
const dump: string[] | null = dumpAt > 0 ? [] : null;
const all = createHash('sha256');
let total = 0;
for (const pass of ['cold', 'warm']) {
  const passHash = createHash('sha256');
  for (const { set, language } of sets) {
    const h = createHash('sha256');
    let count = 0;
    for (const split of ['train', 'val'] as const) {
      for (const { text } of loadSplit(set, split)) {
        const line = JSON.stringify(classify(text, { language }));
        h.update(line).update('\n');
        if (dump !== null && pass === 'cold') dump.push(line);
        count++;
      }
    }
    const digest = h.digest('hex');
    passHash.update(digest);
    if (pass === 'cold') {
      total += count;
      console.log(`${set.padEnd(22)} ${String(count).padStart(6)} ${digest.slice(0, 16)}`);
    }
  }
  const digest = passHash.digest('hex');
  all.update(digest);
  console.log(`${pass} pass over ${total.toLocaleString('en-US')} texts: ${digest}`);
}
console.log(`overall: ${all.digest('hex')}`);
if (dump !== null) writeFileSync(process.argv[dumpAt + 1]!, `${dump.join('\n')}\n`);
