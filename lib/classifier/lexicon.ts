import { primed } from './pattern-priming';
import { normalizedTextFacts, TEXT_MARK_AFTER_LETTER, TEXT_STAR_MARK } from './normalize';
import type { Token } from './tokenize';

/**
 * Dense lexicon features from the VADER (MIT) and AFINN-165 (via the `sentiment` package, MIT)
 * word lists. The entries used are shipped inside the model file; nothing is read at run time.
 */

/** word → [VADER valence (−4..4), AFINN score (−5..5)]; 0 where a list lacks the word. */
export type Lexicon = Map<string, readonly [number, number]>;

export const LEXICON_FEATURES = [
  'vader_pos',
  'vader_neg',
  'vader_sum',
  'afinn_pos',
  'afinn_neg',
  'afinn_sum',
  'negated_hits',
  'profanity',
  'insult',
  'insult_at_you',
] as const;

// Hand-written (not learned): swearing, including starred spellings ("f*ck", "sh!t"), and
// insults aimed at a person. The heads learn how much each count matters.
const PROFANITY = primed(
  /^(?:f+u+c*k+\w*|fck\w*|fuk\w*|motherf\w*|sh[i1]t+\w*|bitch\w*|b[i1]tch\w*|ass|asses|asshole\w*|arse\w*|bastard\w*|cunt\w*|dick\w*|damn\w*|crap\w*|piss\w*|whore\w*|slut\w*|twat\w*|wanker\w*|bollocks|prick\w*|douche\w*|stfu|wtf|gtfo|hell|bs|bullshit|jackass|dumbass|smartass)$/,
);
const INSULT = primed(
  /^(?:idiot\w*|moron\w*|stupid\w*|dumb\w*|loser\w*|scum\w*|trash|garbage|pathetic|disgusting|liars?|lying|hypocrit\w*|clowns?|fools?|foolish|imbecile\w*|retard\w*|fag\w*|nazis?|pigs?|cowards?|traitors?|corrupt|evil|ugly|fat|racists?|sexist|bigots?|creeps?|creepy|freaks?|morons?|cretins?|snowflakes?|libtards?|trolls?|thugs?|thief|thieves|crooks?|scammers?|frauds?|shut|kill|die|hate)$/,
);
const STARRED =
  /(?:^|[^\p{L}])(?:f[*#@$!_]{1,3}(?:ck|k|cking|cked)|sh[*#@$!_]{1,2}t|b[*#@$!_]{1,2}tch|a[*#@$!_]{1,2}s|c[*#@$!_]{1,2}nt)(?![\p{L}])/giu;
const SECOND_PERSON = new Set(['you', 'your', "you're", 'youre', 'u', 'ur', 'yourself', 'ya', 'yall', "y'all"]);
export const LEXICON_DIM = LEXICON_FEATURES.length;

/**
 * Starred swear words in text ("f*ck"), counted only when it has one of `*#@$!`. Every STARRED
 * match has a mark from [*#@$!_] right after one of the letters f, h, b, a, c (either case;
 * no other character case-folds to those), so a text without such a pair, or without any of
 * `*#@$!`, skips the regex. `facts`: the text's normalize.ts TEXT_* bits, which say both
 * (classify has them from normalizeText; otherwise one pass over the characters finds them).
 */
export function starredCount(text: string, facts = normalizedTextFacts(text)): number {
  if ((facts & TEXT_STAR_MARK) === 0 || (facts & TEXT_MARK_AFTER_LETTER) === 0) return 0;
  return text.match(STARRED)?.length ?? 0;
}

/** VADER's dampening of a negated word. */
const NEGATION_SCALE = -0.74;

function squash(x: number, k: number): number {
  return x / Math.sqrt(x * x + k);
}

const WORD_OTHER = 0;
const WORD_PROFANE = 1;
const WORD_INSULT = 2;
const WORD_YOU = 3;
const wordKindCache = new Map<string, number>();

function wordKindOf(w: string): number {
  return PROFANITY.test(w) ? WORD_PROFANE : INSULT.test(w) ? WORD_INSULT : SECOND_PERSON.has(w) ? WORD_YOU : WORD_OTHER;
}

/** Profane / insult / second person / other, memoized (words repeat a lot). */
function wordKind(w: string): number {
  let kind = wordKindCache.get(w);
  if (kind === undefined) {
    kind = wordKindOf(w);
    if (wordKindCache.size > 50_000) wordKindCache.clear();
    wordKindCache.set(w, kind);
  }
  return kind;
}

/** The word class the profanity / insult / "you" features count for a token (other for non-words). */
export function wordClassOf(t: Token): number {
  if (t.kind !== 'word' && t.kind !== 'hashtag') return WORD_OTHER;
  return wordKind(t.kind === 'hashtag' ? t.word.slice(1) : t.word);
}

/**
 * wordClassOf without the memo, for a caller that keeps the answer itself (classify's scorer
 * computes it once per entry, where the memo's lookup and insert of a new word cost more than
 * the two anchored patterns).
 */
export function wordClassOfUncached(t: Token): number {
  if (t.kind !== 'word' && t.kind !== 'hashtag') return WORD_OTHER;
  return wordKindOf(t.kind === 'hashtag' ? t.word.slice(1) : t.word);
}

/**
 * Per-token inputs of the lexicon features: the word class (wordClassOf) and the token's
 * lexicon entry. lexiconFeatures looks them up; classify() fills them from its per-word cache.
 */
export class TokenLexicon {
  wordClass = new Uint8Array(64);
  /** 1 when the token's word is in the lexicon; then vader/afinn hold its scores. */
  inLexicon = new Uint8Array(64);
  vader = new Float64Array(64);
  afinn = new Float64Array(64);

  /** Makes room for n tokens (contents are not kept). */
  reserve(n: number): void {
    if (this.wordClass.length >= n) return;
    this.wordClass = new Uint8Array(n * 2);
    this.inLexicon = new Uint8Array(n * 2);
    this.vader = new Float64Array(n * 2);
    this.afinn = new Float64Array(n * 2);
  }
}

const lookedUp = new TokenLexicon();

/** Fills out[offset..offset+LEXICON_DIM) with the lexicon features of tokens. */
export function lexiconFeatures(tokens: readonly Token[], lexicon: Lexicon, out: Float64Array, offset = 0, text = ''): void {
  lookedUp.reserve(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    lookedUp.wordClass[i] = wordClassOf(t);
    const entry = lexicon.get(t.word);
    lookedUp.inLexicon[i] = entry === undefined ? 0 : 1;
    if (entry !== undefined) {
      lookedUp.vader[i] = entry[0];
      lookedUp.afinn[i] = entry[1];
    }
  }
  lexiconFeaturesOf(tokens, lookedUp, out, offset, text);
}

/**
 * lexiconFeatures with the per-token lookups already done (facts[i] describes tokens[i]).
 * `starred`: starredCount(text), when the caller has it already.
 */
export function lexiconFeaturesOf(
  tokens: readonly Token[],
  facts: TokenLexicon,
  out: Float64Array,
  offset = 0,
  text = '',
  starred = -1,
): void {
  const n = tokens.length;
  const wordClass = facts.wordClass;
  let profanity = 0;
  let insults = 0;
  let hasYou = false;
  for (let i = 0; i < n; i++) {
    const kind = wordClass[i];
    if (kind === WORD_PROFANE) profanity++;
    else if (kind === WORD_INSULT) insults++;
    else if (kind === WORD_YOU) hasYou = true;
  }
  profanity += starred >= 0 ? starred : starredCount(text);
  out[offset + 7] = profanity / (profanity + 1);
  out[offset + 8] = insults / (insults + 1);
  out[offset + 9] = hasYou && insults + profanity > 0 ? 1 : 0;
  lexiconScoreFeatures(tokens, facts, out, offset);
}

/** Number of leading lexicon features that come from the VADER/AFINN scores (the rest are word classes). */
export const LEXICON_SCORE_DIM = 7;

/**
 * Features [0, LEXICON_SCORE_DIM) of lexiconFeaturesOf: the ones that depend on the tokens'
 * lexicon entries (classify's reasons recompute only these, once per lexicon word left out).
 */
export function lexiconScoreFeatures(tokens: readonly Token[], facts: TokenLexicon, out: Float64Array, offset = 0): void {
  const n = tokens.length;
  let vPos = 0;
  let vNeg = 0;
  let aPos = 0;
  let aNeg = 0;
  let negatedHits = 0;
  const { inLexicon, vader, afinn } = facts;
  for (let i = 0; i < n; i++) {
    if (inLexicon[i] === 0) continue;
    const t = tokens[i]!;
    let v = vader[i]!;
    let a = afinn[i]!;
    if (t.isNegated) {
      v *= NEGATION_SCALE;
      a *= NEGATION_SCALE;
      negatedHits++;
    }
    if (t.isAllCaps) {
      v *= 1.3;
      a *= 1.3;
    }
    if (v > 0) vPos += v;
    else vNeg -= v;
    if (a > 0) aPos += a;
    else aNeg -= a;
  }
  out[offset] = vPos / (vPos + 3);
  out[offset + 1] = vNeg / (vNeg + 3);
  out[offset + 2] = squash(vPos - vNeg, 15);
  out[offset + 3] = aPos / (aPos + 4);
  out[offset + 4] = aNeg / (aNeg + 4);
  out[offset + 5] = squash(aPos - aNeg, 20);
  out[offset + 6] = negatedHits > 0 ? 1 : 0;
}

/**
 * Compact form for the model file: the words joined by newlines, and base64 int8 pairs
 * [VADER × 10, AFINN] (VADER means have one decimal). Cheap to load: one split, no parsing.
 */
export interface PackedLexicon {
  words: string;
  scores: string;
}

export function packLexicon(lexicon: Lexicon, encode: (bytes: Uint8Array) => string): PackedLexicon {
  const entries = [...lexicon.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const scores = new Int8Array(entries.length * 2);
  entries.forEach(([, [v, a]], i) => {
    scores[2 * i] = Math.round(v * 10);
    scores[2 * i + 1] = Math.round(a);
  });
  return { words: entries.map(([w]) => w).join('\n'), scores: encode(new Uint8Array(scores.buffer)) };
}

export function unpackLexicon(packed: PackedLexicon, decode: (text: string) => Uint8Array): Lexicon {
  const words = packed.words.split('\n');
  const bytes = decode(packed.scores);
  const scores = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  if (scores.length !== words.length * 2) throw new Error('classifier lexicon: words and scores differ in length');
  const lexicon: Lexicon = new Map();
  for (let i = 0; i < words.length; i++) lexicon.set(words[i]!, [scores[2 * i]! / 10, scores[2 * i + 1]!]);
  return lexicon;
}
