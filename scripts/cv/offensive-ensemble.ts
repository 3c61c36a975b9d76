/**
 * Experiment: does averaging the out-of-fold logits of several different abusive heads (other
 * feature sets, NB scaling, seeds) beat one head? 5-fold CV over tweeteval/offensive
 * train + val (same folds as offensive.ts). Prints each member's best macro-F1 and the
 * average's, with and without the lexical gate of the shipped flag.
 *
 *   npx tsx scripts/cv/offensive-ensemble.ts
 *   MEMBERS='[...]' npx tsx scripts/cv/offensive-ensemble.ts   (JSON list of members)
 */
import { loadSplit } from '../classifier/datasets';
import { classifyWith } from '../../lib/classifier/classify';
import type { FeatureConfig } from '../../lib/classifier/features';
import { getModel } from '../../lib/classifier/index';
import { lexiconFeatures } from '../../lib/classifier/lexicon';
import { ABUSIVE_EXTRA_DIM } from '../../lib/classifier/model';
import { LEXICON_DIM } from '../../lib/classifier/lexicon';
import { balancedWeights, buildCorpus, nbScales, type Corpus, type FtrlParams } from '../classifier/trainer';
import { outOfFold, randomFolds } from './common';

const all = [...loadSplit('tweeteval/offensive', 'train'), ...loadSplit('tweeteval/offensive', 'val')];
const y = Int32Array.from(all.map((e) => (e.label === 'offensive' ? 1 : 0)));
const model = getModel();
const stack = new Float64Array(all.length * ABUSIVE_EXTRA_DIM);
const lexical = new Uint8Array(all.length);
all.forEach((e, r) => {
  const s = classifyWith(model, e.text);
  lexiconFeatures(s.tokens, model.lexicon, stack, r * ABUSIVE_EXTRA_DIM, s.text);
  stack[r * ABUSIVE_EXTRA_DIM + LEXICON_DIM] = s.scores.negative;
  stack[r * ABUSIVE_EXTRA_DIM + LEXICON_DIM + 1] = s.scores.neutral;
  stack[r * ABUSIVE_EXTRA_DIM + LEXICON_DIM + 2] = s.scores.positive;
  const at = r * ABUSIVE_EXTRA_DIM;
  lexical[r] = stack[at + 7]! > 0 || stack[at + 8]! > 0 ? 1 : 0;
});
const folds = randomFolds(y, 5, 12);

function best(logits: Float64Array, gate: number): { f1: number; p: number; t: number } {
  const sorted = [...new Set(Array.from(logits, (l) => Math.round(l * 100) / 100))].sort((a, b) => a - b);
  let top = { f1: 0, p: 0, t: 0 };
  for (const t of sorted) {
    let tp = 0,
      fp = 0,
      fn = 0,
      tn = 0;
    for (let r = 0; r < y.length; r++) {
      const flag = logits[r]! > t && (lexical[r] === 1 || logits[r]! > t + gate);
      if (flag && y[r]) tp++;
      else if (flag) fp++;
      else if (y[r]) fn++;
      else tn++;
    }
    const f1 = ((2 * tp) / (2 * tp + fp + fn) + (2 * tn) / (2 * tn + fn + fp)) / 2;
    if (f1 > top.f1) top = { f1, p: tp / Math.max(1, tp + fp), t };
  }
  return top;
}
const show = (x: { f1: number; p: number; t: number }): string => `F1 ${x.f1.toFixed(4)} P ${x.p.toFixed(3)} @${x.t}`;

interface Member {
  name: string;
  feats: Partial<FeatureConfig>;
  params: FtrlParams;
  nb: number;
}
const base: FtrlParams = { alpha: 0.5, beta: 1, l1: 0, l2: 0, epochs: 8, average: 5, seed: 2 };
const members: Member[] = JSON.parse(
  process.env.MEMBERS ??
    JSON.stringify([
      { name: 'shipped', feats: {}, params: base, nb: 0 },
      { name: 'nb1', feats: {}, params: base, nb: 1 },
      { name: 'char3-6 2^18 nb0.5', feats: { bits: 18, charMin: 3, charMax: 6 }, params: { ...base, seed: 5 }, nb: 0.5 },
      { name: 'words only 2^18 nb1', feats: { bits: 18, charWeight: 0 }, params: { ...base, seed: 7 }, nb: 1 },
    ]),
);
const corpora = new Map<string, Corpus>();
const oofs: Float64Array[] = [];
for (const m of members) {
  const feats = { ...model.features, ...m.feats } as FeatureConfig;
  const key = JSON.stringify(feats);
  let corpus = corpora.get(key);
  if (corpus === undefined) {
    corpus = buildCorpus(
      all.map((e) => e.text),
      feats,
    );
    corpora.set(key, corpus);
  }
  const dim = 1 << feats.bits;
  const nbOf = m.nb > 0 ? (c: Corpus, l: Int32Array): Float32Array => nbScales(c, l, 1, dim, m.nb) : undefined;
  const oof = outOfFold(
    corpus,
    y,
    folds,
    5,
    1,
    dim,
    m.params,
    (l) => balancedWeights(l, 2),
    { dim: ABUSIVE_EXTRA_DIM, values: stack },
    undefined,
    nbOf,
  );
  // Standardized, so members on different logit scales weigh the same in the average.
  let mean = 0;
  for (const v of oof) mean += v / oof.length;
  let sd = 0;
  for (const v of oof) sd += (v - mean) ** 2 / oof.length;
  sd = Math.sqrt(sd);
  oofs.push(Float64Array.from(oof, (v) => (v - mean) / sd));
  console.log(`${m.name}: ${show(best(oof, 0))} | gate+1 ${show(best(oof, 1))}`);
  if (oofs.length > 1) {
    const avg = new Float64Array(y.length);
    for (const o of oofs) for (let r = 0; r < y.length; r++) avg[r] = avg[r]! + o[r]! / oofs.length;
    console.log(
      `  average of first ${oofs.length}: ${show(best(avg, 0))} | gate+0.5 ${show(best(avg, 0.5))} | gate+1 ${show(best(avg, 1))}`,
    );
  }
}
