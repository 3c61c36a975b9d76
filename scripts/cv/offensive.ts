/**
 * Experiment: the abusive head by 5-fold CV over tweeteval/offensive train + val: learning
 * rate, NB scaling, with or without the tone probabilities stacked, and a lexical gate (flag
 * only texts with a listed swear word or insult, or a very sure head). Prints the best
 * macro-F1 and the precision there, and the most precise threshold with macro-F1 ≥ 0.765.
 */
import { loadSplit } from '../classifier/datasets';
import { classifyWith } from '../../lib/classifier/classify';
import { getModel } from '../../lib/classifier/index';
import { LEXICON_DIM, lexiconFeatures } from '../../lib/classifier/lexicon';
import { ABUSIVE_EXTRA_DIM } from '../../lib/classifier/model';
import { balancedWeights, buildCorpus, nbScales, type Corpus, type FtrlParams } from '../classifier/trainer';
import { outOfFold, randomFolds, type Dense } from './common';

const all = [...loadSplit('tweeteval/offensive', 'train'), ...loadSplit('tweeteval/offensive', 'val')];
const y = Int32Array.from(all.map((e) => (e.label === 'offensive' ? 1 : 0)));
const model = getModel();
const feats = process.env.FEATS ? (JSON.parse(process.env.FEATS) as typeof model.features) : model.features;
const dim = 1 << feats.bits;
const stack = new Float64Array(all.length * ABUSIVE_EXTRA_DIM);
const lexOnly = new Float64Array(all.length * LEXICON_DIM);
const lexical = new Uint8Array(all.length);
all.forEach((e, r) => {
  const s = classifyWith(model, e.text);
  lexiconFeatures(s.tokens, model.lexicon, stack, r * ABUSIVE_EXTRA_DIM, s.text);
  stack[r * ABUSIVE_EXTRA_DIM + LEXICON_DIM] = s.scores.negative;
  stack[r * ABUSIVE_EXTRA_DIM + LEXICON_DIM + 1] = s.scores.neutral;
  stack[r * ABUSIVE_EXTRA_DIM + LEXICON_DIM + 2] = s.scores.positive;
  lexOnly.set(stack.subarray(r * ABUSIVE_EXTRA_DIM, r * ABUSIVE_EXTRA_DIM + LEXICON_DIM), r * LEXICON_DIM);
  const at = r * ABUSIVE_EXTRA_DIM;
  lexical[r] = (process.env.GATE === 'target' ? stack[at + 8]! > 0 || stack[at + 9]! > 0 : stack[at + 7]! > 0 || stack[at + 8]! > 0)
    ? 1
    : 0;
});
const corpus = buildCorpus(
  all.map((e) => e.text),
  feats,
);
const folds = randomFolds(y, 5, 12);
console.log(
  `texts ${all.length}, with a listed swear word or insult ${lexical.reduce((a, b) => a + b, 0)} (offensive among them ${Array.from(lexical).filter((l, i) => l && y[i]).length})`,
);

function curve(logits: Float64Array, gate: number): { best: string; precise: string } {
  const sorted = [...new Set(Array.from(logits, (l) => Math.round(l * 100) / 100))].sort((a, b) => a - b);
  let best = { f1: 0, p: 0, t: 0 };
  let precise = { f1: 0, p: 0, t: NaN };
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
    const p = tp / Math.max(1, tp + fp);
    if (f1 > best.f1) best = { f1, p, t };
    if (f1 >= 0.765 && p > precise.p) precise = { f1, p, t };
  }
  const f = (x: { f1: number; p: number; t: number }): string => `F1 ${x.f1.toFixed(4)} P ${x.p.toFixed(4)} @${x.t}`;
  return { best: f(best), precise: Number.isNaN(precise.t) ? 'none ≥ 0.765' : f(precise) };
}

const grid: { name: string; params: FtrlParams; nb: number; tone: boolean }[] = JSON.parse(
  process.env.GRID ??
    '[{"name":"current","params":{"alpha":0.5,"beta":1,"l1":0,"l2":0,"epochs":8,"average":5,"seed":2},"nb":0,"tone":true}]',
);
for (const g of grid) {
  const extra: Dense = g.tone ? { dim: ABUSIVE_EXTRA_DIM, values: stack } : { dim: LEXICON_DIM, values: lexOnly };
  const nbOf = g.nb > 0 ? (c: Corpus, l: Int32Array): Float32Array => nbScales(c, l, 1, dim, g.nb) : undefined;
  const oof = outOfFold(corpus, y, folds, 5, 1, dim, g.params, (l) => balancedWeights(l, 2), extra, undefined, nbOf);
  const plain = curve(oof, 0);
  const gated = [0.5, 1, 1.5, 2, 3].map((gate) => `gate+${gate}: ${curve(oof, gate).best} | ${curve(oof, gate).precise}`);
  const none = curve(oof, 1e9);
  void none;
  console.log(`${g.name}: no gate ${plain.best} | precise ${plain.precise} || ${gated.join(' || ')}`);
}
if (process.env.POINTS) {
  const g = { params: { alpha: 0.5, beta: 1, l1: 0, l2: 0, epochs: 8, average: 5, seed: 2 } };
  const oof = outOfFold(corpus, y, folds, 5, 1, dim, g.params, (l) => balancedWeights(l, 2), { dim: ABUSIVE_EXTRA_DIM, values: stack });
  for (const t of [0, 0.25, 0.5]) {
    for (const m of [0.5, 1, 1.5, 2, 3]) {
      let tp = 0,
        fp = 0,
        fn = 0,
        tn = 0;
      for (let r = 0; r < y.length; r++) {
        const flag = oof[r]! > t + (lexical[r] === 1 ? 0 : m);
        if (flag && y[r]) tp++;
        else if (flag) fp++;
        else if (y[r]) fn++;
        else tn++;
      }
      const f1 = ((2 * tp) / (2 * tp + fp + fn) + (2 * tn) / (2 * tn + fn + fp)) / 2;
      console.log(`t ${t} m ${m}: macro-F1 ${f1.toFixed(4)} precision ${(tp / (tp + fp)).toFixed(4)} flagged ${tp + fp}`);
    }
  }
}
