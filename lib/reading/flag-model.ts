/**
 * A small learned reader for the flags that word lists miss on new wording: spam, offTopic,
 * mixed, sarcasm and abusive. One logistic regression per flag over hashed words, word pairs
 * and character 4-grams of the folded text, trained by `npm run train:flags` on the hand-labelled
 * reading sets in tests/reading/ (see lib/reading/README.md). `readItem` raises a flag when its
 * rules or this model say so; the model's threshold per flag was chosen by cross-validation so
 * that it adds recall without costing the rules' precision.
 */
import { primed } from '@/lib/classifier/pattern-priming';
import { isStopWord, STOP_WORD_LANGUAGES } from '@/lib/classifier/stopwords';
import { fold } from './cues';
import modelFile from './flag-model.json';

export const MODEL_FLAGS = ['spam', 'offTopic', 'mixed', 'sarcasm', 'abusive'] as const;
export type ModelFlag = (typeof MODEL_FLAGS)[number];

export interface FlagModelFile {
  bits: number;
  flags: Record<ModelFlag, { bias: number; scale: number; threshold: number; weights: string }>;
  trainedOn: string;
}

/** One feature: its bucket, and the words it came from when it is a word or a pair (for reasons). */
export interface FlagFeature {
  bucket: number;
  words?: string;
}

function hashBucket(text: string, mask: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return (hash >>> 0) & mask;
}

const LINK = primed(
  /https?:\/\/\S+|(?<![\p{L}\p{N}@])[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|io|co|ly|me|shop|store|example|info|biz|xyz)(?:\/\S*)?/giu,
);
const HANDLE = primed(/@[\w.]+/gu);
const TOKEN = primed(/[\p{L}\p{N}']+|[^\s\p{L}\p{N}]/gu);

/** The model's features of a text (and its stars), without repeats. */
export function flagFeatures(text: string, stars: number | undefined, bits: number): FlagFeature[] {
  const mask = (1 << bits) - 1;
  const folded = fold(text.slice(0, 5_000)).replace(LINK, ' urlmark ').replace(HANDLE, ' handlemark ');
  const words = folded.match(TOKEN) ?? [];
  const seen = new Map<number, FlagFeature>();
  const add = (key: string, words?: string) => {
    const bucket = hashBucket(key, mask);
    if (!seen.has(bucket)) seen.set(bucket, { bucket, words });
  };
  for (let i = 0; i < words.length; i++) {
    add(`w${words[i]}`, words[i]);
    if (i > 0) add(`b${words[i - 1]} ${words[i]}`, `${words[i - 1]} ${words[i]}`);
  }
  const padded = ` ${folded} `;
  for (let i = 0; i + 4 <= padded.length; i++) add(`c${padded.slice(i, i + 4)}`);
  if (words[0]) add(`first${words[0]}`);
  add(`stars${stars === undefined ? 'none' : Math.round(stars)}`);
  add(`length${Math.min(6, Math.floor(words.length / 5))}`);
  return [...seen.values()];
}

interface LoadedFlag {
  bias: number;
  threshold: number;
  weights: Float32Array;
}

let loaded: { bits: number; flags: Record<ModelFlag, LoadedFlag> } | undefined;

function decodeWeights(base64: string, scale: number): Float32Array {
  const binary = atob(base64);
  const weights = new Float32Array(binary.length);
  for (let i = 0; i < binary.length; i++) {
    const byte = binary.charCodeAt(i);
    weights[i] = (byte > 127 ? byte - 256 : byte) * scale;
  }
  return weights;
}

function model() {
  if (!loaded) {
    const file = modelFile as FlagModelFile;
    const flags = {} as Record<ModelFlag, LoadedFlag>;
    for (const flag of MODEL_FLAGS) {
      const head = file.flags[flag];
      flags[flag] = { bias: head.bias, threshold: head.threshold, weights: decodeWeights(head.weights, head.scale) };
    }
    loaded = { bits: file.bits, flags };
  }
  return loaded;
}

export interface ModelFlagReading {
  flag: ModelFlag;
  probability: number;
  /** The words that pushed hardest towards the flag (never a one- or two-letter word). */
  evidence: string[];
}

/** A function word in any of our languages ("about", "you", "le") is never shown as a reason. */
function isFunctionWord(word: string): boolean {
  return STOP_WORD_LANGUAGES.some((language) => isStopWord(word, language));
}

/** Evidence words: a word of three letters or more that is not a function word, or a pair holding one. */
function isEvidence(words: string): boolean {
  if (/urlmark|handlemark/u.test(words)) return false;
  return words.split(' ').some((word) => /\p{L}{3}/u.test(word) && !isFunctionWord(word));
}

/** The flags the model raises on a text, each with its probability and its strongest words. */
export function modelFlags(text: string, stars?: number): ModelFlagReading[] {
  const { bits, flags } = model();
  const features = flagFeatures(text, stars, bits);
  const raised: ModelFlagReading[] = [];
  for (const flag of MODEL_FLAGS) {
    const head = flags[flag];
    let z = head.bias;
    for (const feature of features) z += head.weights[feature.bucket]!;
    const probability = 1 / (1 + Math.exp(-z));
    if (probability < head.threshold) continue;
    const evidence = features
      .filter((feature) => feature.words !== undefined && isEvidence(feature.words))
      .map((feature) => ({ words: feature.words!, weight: head.weights[feature.bucket]! }))
      .filter((entry) => entry.weight > 0)
      .sort((a, b) => b.weight - a.weight)
      .slice(0, 2)
      .map((entry) => entry.words);
    raised.push({ flag, probability, evidence });
  }
  return raised;
}
