import {
  extractFeatures,
  FeatureBuffer,
  fnvUpdate,
  FNV_PRIME,
  MAX_WORD_FOR_CHARS,
  mix,
  SEED_BIGRAM,
  SEED_CHAR,
  SEED_MARK,
  SEED_WORD,
} from './features';
import { TokenLexicon, wordClassOfUncached } from './lexicon';
import type { LoadedModel } from './model';
import { emoticonCategory, type Token, type TokenKind } from './tokenize';

/**
 * The linear part of classify(): the same sums as extractFeatures() followed by a weighted sum
 * over its buffer, computed without building the buffer.
 *
 * Why the results are bit-identical to that float loop: every feature value is one float32
 * (wordValue for the word group, charValue for the character group) and every weight an int8,
 * so each product q × v, and each half of one, is an exact multiple of a common power of two
 * u ≥ min(wordValue, charValue) × 2^-25. While every partial sum stays below 2^53 u, float
 * addition of such numbers is exact, so the order of the additions does not matter: summing
 * the int8 weights per group in integers and multiplying by the group value once gives the
 * very same doubles. score() checks that bound for each text (with the shipped settings a
 * 5,000-character text stays ~40 times below it) and otherwise runs the float loop. That lets the
 * character n-grams of a word (most of the features of a short text) be summed once and
 * cached per word. The same cache entry holds the word's lexicon facts. Entries of words,
 * numbers and hashtags hang off the tokenizer's per-surface record (no lookup at all); the
 * other kinds, few distinct ones, are in Maps.
 */

const OUT = 5;
/** Each Map cache (one per token kind × negation) is emptied when it holds this many entries. */
const MAX_CACHED = 20_000;

/** Which cache a token's entry lives in: one per kind, negated or not. */
function cacheIndex(kind: TokenKind, negated: boolean): number {
  const k =
    kind === 'word'
      ? 0
      : kind === 'punct'
        ? 1
        : kind === 'hashtag'
          ? 2
          : kind === 'emoji'
            ? 3
            : kind === 'emoticon'
              ? 4
              : kind === 'mention'
                ? 5
                : kind === 'url'
                  ? 6
                  : 7;
  return negated ? k + 8 : k;
}

/**
 * What one token text contributes, whatever its neighbours, cached per (kind, negation, text):
 * one row of ENTRY_INTS int32 in the scorer's slab (one cache line, no object to follow).
 */
const E_NEXT = 0; // hash state that starts the next token's bigram
const E_WORDS = 1; // word-group features owned by the token alone: unigram, hashtag word, emoticon class
const E_W = 2; // E_W + o: sum of their int8 weight rows, per output
const E_CHARS = 7; // character n-grams of the word
const E_C = 8; // E_C + o: sum of their int8 weight rows
const E_CLASS = 13; // lexicon.ts word class
const E_IN_LEXICON = 14; // 1 when listed; then the Float64 slab holds [vader, afinn]
const E_TEXT_HASH = 15; // fnvUpdate(SEED_WORD, text): the unigram's hash, and the by-text table's key
const ENTRY_INTS = 16;
/** Rows the slab starts with, and the most it grows to; when full, every cache starts over. */
const FIRST_ENTRIES = 4096;
const MAX_ENTRIES = 1 << 17;

/** A copy of s that does not share the memory of the (possibly 5,000-character) text it was sliced from. */
function detached(s: string): string {
  return s.length > 12 ? `\u0000${s}`.slice(1) : s;
}

let scorers = 0;

