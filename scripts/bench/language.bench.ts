/**
 * The language detector (lib/reading/language.ts, eld's "extrasmall" n-gram tables) on short
 * comments: accuracy per language on the UMSAB val tweets (fr de es it pt; ar and hi are
 * shown too), English TweetEval sentiment val and complaints val, and the reply items; its
 * throughput on those distinct texts and the size of its tables. Prints figures; asserts nothing.
 *   node_modules/.bin/tsx scripts/bench/language.bench.ts
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { detectLanguage } from '@/lib/reading/language';

const DATA = '../shared/data';
const lines = (file: string) =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line) as { text: string; expect?: { lang: string } })
    : [];

const sets: [string, string, { text: string }[]][] = [
  ...['fr', 'de', 'es', 'it', 'pt', 'ar', 'hi'].map((lang): [string, string, { text: string }[]] => [
    `umsab/${lang}/val`,
    lang,
    lines(`${DATA}/umsab/${lang}/val.jsonl`),
  ]),
  ['tweeteval/sentiment/val', 'en', lines(`${DATA}/tweeteval/sentiment/val.jsonl`)],
  ['complaints/val', 'en', lines(`${DATA}/complaints/val.jsonl`)],
];
let all = 0;
let right = 0;
const texts: string[] = [];
for (const [name, lang, items] of sets) {
  if (items.length === 0) continue;
  const ok = items.filter((item) => detectLanguage(item.text).language === lang).length;
  all += items.length;
  right += ok;
  texts.push(...items.map((item) => item.text));
  console.log(
    `${name.padEnd(26)} ${lang}  ${String(ok).padStart(5)} / ${String(items.length).padEnd(5)} ${((100 * ok) / items.length).toFixed(1)}%`,
  );
}
console.log(
  `${'all of the above'.padEnd(29)} ${String(right).padStart(5)} / ${String(all).padEnd(5)} ${((100 * right) / Math.max(1, all)).toFixed(1)}%`,
);
const replies = [...lines(`${DATA}/replies/dev.jsonl`), ...lines('tests/replies/check-set.jsonl')].filter(
  (item) => item.expect && /\p{L}{2}/u.test(item.text),
);
if (replies.length) {
  const ok = replies.filter((item) => detectLanguage(item.text).language === item.expect!.lang).length;
  console.log(
    `${'reply items (with words)'.padEnd(29)} ${String(ok).padStart(5)} / ${String(replies.length).padEnd(5)} ${((100 * ok) / replies.length).toFixed(1)}%`,
  );
}
const start = process.cpuUsage();
let sink = 0;
for (const text of texts) sink += detectLanguage(text).confidence;
const cpu = process.cpuUsage(start);
console.log(
  `throughput on ${texts.length} distinct texts: ${Math.round(texts.length / ((cpu.user + cpu.system) / 1e6)).toLocaleString('en')} texts per CPU-second (checksum ${sink.toFixed(1)})`,
);
const tables = 'node_modules/eld/src/ngrams/extrasmall.js';
console.log(
  `n-gram tables (eld extrasmall): ${statSync(tables).size.toLocaleString('en')} bytes, ${gzipSync(readFileSync(tables)).length.toLocaleString('en')} gzipped`,
);
