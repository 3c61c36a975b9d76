/**
 * Training pieces for scripts/train.ts: feature matrices and FTRL-Proximal logistic /
 * softmax regression (per-coordinate learning rates, L1 for sparsity, L2). Deterministic for a
 * given seed. Never imported by index.ts.
 */
import { extractFeatures, FeatureBuffer, type FeatureConfig } from '../../lib/classifier/features';
import { tokenize } from '../../lib/classifier/tokenize';

/** Sparse rows: row r spans idx/val[offsets[r] .. offsets[r+1]). */
export interface Corpus {
  size: number;
  offsets: Int32Array;
  idx: Int32Array;
  val: Float32Array;
}

export function buildCorpus(texts: readonly string[], cfg: FeatureConfig): Corpus {
  const buf = new FeatureBuffer();
  const offsets = new Int32Array(texts.length + 1);
  let idx = new Int32Array(texts.length * 256);
  let val = new Float32Array(texts.length * 256);
  let used = 0;
  texts.forEach((text, r) => {
    extractFeatures(tokenize(text), cfg, buf);
    if (used + buf.length > idx.length) {
      const size = Math.max(idx.length * 2, used + buf.length);
      const nextIdx = new Int32Array(size);
      nextIdx.set(idx.subarray(0, used));
      idx = nextIdx;
      const nextVal = new Float32Array(size);
      nextVal.set(val.subarray(0, used));
      val = nextVal;
    }
    idx.set(buf.idx.subarray(0, buf.length), used);
    val.set(buf.val.subarray(0, buf.length), used);
    used += buf.length;
    offsets[r + 1] = used;
  });
  return { size: texts.length, offsets, idx: idx.slice(0, used), val: val.slice(0, used) };
}

/** mulberry32: small seeded PRNG so training is repeatable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffledOrder(n: number, random: () => number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}

export interface FtrlParams {
  alpha: number;
  beta: number;
  l1: number;
  l2: number;
  epochs: number;
  seed: number;
  /** Average the weights at the end of the last `average` epochs (0 or 1: the final weights). */
  average?: number;
}

/** Weights of a trained head: `outputs` columns over dim hashed buckets (+ dense extras). */
export interface TrainedHead {
  outputs: number;
  dim: number;
  /** Row-major [feature][output]. */
  weights: Float32Array;
  bias: Float64Array;
  /** Weights of the dense extra features, [extra][output]. */
  extraWeights: Float64Array;
}

/**
 * Trains `outputs` logits (1 ⇒ sigmoid, >1 ⇒ softmax) on hashed rows plus optional dense
 * extras (extraDim values per row). labels[r] is the class index (0/1 for sigmoid);
 * rowWeight[r] scales each example's gradient (class balancing).
 */
