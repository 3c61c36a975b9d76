/**
 * Cross-validation helpers shared by scripts/train.ts and the experiment scripts in scripts/cv/:
 * fold assignment, corpus subsets and out-of-fold scoring. Node-only.
 */
import { LEXICON_DIM, lexiconFeatures, type Lexicon } from '../../lib/classifier/lexicon';
import { normalizeText } from '../../lib/classifier/normalize';
import { tokenizeNormalized } from '../../lib/classifier/tokenize';
import { scoreCorpus, seededRandom, shuffledOrder, trainFtrl, type Corpus, type FtrlParams, type TrainedHead } from '../classifier/trainer';

/** Stratified random folds: fold index per row, classes spread evenly (seeded). */
export function randomFolds(labels: Int32Array, k: number, seed: number): Int32Array {
  const order = shuffledOrder(labels.length, seededRandom(seed));
  const folds = new Int32Array(labels.length);
  const seen = new Map<number, number>();
  for (const r of order) {
    const c = seen.get(labels[r]!) ?? 0;
    folds[r] = c % k;
    seen.set(labels[r]!, c + 1);
  }
  return folds;
}

/** Contiguous blocks (rows in file order): fold i is the i-th k-th of the rows. */
export function blockFolds(n: number, k: number): Int32Array {
  const folds = new Int32Array(n);
  for (let r = 0; r < n; r++) folds[r] = Math.min(k - 1, Math.floor((r * k) / n));
  return folds;
}

export function subsetCorpus(corpus: Corpus, rows: ArrayLike<number>): Corpus {
  let total = 0;
  for (let i = 0; i < rows.length; i++) total += corpus.offsets[rows[i]! + 1]! - corpus.offsets[rows[i]!]!;
  const offsets = new Int32Array(rows.length + 1);
  const idx = new Int32Array(total);
  const val = new Float32Array(total);
  let used = 0;
  for (let i = 0; i < rows.length; i++) {
    const a = corpus.offsets[rows[i]!]!;
    const b = corpus.offsets[rows[i]! + 1]!;
    idx.set(corpus.idx.subarray(a, b), used);
    val.set(corpus.val.subarray(a, b), used);
    used += b - a;
    offsets[i + 1] = used;
  }
  return { size: rows.length, offsets, idx, val };
}

export interface Dense {
  dim: number;
  values: Float64Array;
}

export function subsetDense(dense: Dense, rows: ArrayLike<number>): Dense {
  const values = new Float64Array(rows.length * dense.dim);
  for (let i = 0; i < rows.length; i++) values.set(dense.values.subarray(rows[i]! * dense.dim, (rows[i]! + 1) * dense.dim), i * dense.dim);
  return { dim: dense.dim, values };
}

export function lexiconDense(texts: readonly string[], lexicon: Lexicon): Dense {
  const values = new Float64Array(texts.length * LEXICON_DIM);
  texts.forEach((raw, r) => {
    const text = normalizeText(raw);
    lexiconFeatures(tokenizeNormalized(text), lexicon, values, r * LEXICON_DIM, text);
  });
  return { dim: LEXICON_DIM, values };
}

export function rowsWhere(folds: Int32Array, test: (fold: number) => boolean): Int32Array {
  const out: number[] = [];
  for (let r = 0; r < folds.length; r++) if (test(folds[r]!)) out.push(r);
  return Int32Array.from(out);
}

/**
 * Out-of-fold logits ([row][output]) of a head trained on the other folds, for each fold.
 * weightsOf gives the per-row example weights of a training subset (class balancing).
 */
export function outOfFold(
  corpus: Corpus,
  labels: Int32Array,
  folds: Int32Array,
  k: number,
  outputs: number,
  dim: number,
  params: FtrlParams,
  weightsOf: (labels: Int32Array) => Float64Array,
  extra?: Dense,
  foldsToRun: readonly number[] = Array.from({ length: k }, (_, i) => i),
  /** Per-fold NB feature scales from the fold's train rows (NBSVM-style), if wanted. */
  scaleOf?: (corpus: Corpus, labels: Int32Array) => Float32Array,
  /** Fits a head instead of trainFtrl with `params` (e.g. trainer.ts trainSoftmaxBatch). */
  fitHead?: (
    corpus: Corpus,
    labels: Int32Array,
    rowWeight: Float64Array,
    extra: Dense | undefined,
    scale: Float32Array | undefined,
  ) => TrainedHead,
): Float64Array {
  const out = new Float64Array(labels.length * outputs).fill(NaN);
  for (const f of foldsToRun) {
    const trainRows = rowsWhere(folds, (x) => x !== f);
    const testRows = rowsWhere(folds, (x) => x === f);
    const y = Int32Array.from(trainRows, (r) => labels[r]!);
    const sub = subsetCorpus(corpus, trainRows);
    const trainExtra = extra && subsetDense(extra, trainRows);
    const head =
      fitHead !== undefined
        ? fitHead(sub, y, weightsOf(y), trainExtra, scaleOf?.(sub, y))
        : trainFtrl(sub, y, weightsOf(y), outputs, dim, params, trainExtra, scaleOf?.(sub, y));
    const logits = scoreCorpus(subsetCorpus(corpus, testRows), head, extra && subsetDense(extra, testRows));
    testRows.forEach((r, i) => {
      for (let o = 0; o < outputs; o++) out[r * outputs + o] = logits[i * outputs + o]!;
    });
  }
  return out;
}

/** Macro-F1 over classes 0..classes-1 of argmax(logits + offsets), rows with NaN logits skipped. */
export function macroF1Of(
  logits: Float64Array,
  labels: Int32Array,
  classes: number,
  offsets: readonly number[] = [],
  recall = false,
): number {
  const tp = new Float64Array(classes);
  const fp = new Float64Array(classes);
  const fn = new Float64Array(classes);
  for (let r = 0; r < labels.length; r++) {
    if (Number.isNaN(logits[r * classes]!)) continue;
    let best = 0;
    for (let o = 1; o < classes; o++)
      if (logits[r * classes + o]! + (offsets[o] ?? 0) > logits[r * classes + best]! + (offsets[best] ?? 0)) best = o;
    const y = labels[r]!;
    if (best === y) tp[y]! += 1;
    else {
      fp[best]! += 1;
      fn[y]! += 1;
    }
  }
  let sum = 0;
  for (let c = 0; c < classes; c++) {
    if (recall) sum += tp[c]! + fn[c]! > 0 ? tp[c]! / (tp[c]! + fn[c]!) : 0;
    else sum += tp[c]! > 0 ? (2 * tp[c]!) / (2 * tp[c]! + fp[c]! + fn[c]!) : 0;
  }
  return sum / classes;
}
