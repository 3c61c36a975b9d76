/**
 * Experiment: English tone settings by CV over tweeteval/sentiment train+val, with random
 * folds and by-era folds (contiguous blocks of train, which is ordered 2013 → 2016).
 */
import { loadLexiconSources, loadSplit } from '../classifier/datasets';
import type { FeatureConfig } from '../../lib/classifier/features';
import { balancedWeights, buildCorpus, type FtrlParams } from '../classifier/trainer';
import { blockFolds, lexiconDense, macroF1Of, outOfFold, randomFolds } from './common';

const CLASSES = ['negative', 'neutral', 'positive'];
const feats: FeatureConfig = JSON.parse(process.env.FEATS ?? '{"bits":16,"charMin":2,"charMax":5,"wordWeight":1,"charWeight":1}');
const grid: (FtrlParams & { lexScale?: number; balance?: number })[] = JSON.parse(
  process.env.PARAMS ?? '[{"alpha":0.3,"beta":1,"l1":0,"l2":0,"epochs":5,"average":3,"seed":1}]',
);
const train = loadSplit('tweeteval/sentiment', 'train');
const val = loadSplit('tweeteval/sentiment', 'val');
const all = [...train, ...val];
const y = Int32Array.from(all.map((e) => CLASSES.indexOf(e.label)));
const t0 = Date.now();
const corpus = buildCorpus(
  all.map((e) => e.text),
  feats,
);
const lex = lexiconDense(
  all.map((e) => e.text),
  loadLexiconSources(),
);
const K = 5;
const random = randomFolds(y, K, 11);
// By era: train in K contiguous blocks; val rows join the folds at random.
const era = blockFolds(train.length, K);
const byEra = Int32Array.from(all, (_, r) => (r < train.length ? era[r]! : random[r]!));
const FOLDS = (process.env.FOLDS ?? '0,1,2,3,4').split(',').map(Number);
console.log(`features ready ${((Date.now() - t0) / 1000).toFixed(0)}s`);
for (const p of grid) {
  const extra = p.lexScale !== undefined ? { dim: lex.dim, values: lex.values.map((v) => v * p.lexScale!) } : lex;
  const w = (l: Int32Array): Float64Array => balancedWeights(l, 3, p.balance ?? 1);
  const parts: string[] = [];
  for (const [name, folds] of [
    ['random', random],
    ['era', byEra],
  ] as const) {
    const oof = outOfFold(corpus, y, folds, K, 3, 1 << feats.bits, p, w, extra, FOLDS);
    const perFold = FOLDS.map((f) => {
      const rows = Array.from(folds.keys()).filter((r) => folds[r] === f);
      const lo = new Float64Array(rows.length * 3);
      rows.forEach((r, i) => lo.set(oof.subarray(r * 3, r * 3 + 3), i * 3));
      return macroF1Of(
        lo,
        Int32Array.from(rows, (r) => y[r]!),
        3,
        [],
        true,
      );
    });
    parts.push(`${name} ${macroF1Of(oof, y, 3, [], true).toFixed(4)} [${perFold.map((s) => s.toFixed(3)).join(' ')}]`);
  }
  console.log(`${JSON.stringify(feats)} ${JSON.stringify(p)} | ${parts.join(' | ')} [${((Date.now() - t0) / 1000).toFixed(0)}s]`);
}