export function trainFtrl(
  corpus: Corpus,
  labels: Int32Array,
  rowWeight: Float64Array,
  outputs: number,
  dim: number,
  params: FtrlParams,
  extra?: { dim: number; values: Float64Array },
  /**
   * Optional per-(bucket, output) factor on the hashed feature values while training
   * (NB log-count ratios); the returned weights have it folded in, so they score unscaled rows.
   */
  featureScale?: Float32Array,
): TrainedHead {
  const extraDim = extra?.dim ?? 0;
  const total = (dim + extraDim) * outputs;
  const z = new Float64Array(total);
  const n = new Float64Array(total);
  const biasZ = new Float64Array(outputs);
  const biasN = new Float64Array(outputs);
  const { alpha, beta, l1, l2 } = params;
  const random = seededRandom(params.seed);
  const logits = new Float64Array(outputs);
  const grads = new Float64Array(outputs);
  // Per-row cache of the current weights (index into z/n) to avoid computing them twice.
  let cache = new Float64Array(1024 * outputs);

  const weightOf = (k: number): number => {
    const zk = z[k]!;
    if (zk <= l1 && zk >= -l1) return 0;
    return -(zk - Math.sign(zk) * l1) / ((beta + Math.sqrt(n[k]!)) / alpha + l2);
  };
  const biasOf = (o: number): number => -biasZ[o]! / ((beta + Math.sqrt(biasN[o]!)) / alpha);

  const averaged = Math.max(1, Math.min(params.average ?? 1, params.epochs));
  const sum = new Float64Array(averaged > 1 ? total : 0);
  const biasSum = new Float64Array(outputs);
  for (let epoch = 0; epoch < params.epochs; epoch++) {
    const order = shuffledOrder(corpus.size, random);
    for (let p = 0; p < order.length; p++) {
      const r = order[p]!;
      const start = corpus.offsets[r]!;
      const end = corpus.offsets[r + 1]!;
      const count = end - start + extraDim;
      if (cache.length < count * outputs) cache = new Float64Array(count * outputs * 2);
      for (let o = 0; o < outputs; o++) logits[o] = biasOf(o);
      for (let f = 0; f < count; f++) {
        const isExtra = f >= end - start;
        const base = isExtra ? (dim + f - (end - start)) * outputs : corpus.idx[start + f]! * outputs;
        const x = isExtra ? extra!.values[r * extraDim + f - (end - start)]! : corpus.val[start + f]!;
        for (let o = 0; o < outputs; o++) {
          const w = weightOf(base + o);
          cache[f * outputs + o] = w;
          const xs = featureScale !== undefined && !isExtra ? x * featureScale[base + o]! : x;
          logits[o] = logits[o]! + w * xs;
        }
      }
      const y = labels[r]!;
      const weight = rowWeight[r]!;
      if (outputs === 1) {
        const prob = 1 / (1 + Math.exp(-logits[0]!));
        grads[0] = (prob - y) * weight;
      } else {
        let max = -Infinity;
        for (let o = 0; o < outputs; o++) max = Math.max(max, logits[o]!);
        let sum = 0;
        for (let o = 0; o < outputs; o++) {
          logits[o] = Math.exp(logits[o]! - max);
          sum += logits[o]!;
        }
        for (let o = 0; o < outputs; o++) grads[o] = (logits[o]! / sum - (o === y ? 1 : 0)) * weight;
      }
      for (let o = 0; o < outputs; o++) {
        const g = grads[o]!;
        const sigma = (Math.sqrt(biasN[o]! + g * g) - Math.sqrt(biasN[o]!)) / alpha;
        biasZ[o] = biasZ[o]! + (g - sigma * biasOf(o));
        biasN[o] = biasN[o]! + g * g;
      }
      for (let f = 0; f < count; f++) {
        const isExtra = f >= end - start;
        const base = isExtra ? (dim + f - (end - start)) * outputs : corpus.idx[start + f]! * outputs;
        const x = isExtra ? extra!.values[r * extraDim + f - (end - start)]! : corpus.val[start + f]!;
        for (let o = 0; o < outputs; o++) {
          const k = base + o;
          const g = grads[o]! * (featureScale !== undefined && !isExtra ? x * featureScale[k]! : x);
          if (g === 0) continue;
          const nk = n[k]!;
          const sigma = (Math.sqrt(nk + g * g) - Math.sqrt(nk)) / alpha;
          z[k] = z[k]! + (g - sigma * cache[f * outputs + o]!);
          n[k] = nk + g * g;
        }
      }
    }
    if (averaged > 1 && epoch >= params.epochs - averaged) {
      for (let k = 0; k < total; k++) sum[k] = sum[k]! + weightOf(k);
      for (let o = 0; o < outputs; o++) biasSum[o] = biasSum[o]! + biasOf(o);
    }
  }

  const final = (k: number): number => {
    const w = averaged > 1 ? sum[k]! / averaged : weightOf(k);
    return featureScale !== undefined && k < dim * outputs ? w * featureScale[k]! : w;
  };
  const weights = new Float32Array(dim * outputs);
  for (let k = 0; k < dim * outputs; k++) weights[k] = final(k);
  const extraWeights = new Float64Array(extraDim * outputs);
  for (let k = 0; k < extraDim * outputs; k++) extraWeights[k] = final(dim * outputs + k);
  const bias = new Float64Array(outputs);
  for (let o = 0; o < outputs; o++) bias[o] = averaged > 1 ? biasSum[o]! / averaged : biasOf(o);
  return { outputs, dim, weights, bias, extraWeights };
}

