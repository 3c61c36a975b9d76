/**
 * Experiment: other TweetEval sets as helpers of the abusive head. Heads fitted on hate,
 * emotion and irony (train + val of each; none shares texts with offensive) score every
 * offensive text; their probabilities join the stacked extras of the abusive head, whose
 * macro-F1 is measured by the same 5-fold CV over offensive train + val as offensive.ts.
 *
 *   npx tsx scripts/cv/offensive-transfer.ts
 */
import { loadSplit } from '../classifier/datasets';
import { classifyWith } from '../../lib/classifier/classify';
import { getModel } from '../../lib/classifier/index';
import { LEXICON_DIM, lexiconFeatures } from '../../lib/classifier/lexicon';
import { ABUSIVE_EXTRA_DIM } from '../../lib/classifier/model';
import { balancedWeights, buildCorpus, scoreCorpus, trainFtrl, type FtrlParams } from '../classifier/trainer';
import { outOfFold, randomFolds } from './common';

const all = [...loadSplit('tweeteval/offensive', 'train'), ...loadSplit('tweeteval/offensive', 'val')];
const y = Int32Array.from(all.map((e) => (e.label === 'offensive' ? 1 : 0)));
const model = getModel();
const feats = model.features;
const dim = 1 << feats.bits;
const texts = all.map((e) => e.text);
const corpus = buildCorpus(texts, feats);
const base = new Float64Array(all.length * ABUSIVE_EXTRA_DIM);
const lexical = new Uint8Array(all.length);
all.forEach((e, r) => {
  const s = classifyWith(model, e.text);
  lexiconFeatures(s.tokens, model.lexicon, base, r * ABUSIVE_EXTRA_DIM, s.text);
  base[r * ABUSIVE_EXTRA_DIM + LEXICON_DIM] = s.scores.negative;
  base[r * ABUSIVE_EXTRA_DIM + LEXICON_DIM + 1] = s.scores.neutral;
  base[r * ABUSIVE_EXTRA_DIM + LEXICON_DIM + 2] = s.scores.positive;
  const at = r * ABUSIVE_EXTRA_DIM;
  lexical[r] = base[at + 7]! > 0 || base[at + 8]! > 0 ? 1 : 0;
});

const helperParams: FtrlParams = { alpha: 0.5, beta: 1, l1: 0, l2: 0, epochs: 5, average: 3, seed: 9 };
/** Probabilities of a helper head fitted on another set, for every offensive text. */
function helper(set: string): { names: string[]; probs: Float64Array } {
  const rows = [...loadSplit(set, 'train'), ...loadSplit(set, 'val')];
  const names = [...new Set(rows.map((e) => e.label))].sort();
  const labels = Int32Array.from(rows.map((e) => names.indexOf(e.label)));
  const outputs = names.length === 2 ? 1 : names.length;
  const head = trainFtrl(
    buildCorpus(
      rows.map((e) => e.text),
      feats,
    ),
    labels,
    balancedWeights(labels, names.length),
    outputs,
    dim,
    helperParams,
  );
  const logits = scoreCorpus(corpus, head);
  const probs = new Float64Array(all.length * outputs);
  for (let r = 0; r < all.length; r++) {
    if (outputs === 1) probs[r] = 1 / (1 + Math.exp(-logits[r]!));
    else {
      let max = -Infinity;
      for (let o = 0; o < outputs; o++) max = Math.max(max, logits[r * outputs + o]!);
      let sum = 0;
      for (let o = 0; o < outputs; o++) sum += Math.exp(logits[r * outputs + o]! - max);
      for (let o = 0; o < outputs; o++) probs[r * outputs + o] = Math.exp(logits[r * outputs + o]! - max) / sum;
    }
  }
  console.log(`${set}: ${rows.length} rows, classes ${names.join('/')}`);
  return { names: outputs === 1 ? [names[1]!] : names, probs };
}

function best(logits: Float64Array, gate: number): string {
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
  return `F1 ${top.f1.toFixed(4)} P ${top.p.toFixed(3)} @${top.t}`;
}

const sets = (process.env.SETS ?? 'tweeteval/hate,tweeteval/emotion,tweeteval/irony').split(',');
const helpers = sets.map(helper);
const folds = randomFolds(y, 5, 12);
const params: FtrlParams = { alpha: 0.5, beta: 1, l1: 0, l2: 0, epochs: 8, average: 5, seed: 2 };
const variants: [string, number[]][] = [['none', []], ...sets.map((s, i): [string, number[]] => [s, [i]]), ['all', sets.map((_, i) => i)]];
for (const [name, use] of variants) {
  const width = use.reduce((w, i) => w + helpers[i]!.names.length, 0);
  const d = ABUSIVE_EXTRA_DIM + width;
  const values = new Float64Array(all.length * d);
  for (let r = 0; r < all.length; r++) {
    values.set(base.subarray(r * ABUSIVE_EXTRA_DIM, (r + 1) * ABUSIVE_EXTRA_DIM), r * d);
    let at = r * d + ABUSIVE_EXTRA_DIM;
    for (const i of use) {
      const h = helpers[i]!;
      const k = h.names.length;
      values.set(h.probs.subarray(r * k, (r + 1) * k), at);
      at += k;
    }
  }
  const oof = outOfFold(corpus, y, folds, 5, 1, dim, params, (l) => balancedWeights(l, 2), { dim: d, values });
  console.log(`${name}: no gate ${best(oof, 0)} | gate+0.5 ${best(oof, 0.5)} | gate+1 ${best(oof, 1)}`);
}