export class Scorer {
  /** Tells this scorer's entries from another's in the tokenizer's shared records (a number, so they don't keep the scorer alive). */
  readonly id = ++scorers;
  readonly model: LoadedModel;
  private readonly mask: number;
  private readonly caches: Map<string, number>[] = [];
  private readonly allCapsRow: number;
  private readonly elongRow: number;
  private readonly buildRows = new Int32Array(3);
  /**
   * Rows of words, numbers and hashtags by token text: an open-addressed table of row indices
   * (-1 free) keyed by the text's hash, twice the slab's rows, and each row's text (null for
   * rows of other kinds). Two Maps by text (two generations) were 6 % of a cold pass.
   */
  private byText = new Int32Array(FIRST_ENTRIES * 2).fill(-1);
  private rowText: (string | null)[] = [];
  /** Entry rows (ENTRY_INTS int32 each) and their [vader, afinn] scores; `entries` rows used. */
  private slab = new Int32Array(FIRST_ENTRIES * ENTRY_INTS);
  private slabScores = new Float64Array(FIRST_ENTRIES * 2);
  private entries = 0;
  /**
   * Tag of the rows of this scorer's current slab generation, kept with the row index in the
   * tokenizer's surface records: a record tagged otherwise (another scorer, or rows since
   * reused) is looked up again.
   */
  private tag = 0;
  private readonly buildW = new Int32Array(OUT);
  private readonly buildC = new Int32Array(OUT);

  /** Per token, per output: word-group weights in half units (a bigram is split between its two words). */
  tokenWords = new Int32Array(64 * OUT);
  /** Per token, per output: character n-gram weights. */
  tokenChars = new Int32Array(64 * OUT);
  /** Feature value of the word group and of the character group (float32, as in FeatureBuffer.val). */
  wordValue = 0;
  charValue = 0;
  /** Linear sum per output, before the output scale: what the float loop over the features gives. */
  readonly sums = new Float64Array(OUT);
  /** Per-token inputs of the lexicon features, from the same cache. */
  readonly lexicon = new TokenLexicon();
  /** Set when the last text was outside the exactness bound: sums and shares came from the float loop. */
  byFloatLoop = false;
  private floatShares = new Float64Array(0);
  private readonly features = new FeatureBuffer();

  constructor(model: LoadedModel) {
    this.model = model;
    const { bits } = model.features;
    this.mask = (1 << bits) - 1;
    for (let k = 0; k < 16; k++) this.caches.push(new Map());
    this.tag = this.id * 65536;
    this.allCapsRow = (mix(fnvUpdate(SEED_MARK, '<allcaps>')) & this.mask) * OUT;
    this.elongRow = (mix(fnvUpdate(SEED_MARK, '<elong>')) & this.mask) * OUT;
  }

  /** Row of t's entry in the slab (built on first use). */
  private entry(t: Token): number {
    const surface = t.surface;
    if (surface !== null) {
      // Words, numbers, hashtags: the tokenizer's shared record holds this scorer's row.
      if (t.isNegated) {
        if (surface.memoNegatedTag === this.tag) return surface.memoNegated;
      } else if (surface.memoTag === this.tag) return surface.memo;
      // Another surface of the same word ("Love", "LOVE"), or a record the tokenizer's table
      // evicted: the entry depends on the token text only, so it is shared.
      const h = fnvUpdate(SEED_WORD, t.text);
      let e = this.rowByText(t.text, h);
      if (e < 0) {
        e = this.build(t, h);
        this.rowText[e] = t.text;
        this.insertByText(e, h);
      }
      // build() may have started a new generation: tag with the current one.
      if (t.isNegated) {
        surface.memoNegated = e;
        surface.memoNegatedTag = this.tag;
      } else {
        surface.memo = e;
        surface.memoTag = this.tag;
      }
      return e;
    }
    const cache = this.caches[cacheIndex(t.kind, t.isNegated)]!;
    let e = cache.get(t.text);
    if (e === undefined) {
      e = this.build(t, fnvUpdate(SEED_WORD, t.text));
      this.rowText[e] = null;
      if (cache.size >= MAX_CACHED) cache.clear();
      cache.set(detached(t.text), e);
    }
    return e;
  }

  /** A free slab row: grows the slab, or when it is as large as allowed, starts a new generation. */
  private newRow(): number {
    if (this.entries === this.slab.length / ENTRY_INTS) {
      if (this.entries < MAX_ENTRIES) {
        const slab = new Int32Array(this.slab.length * 2);
        slab.set(this.slab);
        this.slab = slab;
        const scores = new Float64Array(this.slabScores.length * 2);
        scores.set(this.slabScores);
        this.slabScores = scores;
        this.byText = new Int32Array(this.byText.length * 2).fill(-1);
        for (let r = 0; r < this.entries; r++) if (this.rowText[r] != null) this.insertByText(r, this.slab[r * ENTRY_INTS + E_TEXT_HASH]!);
      } else {
        // Every row may be reused: forget every reference to one.
        this.entries = 0;
        this.tag = this.id * 65536 + ((this.tag + 1) & 0xffff);
        this.byText.fill(-1);
        for (const cache of this.caches) cache.clear();
      }
    }
    return this.entries++;
  }