export interface BatchParams {
  /** L2 penalty on the feature weights (not the biases), per unit of total row weight. */
  lambda: number;
  /** Full-batch Adam steps and step size. */
  iterations: number;
  learningRate: number;
}

/**
 * Softmax (outputs > 1) regression fitted on the whole batch: minimises the row-weighted mean
 * log-loss + lambda/2 ‖w‖² with Adam for a fixed number of steps (deterministic: no sampling).
 * Same inputs and result as trainFtrl, so either fits a head; the NB featureScale is folded
 * into the returned weights. On the small language sets (about 1,700 rows) it converges where
 * five online epochs do not.
 */
export function trainSoftmaxBatch(
  corpus: Corpus,
  labels: Int32Array,
  rowWeight: Float64Array,
  outputs: number,
  dim: number,
  params: BatchParams,
  extra?: { dim: number; values: Float64Array },
  featureScale?: Float32Array,
): TrainedHead {
  if (outputs < 2) throw new Error('trainSoftmaxBatch: softmax heads only');
  const O = outputs;
  const E = extra?.dim ?? 0;
  const nnz = corpus.offsets[corpus.size]!;
  // Each stored value times its bucket's NB factor, per output (computed once).
  const xs = new Float32Array(nnz * O);
  for (let p = 0; p < nnz; p++) {
    const j = corpus.idx[p]!;
    for (let o = 0; o < O; o++) xs[p * O + o] = corpus.val[p]! * (featureScale !== undefined ? featureScale[j * O + o]! : 1);
  }
  const P = (dim + E) * O;
  const w = new Float64Array(P + O); // feature weights, extras, then biases
  const m = new Float64Array(P + O);
  const v = new Float64Array(P + O);
  const g = new Float64Array(P + O);
  let total = 0;
  for (let r = 0; r < corpus.size; r++) total += rowWeight[r]!;
  const logits = new Float64Array(O);
  const { lambda, iterations, learningRate } = params;
  for (let it = 1; it <= iterations; it++) {
    g.fill(0);
    for (let r = 0; r < corpus.size; r++) {
      const a = corpus.offsets[r]!;
      const b = corpus.offsets[r + 1]!;
      for (let o = 0; o < O; o++) logits[o] = w[P + o]!;
      for (let p = a; p < b; p++) {
        const base = corpus.idx[p]! * O;
        for (let o = 0; o < O; o++) logits[o] = logits[o]! + w[base + o]! * xs[p * O + o]!;
      }
      for (let e = 0; e < E; e++) {
        const x = extra!.values[r * E + e]!;
        const base = (dim + e) * O;
        for (let o = 0; o < O; o++) logits[o] = logits[o]! + w[base + o]! * x;
      }
      let max = -Infinity;
      for (let o = 0; o < O; o++) max = Math.max(max, logits[o]!);
      let z = 0;
      for (let o = 0; o < O; o++) {
        logits[o] = Math.exp(logits[o]! - max);
        z += logits[o]!;
      }
      const y = labels[r]!;
      const rw = rowWeight[r]! / total;
      for (let o = 0; o < O; o++) logits[o] = (logits[o]! / z - (o === y ? 1 : 0)) * rw;
      for (let p = a; p < b; p++) {
        const base = corpus.idx[p]! * O;
        for (let o = 0; o < O; o++) g[base + o] = g[base + o]! + logits[o]! * xs[p * O + o]!;
      }
      for (let e = 0; e < E; e++) {
        const x = extra!.values[r * E + e]!;
        const base = (dim + e) * O;
        for (let o = 0; o < O; o++) g[base + o] = g[base + o]! + logits[o]! * x;
      }
      for (let o = 0; o < O; o++) g[P + o] = g[P + o]! + logits[o]!;
    }
    const c1 = 1 - 0.9 ** it;
    const c2 = 1 - 0.999 ** it;
    for (let k = 0; k < P + O; k++) {
      const gk = k < P ? g[k]! + lambda * w[k]! : g[k]!;
      if (gk === 0 && m[k] === 0) continue;
      m[k] = 0.9 * m[k]! + 0.1 * gk;
      v[k] = 0.999 * v[k]! + 0.001 * gk * gk;
      w[k] = w[k]! - (learningRate * (m[k]! / c1)) / (Math.sqrt(v[k]! / c2) + 1e-8);
    }
  }
  const weights = new Float32Array(dim * O);
  for (let k = 0; k < dim * O; k++) weights[k] = featureScale !== undefined ? w[k]! * featureScale[k]! : w[k]!;
  return { outputs: O, dim, weights, bias: w.slice(P, P + O), extraWeights: w.slice(dim * O, P) };
}

