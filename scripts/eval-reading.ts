/**
 * Scores the reading step (lib/reading readItem with lib/classifier classify) on the
 * hand-written set tests/reading/reading-set.jsonl: precision, recall and F1 per flag,
 * and language-detection accuracy per language.
 *
 *   npm run eval:reading               the table
 *   npm run eval:reading -- --errors   also the ids of false positives and false negatives
 *   npm run eval:reading -- --set FILE another set in the same format (e.g. tests/reading/blind-set.jsonl)
 *   npm run eval:reading -- --set tests/reading/blind3-set.jsonl --half even   only its held-out lines
 */
import { relative, resolve } from 'node:path';
import { loadReadingSet, READING_SET_PATH, readAll, scoreReadingSet } from './reading-set';

const showErrors = process.argv.includes('--errors');
const setAt = process.argv.indexOf('--set');
const setPath = setAt >= 0 && process.argv[setAt + 1] ? resolve(process.argv[setAt + 1] as string) : READING_SET_PATH;
const halfAt = process.argv.indexOf('--half');
const half = halfAt >= 0 ? process.argv[halfAt + 1] : undefined;
if (half !== undefined && half !== 'odd' && half !== 'even') {
  console.error('--half takes odd or even');
  process.exit(2);
}
// A split set (tests/reading/blind3-set.jsonl): its odd lines were read and train the learned flags, its even lines are held out.
const items = loadReadingSet(setPath).filter((_, index) => half === undefined || index % 2 === (half === 'odd' ? 0 : 1));
const score = scoreReadingSet(items, readAll(items));

const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)}%`;
console.log(`reading set: ${score.items} items (${relative(process.cwd(), setPath)}${half ? `, ${half} lines` : ''})`);
console.log('');
console.log('flag        gold+  found  precision  recall     F1');
for (const f of score.flags) {
  console.log(
    `${f.flag.padEnd(10)}  ${String(f.positives).padStart(5)}  ${String(f.tp + f.fp).padStart(5)}     ${pct(f.precision)}  ${pct(f.recall)}  ${pct(f.f1)}`,
  );
}
console.log('');
console.log('language  items  correct  accuracy');
let correct = 0;
for (const l of score.languages) {
  correct += l.correct;
  console.log(`${l.lang.padEnd(8)}  ${String(l.items).padStart(5)}  ${String(l.correct).padStart(7)}    ${pct(l.accuracy)}`);
}
console.log(`${'all'.padEnd(8)}  ${String(score.items).padStart(5)}  ${String(correct).padStart(7)}    ${pct(correct / score.items)}`);

if (showErrors) {
  console.log('');
  for (const f of score.flags) {
    console.log(`${f.flag} false positives: ${f.falsePositives.join(' ') || '-'}`);
    console.log(`${f.flag} false negatives: ${f.falseNegatives.join(' ') || '-'}`);
  }
  for (const l of score.languages) if (l.misses.length) console.log(`${l.lang} misread: ${l.misses.join(' ')}`);
}