  private slotOf(h: number): number {
    return (Math.imul(h, 0x9e3779b1) >>> 0) & (this.byText.length - 1);
  }

  /** Row of the entry built for this token text (h: its hash), or -1. */
  private rowByText(text: string, h: number): number {
    const table = this.byText;
    const mask = table.length - 1;
    const slab = this.slab;
    for (let at = this.slotOf(h); ; at = (at + 1) & mask) {
      const row = table[at]!;
      if (row < 0) return -1;
      if (slab[row * ENTRY_INTS + E_TEXT_HASH] === h && this.rowText[row] === text) return row;
    }
  }

  private insertByText(row: number, h: number): void {
    const table = this.byText;
    const mask = table.length - 1;
    let at = this.slotOf(h);
    while (table[at]! >= 0) at = (at + 1) & mask;
    table[at] = row;
  }

  /** A new entry for t (h: fnvUpdate(SEED_WORD, t.text)); returns its row. */
  private build(t: Token, h: number): number {
    const q = this.model.quantized;
    const mask = this.mask;
    // Scratch arrays (build runs once per new word; no garbage per call).
    const rows = this.buildRows;
    rows[0] = (mix(h) & mask) * OUT;
    let rowCount = 1;
    if (t.kind === 'hashtag') rows[rowCount++] = (mix(fnvUpdate(SEED_WORD, t.word.slice(1))) & mask) * OUT;
    if (t.kind === 'emoticon') rows[rowCount++] = (mix(fnvUpdate(SEED_WORD, emoticonCategory(t.word))) & mask) * OUT;
    const w = this.buildW;
    w.fill(0);
    for (let r = 0; r < rowCount; r++) for (let o = 0; o < OUT; o++) w[o] = w[o]! + q[rows[r]! + o]!;
    const c = this.buildC;
    c.fill(0);
    const gramCount = t.kind === 'word' ? this.sumCharGrams(t.word, 0) : t.kind === 'hashtag' ? this.sumCharGrams(t.word, 1) : 0;
    const lex = this.model.lexicon.get(t.word);
    const row = this.newRow();
    const slab = this.slab;
    const at = row * ENTRY_INTS;
    slab[at + E_NEXT] = fnvUpdate(SEED_BIGRAM, t.text);
    slab[at + E_WORDS] = rowCount + 1;
    for (let o = 0; o < OUT; o++) slab[at + E_W + o] = w[o]!;
    slab[at + E_CHARS] = gramCount;
    slab[at + E_TEXT_HASH] = h;
    for (let o = 0; o < OUT; o++) slab[at + E_C + o] = c[o]!;
    slab[at + E_CLASS] = wordClassOfUncached(t);
    slab[at + E_IN_LEXICON] = lex === undefined ? 0 : 1;
    this.slabScores[row * 2] = lex === undefined ? 0 : lex[0];
    this.slabScores[row * 2 + 1] = lex === undefined ? 0 : lex[1];
    return row;
  }

  /**
   * features.ts charGrams of word.slice(from), summed into buildC as it goes (integer sums of
   * int8 rows: the order does not matter) instead of listed first; returns how many there are.
   */
  private sumCharGrams(word: string, from: number): number {
    const q = this.model.quantized;
    const mask = this.mask;
    const c = this.buildC;
    const { charMin, charMax } = this.model.features;
    const len = Math.min(word.length - from, MAX_WORD_FOR_CHARS);
    const total = len + 2;
    let c0 = 0,
      c1 = 0,
      c2 = 0,
      c3 = 0,
      c4 = 0;
    let count = 0;
    for (let start = 0; start < total; start++) {
      let h = SEED_CHAR;
      for (let n = 1; n <= charMax; n++) {
        const j = start + n - 1;
        if (j >= total) break;
        const code = j === 0 || j === total - 1 ? 1 : word.charCodeAt(from + j - 1);
        h = Math.imul(h ^ code, FNV_PRIME);
        if (n >= charMin) {
          const row = (mix(h) & mask) * OUT;
          c0 += q[row]!;
          c1 += q[row + 1]!;
          c2 += q[row + 2]!;
          c3 += q[row + 3]!;
          c4 += q[row + 4]!;
          count++;
        }
      }
    }
    c[0] = c0;
    c[1] = c1;
    c[2] = c2;
    c[3] = c3;
    c[4] = c4;
    return count;
  }

