import { emoticonCategory, type Token } from './tokenize';

/**
 * Hashed features of a token list: word unigrams and bigrams, character n-grams inside words,
 * plus markers (ALL CAPS, elongation, emoticon class). Each feature remembers which token
 * produced it so classify() can name the words that moved a decision.
 */

export interface FeatureConfig {
  /** log2 of the number of hash buckets. */
  bits: number;
  charMin: number;
  charMax: number;
  /** L2 mass given to the word group and to the character group. */
  wordWeight: number;
  charWeight: number;
}

/** A feature owned by no token (none yet; kept for document-level markers). */
export const OWNER_NONE = -1;

/** Reusable output arrays (no allocation per text once grown). */
export class FeatureBuffer {
  idx = new Int32Array(1024);
  val = new Float32Array(1024);
  /** Token index owning the feature; a bigram's owner is its second token, `isPair` set. */
  owner = new Int32Array(1024);
  isPair = new Uint8Array(1024);
  length = 0;
  wordCount = 0;

  push(index: number, owner: number, pair: boolean): void {
    if (this.length === this.idx.length) this.grow();
    const n = this.length++;
    this.idx[n] = index;
    this.owner[n] = owner;
    this.isPair[n] = pair ? 1 : 0;
  }

  private grow(): void {
    const size = this.idx.length * 2;
    const idx = new Int32Array(size);
    idx.set(this.idx);
    this.idx = idx;
    const val = new Float32Array(size);
    val.set(this.val);
    this.val = val;
    const owner = new Int32Array(size);
    owner.set(this.owner);
    this.owner = owner;
    const isPair = new Uint8Array(size);
    isPair.set(this.isPair);
    this.isPair = isPair;
  }
}

// Exported for scorer.ts, which computes the same features without materializing them.
export const FNV_PRIME = 16777619;
export const SEED_WORD = 0x811c9dc5;
export const SEED_BIGRAM = 0x5bd1e995;
export const SEED_CHAR = 0x27d4eb2f;
export const SEED_MARK = 0x165667b1;
/** Longest word (in UTF-16 units) whose character n-grams are taken; junk strings stop there. */
export const MAX_WORD_FOR_CHARS = 30;

export function fnvUpdate(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** murmur3 finalizer: spreads FNV's weak low bits before masking. */
export function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Bucket of a word-namespace feature, e.g. a lexicon entry or a marker. */
export function hashWord(text: string, bits: number): number {
  return mix(fnvUpdate(SEED_WORD, text)) & ((1 << bits) - 1);
}

/** Appends the character n-grams of one word (owned by token `owner`) to buf. */
export function charGrams(word: string, mask: number, cfg: FeatureConfig, owner: number, buf: FeatureBuffer): void {
  // Padded with a boundary mark (code 1) at both ends, as in " word ".
  const len = Math.min(word.length, MAX_WORD_FOR_CHARS);
  const total = len + 2;
  for (let start = 0; start < total; start++) {
    let h = SEED_CHAR;
    for (let n = 1; n <= cfg.charMax; n++) {
      const j = start + n - 1;
      if (j >= total) break;
      const code = j === 0 || j === total - 1 ? 1 : word.charCodeAt(j - 1);
      h = Math.imul(h ^ code, FNV_PRIME);
      if (n >= cfg.charMin) buf.push(mix(h) & mask, owner, false);
    }
  }
}

/** Fills buf with the features of tokens; values are scaled so each group has its set L2 mass. */
export function extractFeatures(tokens: readonly Token[], cfg: FeatureConfig, buf: FeatureBuffer): void {
  buf.length = 0;
  const mask = (1 << cfg.bits) - 1;
  let prevState = Math.imul(SEED_BIGRAM ^ 2, FNV_PRIME); // sentence start
  // Word group first, then char group, so values can be set per group at the end.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const state = fnvUpdate(SEED_WORD, t.text);
    buf.push(mix(state) & mask, i, false);
    const bigram = fnvUpdate(Math.imul(prevState ^ 3, FNV_PRIME), t.text);
    buf.push(mix(bigram) & mask, i, i > 0);
    prevState = fnvUpdate(SEED_BIGRAM, t.text);
    if (t.kind === 'hashtag') buf.push(hashWord(t.word.slice(1), cfg.bits), i, false);
    if (t.kind === 'emoticon') buf.push(hashWord(emoticonCategory(t.word), cfg.bits), i, false);
    if (t.isAllCaps) buf.push(mix(fnvUpdate(SEED_MARK, '<allcaps>')) & mask, i, false);
    if (t.isElongated) buf.push(mix(fnvUpdate(SEED_MARK, '<elong>')) & mask, i, false);
  }
  const wordEnd = buf.length;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word') charGrams(t.word, mask, cfg, i, buf);
    else if (t.kind === 'hashtag') charGrams(t.word.slice(1), mask, cfg, i, buf);
  }
  const charCount = buf.length - wordEnd;
  buf.wordCount = wordEnd;
  const wordValue = wordEnd > 0 ? cfg.wordWeight / Math.sqrt(wordEnd) : 0;
  const charValue = charCount > 0 ? cfg.charWeight / Math.sqrt(charCount) : 0;
  const val = buf.val;
  for (let n = 0; n < wordEnd; n++) val[n] = wordValue;
  for (let n = wordEnd; n < buf.length; n++) val[n] = charValue;
}