/** Raw logits of every row ([row][output]). */
export function scoreCorpus(corpus: Corpus, head: TrainedHead, extra?: { dim: number; values: Float64Array }): Float64Array {
  const { outputs } = head;
  const out = new Float64Array(corpus.size * outputs);
  for (let r = 0; r < corpus.size; r++) {
    for (let o = 0; o < outputs; o++) {
      let s = head.bias[o]!;
      for (let p = corpus.offsets[r]!; p < corpus.offsets[r + 1]!; p++) {
        s += head.weights[corpus.idx[p]! * outputs + o]! * corpus.val[p]!;
      }
      if (extra) for (let e = 0; e < extra.dim; e++) s += head.extraWeights[e * outputs + o]! * extra.values[r * extra.dim + e]!;
      out[r * outputs + o] = s;
    }
  }
  return out;
}

/** Class-balanced example weights: N / (classes × count of the example's class). */
export function balancedWeights(labels: Int32Array, classes: number, power = 1): Float64Array {
  const counts = new Float64Array(classes);
  for (const y of labels) counts[y]! += 1;
  const out = new Float64Array(labels.length);
  for (let i = 0; i < labels.length; i++) {
    out[i] = Math.pow(labels.length / (classes * counts[labels[i]!]!), power);
  }
  return out;
}

/**
 * NBSVM-style feature scales from the train rows only: for each bucket and class, the absolute
 * log-ratio of its smoothed presence counts in the class vs the other rows (one-vs-rest),
 * raised to `power` (0 gives all ones). For one output (binary head) class 1 vs 0 is used.
 */
export function nbScales(corpus: Corpus, labels: Int32Array, outputs: number, dim: number, power: number, smoothing = 1): Float32Array {
  const classes = outputs === 1 ? 2 : outputs;
  const counts = new Float64Array(dim * classes);
  const totals = new Float64Array(classes);
  for (let r = 0; r < corpus.size; r++) {
    const y = labels[r]!;
    for (let p = corpus.offsets[r]!; p < corpus.offsets[r + 1]!; p++) counts[corpus.idx[p]! * classes + y]! += 1;
  }
  for (let j = 0; j < dim; j++) for (let c = 0; c < classes; c++) totals[c]! += counts[j * classes + c]! + smoothing;
  const out = new Float32Array(dim * outputs);
  for (let j = 0; j < dim; j++) {
    let all = 0;
    for (let c = 0; c < classes; c++) all += counts[j * classes + c]!;
    for (let o = 0; o < outputs; o++) {
      const c = outputs === 1 ? 1 : o;
      const inC = (counts[j * classes + c]! + smoothing) / totals[c]!;
      let restTotal = 0;
      for (let k = 0; k < classes; k++) if (k !== c) restTotal += totals[k]!;
      const rest = (all - counts[j * classes + c]! + smoothing * (classes - 1)) / restTotal;
      out[j * outputs + o] = Math.pow(Math.abs(Math.log(inC / rest)), power);
    }
  }
  return out;
}
