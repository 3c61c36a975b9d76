/** Experiment: per-language vs pooled (shared + per-language copies) tone heads, NB scaling, English-model stacking. */
import { loadLexiconSources, loadSplit } from '../classifier/datasets';
import { mix, type FeatureConfig } from '../../lib/classifier/features';
import { classify } from '../../lib/classifier/index';
import { balancedWeights, buildCorpus, nbScales, scoreCorpus, trainFtrl, type Corpus, type FtrlParams } from '../classifier/trainer';
import { lexiconDense, macroF1Of, randomFolds, rowsWhere, subsetCorpus, subsetDense, type Dense } from './common';

const LANGS = (process.env.LANGS ?? 'fr,de,es,it,pt').split(',');
const CLASSES = ['negative', 'neutral', 'positive'];
const lexicon = loadLexiconSources();
const feats: FeatureConfig = JSON.parse(process.env.FEATS ?? '{"bits":15,"charMin":2,"charMax":5,"wordWeight":1,"charWeight":1}');
const params: FtrlParams = JSON.parse(process.env.PARAMS ?? '{"alpha":0.3,"beta":1,"l1":0,"l2":0,"epochs":5,"average":3,"seed":1}');
const MODE = process.env.MODE ?? 'single'; // single | pooled | copies
const NB = Number(process.env.NB ?? '0');
const STACK = process.env.STACK === '1';
const mask = (1 << feats.bits) - 1;

const texts: string[] = [];
const ys: number[] = [];
const langOf: number[] = [];
const foldsAll: number[] = [];
LANGS.forEach((lang, li) => {
  const all = [...loadSplit(`umsab/${lang}`, 'train'), ...loadSplit(`umsab/${lang}`, 'val')];
  const y = Int32Array.from(all.map((e) => CLASSES.indexOf(e.label)));
  const f = randomFolds(y, 5, 7);
  all.forEach((e, i) => {
    texts.push(e.text);
    ys.push(y[i]!);
    langOf.push(li);
    foldsAll.push(f[i]!);
  });
});
const y = Int32Array.from(ys);
const folds = Int32Array.from(foldsAll);
let corpus: Corpus = buildCorpus(texts, feats);
if (MODE === 'copies') {
  // Each feature twice: shared bucket and a per-language bucket.
  const offsets = new Int32Array(corpus.size + 1);
  const idx = new Int32Array(corpus.idx.length * 2);
  const val = new Float32Array(corpus.idx.length * 2);
  let used = 0;
  for (let r = 0; r < corpus.size; r++) {
    for (let p = corpus.offsets[r]!; p < corpus.offsets[r + 1]!; p++) {
      idx[used] = corpus.idx[p]!;
      val[used++] = corpus.val[p]!;
      idx[used] = mix(corpus.idx[p]! ^ Math.imul(langOf[r]! + 1, 0x9e3779b1)) & mask;
      val[used++] = corpus.val[p]!;
    }
    offsets[r + 1] = used;
  }
  corpus = { size: corpus.size, offsets, idx, val };
}
let extra: Dense = lexiconDense(texts, lexicon);
if (STACK) {
  const dim = extra.dim + 3;
  const values = new Float64Array(texts.length * dim);
  texts.forEach((t, r) => {
    values.set(extra.values.subarray(r * extra.dim, (r + 1) * extra.dim), r * dim);
    const s = classify(t).scores;
    values[r * dim + extra.dim] = s.negative;
    values[r * dim + extra.dim + 1] = s.neutral;
    values[r * dim + extra.dim + 2] = s.positive;
  });
  extra = { dim, values };
}
const oof = new Float64Array(y.length * 3);
for (let f = 0; f < 5; f++) {
  const groups = MODE === 'single' ? LANGS.map((_, li) => li) : [-1];
  for (const g of groups) {
    const trainRows = rowsWhere(folds, (x) => x !== f).filter((r) => g < 0 || langOf[r] === g);
    const testRows = rowsWhere(folds, (x) => x === f).filter((r) => g < 0 || langOf[r] === g);
    const yt = Int32Array.from(trainRows, (r) => y[r]!);
    const sub = subsetCorpus(corpus, trainRows);
    const scale = NB > 0 ? nbScales(sub, yt, 3, 1 << feats.bits, NB) : undefined;
    const head = trainFtrl(sub, yt, balancedWeights(yt, 3), 3, 1 << feats.bits, params, subsetDense(extra, trainRows), scale);
    const logits = scoreCorpus(subsetCorpus(corpus, testRows), head, subsetDense(extra, testRows));
    testRows.forEach((r, i) => oof.set(logits.subarray(i * 3, i * 3 + 3), r * 3));
  }
}
let mean = 0;
const parts = LANGS.map((lang, li) => {
  const rows = langOf.flatMap((l, r) => (l === li ? [r] : []));
  const lo = new Float64Array(rows.length * 3);
  rows.forEach((r, i) => lo.set(oof.subarray(r * 3, r * 3 + 3), i * 3));
  const s = macroF1Of(
    lo,
    Int32Array.from(rows, (r) => y[r]!),
    3,
  );
  mean += s / LANGS.length;
  return `${lang} ${s.toFixed(4)}`;
});
console.log(
  `${MODE} nb=${NB} stack=${STACK} ${JSON.stringify(feats)} ${JSON.stringify(params)} mean ${mean.toFixed(4)} | ${parts.join(' ')}`,
);