  /** Scores tokens: fills sums, wordValue, charValue, the per-token weight sums and lexicon facts. */
  score(tokens: readonly Token[]): void {
    const n = tokens.length;
    if (this.tokenWords.length < n * OUT) {
      this.tokenWords = new Int32Array(n * OUT * 2);
      this.tokenChars = new Int32Array(n * OUT * 2);
    }
    const tw = this.tokenWords;
    const tc = this.tokenChars;
    tw.fill(0, 0, n * OUT);
    const lex = this.lexicon;
    lex.reserve(n);
    const { wordClass, inLexicon, vader, afinn } = lex;
    const q = this.model.quantized;
    const mask = this.mask;
    const { allCapsRow, elongRow } = this;
    let words = 0;
    let chars = 0;
    // Integer sums per output: word group (w*) and character group (c*).
    let w0 = 0,
      w1 = 0,
      w2 = 0,
      w3 = 0,
      w4 = 0;
    let c0 = 0,
      c1 = 0,
      c2 = 0,
      c3 = 0,
      c4 = 0;
    let prevState = Math.imul(SEED_BIGRAM ^ 2, FNV_PRIME); // sentence start
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      const row = this.entry(t);
      // Read after entry(): building an entry may grow the slab.
      const slab = this.slab;
      const e = row * ENTRY_INTS;
      const at = i * OUT;
      // Unigram (+ hashtag word, emoticon class): owned by this token, counted twice in half units.
      let a0 = slab[e + E_W]!,
        a1 = slab[e + E_W + 1]!,
        a2 = slab[e + E_W + 2]!,
        a3 = slab[e + E_W + 3]!,
        a4 = slab[e + E_W + 4]!;
      let own = slab[e + E_WORDS]!;
      if (t.isAllCaps) {
        a0 += q[allCapsRow]!;
        a1 += q[allCapsRow + 1]!;
        a2 += q[allCapsRow + 2]!;
        a3 += q[allCapsRow + 3]!;
        a4 += q[allCapsRow + 4]!;
        own++;
      }
      if (t.isElongated) {
        a0 += q[elongRow]!;
        a1 += q[elongRow + 1]!;
        a2 += q[elongRow + 2]!;
        a3 += q[elongRow + 3]!;
        a4 += q[elongRow + 4]!;
        own++;
      }
      // Bigram with the previous token: half to each word (all to the first token of the text).
      const b = (mix(fnvUpdate(Math.imul(prevState ^ 3, FNV_PRIME), t.text)) & mask) * OUT;
      prevState = slab[e + E_NEXT]!;
      const b0 = q[b]!,
        b1 = q[b + 1]!,
        b2 = q[b + 2]!,
        b3 = q[b + 3]!,
        b4 = q[b + 4]!;
      w0 += a0 + b0;
      w1 += a1 + b1;
      w2 += a2 + b2;
      w3 += a3 + b3;
      w4 += a4 + b4;
      words += own;
      if (i > 0) {
        const p = at - OUT;
        tw[p] = tw[p]! + b0;
        tw[p + 1] = tw[p + 1]! + b1;
        tw[p + 2] = tw[p + 2]! + b2;
        tw[p + 3] = tw[p + 3]! + b3;
        tw[p + 4] = tw[p + 4]! + b4;
        tw[at] = tw[at]! + 2 * a0 + b0;
        tw[at + 1] = tw[at + 1]! + 2 * a1 + b1;
        tw[at + 2] = tw[at + 2]! + 2 * a2 + b2;
        tw[at + 3] = tw[at + 3]! + 2 * a3 + b3;
        tw[at + 4] = tw[at + 4]! + 2 * a4 + b4;
      } else {
        tw[0] = 2 * (a0 + b0);
        tw[1] = 2 * (a1 + b1);
        tw[2] = 2 * (a2 + b2);
        tw[3] = 2 * (a3 + b3);
        tw[4] = 2 * (a4 + b4);
      }
      const k0 = slab[e + E_C]!,
        k1 = slab[e + E_C + 1]!,
        k2 = slab[e + E_C + 2]!,
        k3 = slab[e + E_C + 3]!,
        k4 = slab[e + E_C + 4]!;
      tc[at] = k0;
      tc[at + 1] = k1;
      tc[at + 2] = k2;
      tc[at + 3] = k3;
      tc[at + 4] = k4;
      c0 += k0;
      c1 += k1;
      c2 += k2;
      c3 += k3;
      c4 += k4;
      chars += slab[e + E_CHARS]!;
      wordClass[i] = slab[e + E_CLASS]!;
      const listed = slab[e + E_IN_LEXICON]!;
      inLexicon[i] = listed;
      // Unlisted tokens' scores are never read (lexicon.ts reads them where inLexicon is 1).
      if (listed === 1) {
        vader[i] = this.slabScores[row * 2]!;
        afinn[i] = this.slabScores[row * 2 + 1]!;
      }
    }
    // As extractFeatures: each group at unit L2 mass (times its weight), stored as float32.
    const cfg = this.model.features;
    const wv = words > 0 ? Math.fround(cfg.wordWeight / Math.sqrt(words)) : 0;
    const cv = chars > 0 ? Math.fround(cfg.charWeight / Math.sqrt(chars)) : 0;
    this.wordValue = wv;
    this.charValue = cv;
    // The bound of the comment at the top: |partial sums| ≤ 128 (words × wv + chars × cv) < 2^53 u.
    const unit = Math.min(wv > 0 ? wv : Infinity, cv > 0 ? cv : Infinity) * 2 ** -25;
    this.byFloatLoop = 128 * (words * wv + chars * cv) >= unit * 2 ** 53;
    if (this.byFloatLoop) {
      this.scoreByFloatLoop(tokens);
      return;
    }
    const s = this.sums;
    s[0] = w0 * wv + c0 * cv;
    s[1] = w1 * wv + c1 * cv;
    s[2] = w2 * wv + c2 * cv;
    s[3] = w3 * wv + c3 * cv;
    s[4] = w4 * wv + c4 * cv;
  }

  /** The reference way: every feature materialized, then summed in order as floats. */
  private scoreByFloatLoop(tokens: readonly Token[]): void {
    const buf = this.features;
    extractFeatures(tokens, this.model.features, buf);
    if (this.floatShares.length < tokens.length * OUT) this.floatShares = new Float64Array(tokens.length * OUT * 2);
    const shares = this.floatShares;
    shares.fill(0, 0, tokens.length * OUT);
    const q = this.model.quantized;
    const s = this.sums;
    s.fill(0);
    for (let n = 0; n < buf.length; n++) {
      const row = buf.idx[n]! * OUT;
      const v = buf.val[n]!;
      const who = buf.owner[n]! * OUT;
      for (let o = 0; o < OUT; o++) {
        const c = q[row + o]! * v;
        s[o] = s[o]! + c;
        if (who < 0) continue; // OWNER_NONE: counted, credited to no token
        if (buf.isPair[n] === 1) {
          // A bigram: half to each of its two words.
          shares[who - OUT + o] = shares[who - OUT + o]! + c / 2;
          shares[who + o] = shares[who + o]! + c / 2;
        } else {
          shares[who + o] = shares[who + o]! + c;
        }
      }
    }
  }

  /** Token i's share of output o's sum (before the output scale), as the float loop credits it. */
  tokenSum(i: number, o: number): number {
    const k = i * OUT + o;
    if (this.byFloatLoop) return this.floatShares[k]!;
    return this.tokenWords[k]! * this.wordValue * 0.5 + this.tokenChars[k]! * this.charValue;
  }
}
