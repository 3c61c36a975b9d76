// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { nbScales, scoreCorpus, trainFtrl, trainSoftmaxBatch, type Corpus, type FtrlParams } from './trainer';

/** Rows of hashed buckets (value 1 each) over `dim` buckets. */
function corpusOf(rows: number[][]): Corpus {
  const offsets = new Int32Array(rows.length + 1);
  rows.forEach((row, r) => (offsets[r + 1] = offsets[r]! + row.length));
  return { size: rows.length, offsets, idx: Int32Array.from(rows.flat()), val: Float32Array.from(rows.flat().map(() => 1)) };
}

// Six entries per class, so the class totals are equal.
const rows = [
  [0, 1],
  [0, 2],
  [0, 1],
  [0, 3],
  [3, 2],
  [3, 4],
];
const labels = Int32Array.from([1, 1, 1, 0, 0, 0]);
const PARAMS: FtrlParams = { alpha: 0.5, beta: 1, l1: 0, l2: 0, epochs: 4, seed: 7 };

describe('nbScales', () => {
  it('gives class-specific buckets large scales and balanced ones small', () => {
    const s = nbScales(corpusOf(rows), labels, 1, 8, 1);
    // Bucket 1 only in positives, bucket 3 only in negatives, bucket 2 once in each.
    expect(s[1]!).toBeGreaterThan(s[2]!);
    expect(s[3]!).toBeGreaterThan(s[2]!);
    expect(s[2]!).toBeCloseTo(0, 6);
    // An unseen bucket is smoothed equally on both sides.
    expect(s[5]!).toBeCloseTo(0, 6);
  });

  it('power 0 gives all ones', () => {
    expect([...nbScales(corpusOf(rows), labels, 1, 8, 0)].every((v) => v === 1)).toBe(true);
  });

  it('one-vs-rest columns for several outputs', () => {
    const y = Int32Array.from([0, 0, 1, 1, 2, 2]);
    const s = nbScales(corpusOf(rows), y, 3, 8, 1);
    expect(s.length).toBe(8 * 3);
    // Bucket 1 (rows 0 and 2: classes 0 and 1) never occurs in class 2.
    expect(s[1 * 3 + 2]!).toBeGreaterThan(0);
  });
});

describe('trainFtrl', () => {
  it('folds feature scales into the returned weights', () => {
    const corpus = corpusOf(rows);
    const scale = nbScales(corpus, labels, 1, 8, 1);
    const head = trainFtrl(corpus, labels, new Float64Array(6).fill(1), 1, 8, PARAMS, undefined, scale);
    // Scoring the unscaled rows separates the classes the scaled training saw.
    const logits = scoreCorpus(corpus, head);
    for (let r = 0; r < 6; r++) expect(logits[r]! > 0).toBe(labels[r] === 1);
    // A bucket whose scale is 0 keeps weight 0.
    expect(head.weights[2]).toBeCloseTo(0, 9);
  });

  it('averaging over the last epochs differs from the last weights and is deterministic', () => {
    const corpus = corpusOf(rows);
    const w = new Float64Array(6).fill(1);
    const last = trainFtrl(corpus, labels, w, 1, 8, PARAMS);
    const avg = trainFtrl(corpus, labels, w, 1, 8, { ...PARAMS, average: 3 });
    const again = trainFtrl(corpus, labels, w, 1, 8, { ...PARAMS, average: 3 });
    expect([...avg.weights]).toEqual([...again.weights]);
    expect(Math.abs(avg.weights[1]!)).toBeLessThan(Math.abs(last.weights[1]!));
    expect(avg.weights[1]!).toBeGreaterThan(0);
  });
});

describe('trainSoftmaxBatch', () => {
  const y3 = Int32Array.from([0, 0, 1, 1, 2, 2]);
  const rows3 = [
    [0, 1],
    [1, 5],
    [0, 2],
    [2, 5],
    [0, 3],
    [3, 4],
  ];
  const batch = { lambda: 1e-3, iterations: 200, learningRate: 0.05 };

  it('fits a softmax head that puts each row in its class, with NB scales folded in', () => {
    const corpus = corpusOf(rows3);
    const scale = nbScales(corpus, y3, 3, 8, 1);
    const head = trainSoftmaxBatch(corpus, y3, new Float64Array(6).fill(1), 3, 8, batch, undefined, scale);
    const logits = scoreCorpus(corpus, head);
    for (let r = 0; r < 6; r++) {
      const row = [0, 1, 2].map((o) => logits[r * 3 + o]!);
      expect(row.indexOf(Math.max(...row))).toBe(y3[r]);
    }
    // Bucket 6 never occurs: its weights stay 0 (no gradient, the L2 pull keeps them there).
    for (let o = 0; o < 3; o++) expect(head.weights[6 * 3 + o]).toBe(0);
  });

  it('a stronger L2 penalty gives smaller weights, and refitting gives the same bytes', () => {
    const corpus = corpusOf(rows3);
    const w = new Float64Array(6).fill(1);
    const weak = trainSoftmaxBatch(corpus, y3, w, 3, 8, batch);
    const strong = trainSoftmaxBatch(corpus, y3, w, 3, 8, { ...batch, lambda: 1 });
    const norm = (a: Float32Array): number => a.reduce((s, x) => s + x * x, 0);
    expect(norm(strong.weights)).toBeLessThan(norm(weak.weights));
    expect([...trainSoftmaxBatch(corpus, y3, w, 3, 8, batch).weights]).toEqual([...weak.weights]);
  });

  it('learns the weights of dense extras', () => {
    const corpus = corpusOf(rows3.map(() => [7]));
    // Only the extra tells the classes apart.
    const extra = { dim: 1, values: Float64Array.from([-1, -1, 0, 0, 1, 1]) };
    const head = trainSoftmaxBatch(corpus, y3, new Float64Array(6).fill(1), 3, 8, batch, extra);
    expect(head.extraWeights[2]!).toBeGreaterThan(head.extraWeights[0]!);
  });
});
