import type { Flag, Labels, Tone, Topic } from './labels';
import { lexiconFeaturesOf, lexiconScoreFeatures, LEXICON_DIM, LEXICON_SCORE_DIM, starredCount } from './lexicon';
import { ABUSIVE, ABUSIVE_EXTRA_DIM, COMPLAINT, EXTRA_DIM, OUTPUT_COUNT, TONE_OUTPUTS, type LoadedModel } from './model';
import { lastTextFacts, normalizeText } from './normalize';
import { rulesAndTopics } from './rules';
import { Scorer } from './scorer';
import { stopWordsOf } from './stopwords';
import { tokenizeNormalized, type Token } from './tokenize';

/** Everything classify() computes, before it is turned into Labels. */
export interface Scored {
  /** The normalized text the tokens and rules saw. */
  text: string;
  /** ISO 639-1 code of the model that read the text. */
  language: string;
  /** 'words': the model read every token; 'emoji': only emoji and emoticons were read. */
  toneSource: 'words' | 'emoji';
  tokens: Token[];
  /** Logits per output, dense extras included (tone ones without offsets/temperature). */
  logits: Float64Array;
  tone: Tone;
  scores: { positive: number; neutral: number; negative: number };
  abusiveProbability: number;
  complaintLogit: number;
  flags: Flag[];
  topics: Topic[];
  reasons: string[];
}

const TONES: readonly Tone[] = ['negative', 'neutral', 'positive'];
/** Rule flags in the order of the rule_* stack features (model.ts STACK_FEATURES). */
const STACK_RULES: readonly Flag[] = ['question', 'refund', 'legal', 'escalation'];
const MAX_REASON_WORD = 30;

// Scratch space reused across calls (classification is synchronous, so no sharing issue).
const extras = new Float64Array(EXTRA_DIM);

/** Adds the dense extras' share to logits[o], in the order training summed them. */
function addExtras(logits: Float64Array, ew: Float64Array, o: number, count: number): void {
  let sum = logits[o]!;
  for (let e = 0; e < count; e++) sum += ew[e * OUTPUT_COUNT + o]! * extras[e]!;
  logits[o] = sum;
}

/**
 * x.toFixed(1) (the value of a reason), without the engine's slow general path for most
 * values. toFixed rounds the exact 10x to the nearest integer n. y = 10x in floating point is
 * within 2^-53 (relative) of it, so unless y is within 2^-50 (relative) of a boundary k + 0.5
 * the nearest integer is the same; near a boundary, and for negative or huge values, this
 * falls back to toFixed itself.
 */
export function toFixed1(x: number): string {
  if (!(x >= 0 && x < 1e14)) return x.toFixed(1);
  const y = x * 10;
  const n = Math.floor(y + 0.5);
  if (0.5 - Math.abs(y - n) <= y * 2 ** -50) return x.toFixed(1);
  return `${Math.floor(n / 10)}.${n % 10}`;
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

function quote(word: string): string {
  const short = word.length > MAX_REASON_WORD ? `${word.slice(0, MAX_REASON_WORD)}…` : word;
  return `'${short}'`;
}

/** Function words of the language of the text being explained. */
let reasonStops: ReadonlySet<string> = stopWordsOf('en');

/** Set while explaining a flag: punctuation and emoticons are no evidence of abuse or of a complaint. */
let reasonContentOnly = false;

/** Bits of tokenShown: the token may be named in a tone reason / in a flag reason. */
const SHOWN_IN_TONE = 1;
const SHOWN_IN_FLAG = 2;

/**
 * Which tokens a reason may name: no mentions, links, numbers or function words ('a', 'de');
 * in a flag reason also no punctuation or emoticons. Marked once per text in tokenShown
 * (each topPhrases call used to look every word up in the stop list again).
 */
function markShown(tokens: Token[], n: number): void {
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word') {
      // Asked once per surface and language, not once per token (a Set lookup per word was 3 % of a pass).
      const s = t.surface;
      let isStop: boolean;
      if (s === null) isStop = reasonStops.has(t.word);
      else {
        if (s.stopsChecked !== reasonStops) {
          s.stopsChecked = reasonStops;
          s.isStop = reasonStops.has(t.word);
        }
        isStop = s.isStop;
      }
      tokenShown[i] = isStop ? 0 : SHOWN_IN_TONE | SHOWN_IN_FLAG;
    } else if (t.kind === 'hashtag' || t.kind === 'emoji') tokenShown[i] = SHOWN_IN_TONE | SHOWN_IN_FLAG;
    else tokenShown[i] = t.kind !== 'mention' && t.kind !== 'url' && t.kind !== 'number' ? SHOWN_IN_TONE : 0;
  }
}

function isShownInReasons(i: number): boolean {
  return (tokenShown[i]! & (reasonContentOnly ? SHOWN_IN_FLAG : SHOWN_IN_TONE)) !== 0;
}

/** Scratch per-token arrays for topPhrases (grown as needed). */
let tokenScore = new Float64Array(256);
let tokenUsed = new Uint8Array(256);
let tokenShown = new Uint8Array(256);
let candidates = new Int32Array(256);

function ensureTokenScratch(n: number): void {
  if (tokenScore.length >= n) return;
  tokenScore = new Float64Array(n * 2);
  tokenUsed = new Uint8Array(n * 2);
  tokenShown = new Uint8Array(n * 2);
  candidates = new Int32Array(n * 2);
}

/** Most phrases topPhrases is asked for. */
const MAX_PHRASES = 2;
/** topPhrases' answers: quoted phrase, unquoted phrase and value, [0, count). */
const phraseQuoted: string[] = new Array<string>(MAX_PHRASES).fill('');
const phraseText: string[] = new Array<string>(MAX_PHRASES).fill('');
const phraseValue = new Float64Array(MAX_PHRASES);

/**
 * Top tokens pushing tokenScore[i] up, as quoted words or two-word phrases when a neighbour
 * pulls almost as hard ("still waiting"). Candidates are taken best first (ties: earlier
 * token first), one at a time, so only the few that are needed get ranked. Returns how many
 * phrases (at most count ≤ MAX_PHRASES) it put in phraseQuoted/phraseValue.
 */
function topPhrases(tokens: Token[], count: number): number {
  const score = tokenScore;
  const used = tokenUsed;
  const n = tokens.length;
  let m = 0;
  for (let i = 0; i < n; i++) {
    used[i] = 0;
    if (isShownInReasons(i) && score[i]! > 0.05) candidates[m++] = i;
  }
  let found = 0;
  while (found < count && m > 0) {
    // Best remaining candidate; it is then swapped out of the live range [0, m).
    let at = 0;
    for (let k = 1; k < m; k++) {
      const a = candidates[k]!;
      const b = candidates[at]!;
      if (score[a]! > score[b]! || (score[a] === score[b] && a < b)) at = k;
    }
    const i = candidates[at]!;
    candidates[at] = candidates[--m]!;
    if (used[i] === 1) continue;
    used[i] = 1;
    const ti = tokens[i]!;
    let text = ti.word;
    let value = score[i]!;
    for (let side = 0; side < 2; side++) {
      const j = side === 0 ? i - 1 : i + 1;
      const t = j >= 0 && j < n ? tokens[j]! : undefined;
      // Phrases join words only ("still waiting", not "parcel ??").
      if (t === undefined || used[j] === 1 || !isShownInReasons(j) || t.kind === 'punct' || ti.kind === 'punct' || score[j]! < value * 0.5)
        continue;
      text = j < i ? `${t.word} ${text}` : `${text} ${t.word}`;
      value += score[j]!;
      used[j] = 1;
      break;
    }
    let seen = false;
    for (let k = 0; k < found && !seen; k++) seen = phraseText[k] === text;
    if (seen) continue;
    phraseText[found] = text;
    phraseQuoted[found] = quote(text);
    phraseValue[found] = value;
    found++;
  }
  return found;
}

/**
 * Tone from emoji and emoticons alone (a language without a model): the sum of their VADER
 * (or AFINN) scores sets the direction; confidence stays low (at most 0.65), and nothing to
 * read is neutral. The tone heads, trained on tweets with few emoji, know less about them.
 */
function emojiTone(sc: Scorer, n: number): void {
  const { inLexicon, vader, afinn } = sc.lexicon;
  let sum = 0;
  for (let i = 0; i < n; i++) if (inLexicon[i] === 1) sum += vader[i] !== 0 ? vader[i]! : afinn[i]! * 0.8;
  if (Math.abs(sum) < 0.5) {
    probs.set(NO_EVIDENCE);
    return;
  }
  const m = Math.min(1, Math.abs(sum) / 4);
  const lead = 0.45 + 0.2 * m;
  const neutral = 0.33 - 0.13 * m;
  probs[1] = neutral;
  probs[sum > 0 ? 2 : 0] = lead;
  probs[sum > 0 ? 0 : 2] = 1 - lead - neutral;
}

/** Lexicon features of the text without one token's entry (scratch). */
const withoutToken = new Float64Array(LEXICON_DIM);

/**
 * Adds to tokenScore what each lexicon word did to the tone through the dense lexicon features:
 * the features computed with and without that word's entry, times the tone's weights over the
 * other two's mean ("épouvantable" moves a French text only through its lexicon entry).
 */
function creditLexicon(sc: Scorer, tokens: Token[], ew: Float64Array, best: number, o1: number, o2: number): void {
  const facts = sc.lexicon;
  // Each occurrence of the same word, in the same negation and capitals, changes the features
  // by the same amount: one pass per distinct one (a long review repeats its words).
  let seen = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (facts.inLexicon[i] !== 1) continue;
    const t = tokens[i]!;
    const key = t.isAllCaps ? `${t.text}\u0000` : t.text;
    let k = 0;
    while (k < seen && creditKeys[k] !== key) k++;
    if (k < seen) {
      tokenScore[i] = tokenScore[i]! + creditValues[k]!;
      continue;
    }
    if (seen >= MAX_CREDITED) continue;
    facts.inLexicon[i] = 0;
    // Only the score features change (the word classes do not depend on the entries).
    lexiconScoreFeatures(tokens, facts, withoutToken, 0);
    facts.inLexicon[i] = 1;
    let d = 0;
    for (let e = 0; e < LEXICON_SCORE_DIM; e++) {
      const delta = extras[e]! - withoutToken[e]!;
      if (delta !== 0) d += delta * (ew[e * OUTPUT_COUNT + best]! - (ew[e * OUTPUT_COUNT + o1]! + ew[e * OUTPUT_COUNT + o2]!) / 2);
    }
    creditKeys[seen] = key;
    creditValues[seen++] = d;
    tokenScore[i] = tokenScore[i]! + d;
  }
}
/** Distinct lexicon words credited per text (reasons name two). */
const MAX_CREDITED = 24;
// The words credited so far in this text and their credit: a few, so a linear search (a Map
// cleared per text allocated a new table each time).
const creditKeys: string[] = new Array<string>(MAX_CREDITED).fill('');
const creditValues = new Float64Array(MAX_CREDITED);

/** One scorer per model (each keeps its own per-word caches). */
const scorers = new WeakMap<LoadedModel, Scorer>();
/** Kinds read when a language has no model: what needs no words. */
function isWordless(t: Token): boolean {
  return t.kind === 'emoji' || t.kind === 'emoticon';
}
/** Tone probabilities (scratch; the result gets its own copy). */
const probs = new Float64Array(TONE_OUTPUTS);
/** Tone probabilities when nothing could be read (neutral, low confidence). */
const NO_EVIDENCE = [0.3, 0.4, 0.3];

/**
 * Classifies one text with an already loaded model. Never throws on odd input.
 * `emojiOnly`: score only the emoji and emoticons (a language without a model); the learned
 * flags are then off and the probabilities are pulled towards uniform (low confidence).
 */
export function classifyWith(model: LoadedModel, raw: string, emojiOnly = false, language = model.language): Scored {
  const text = normalizeText(typeof raw === 'string' ? raw : '');
  const facts = lastTextFacts();
  const allTokens = tokenizeNormalized(text);
  const tokens = emojiOnly ? allTokens.filter(isWordless) : allTokens;
  let sc = scorers.get(model);
  if (sc === undefined) {
    sc = new Scorer(model);
    scorers.set(model, sc);
  }
  reasonStops = stopWordsOf(language);
  sc.score(tokens);
  const sums = sc.sums;

  // Typed arrays only from here on: small JS arrays switch between integer and double element
  // kinds (Math.exp(0) is 1) and make V8 deoptimize this function over and over.
  const { bias, scales } = model;
  const logits = new Float64Array(OUTPUT_COUNT);
  for (let o = 0; o < OUTPUT_COUNT; o++) logits[o] = bias[o]! + sums[o]! * scales[o]!;

  // Dense extras: lexicon features for every head; then each head's outputs feed the next
  // (tone → abusive → complaint), as they were stacked at training time.
  const starred = emojiOnly ? 0 : starredCount(text, facts);
  lexiconFeaturesOf(tokens, sc.lexicon, extras, 0, emojiOnly ? '' : text, starred);
  const ew = model.extraWeights;
  for (let o = 0; o < TONE_OUTPUTS; o++) addExtras(logits, ew, o, LEXICON_DIM);

  // Tone: offsets then temperature, so the probabilities are calibrated and argmax = tone.
  const t = model.temperature;
  const offsets = model.toneOffsets;
  let max = -Infinity;
  for (let o = 0; o < TONE_OUTPUTS; o++) {
    probs[o] = (logits[o]! + offsets[o]!) / t;
    if (probs[o]! > max) max = probs[o]!;
  }
  let sum = 0;
  for (let o = 0; o < TONE_OUTPUTS; o++) {
    probs[o] = Math.exp(probs[o]! - max);
    sum += probs[o]!;
  }
  for (let o = 0; o < TONE_OUTPUTS; o++) probs[o] = probs[o]! / sum;
  if (emojiOnly) emojiTone(sc, tokens.length);
  let best = 0;
  for (let o = 1; o < TONE_OUTPUTS; o++) if (probs[o]! > probs[best]!) best = o;
  const tone = TONES[best]!;

  for (let o = 0; o < TONE_OUTPUTS; o++) extras[LEXICON_DIM + o] = probs[o]!;
  addExtras(logits, ew, ABUSIVE, ABUSIVE_EXTRA_DIM);
  const abusiveProbability = sigmoid(logits[ABUSIVE]!);
  const { hits, topics } = rulesAndTopics(text, allTokens, facts);
  const stackAt = LEXICON_DIM + TONE_OUTPUTS;
  extras[stackAt] = abusiveProbability;
  extras[stackAt + 1] = 0;
  extras[stackAt + 2] = 0;
  extras[stackAt + 3] = 0;
  extras[stackAt + 4] = 0;
  for (const hit of hits) extras[stackAt + 1 + STACK_RULES.indexOf(hit.flag)] = 1;
  addExtras(logits, ew, COMPLAINT, EXTRA_DIM);
  const complaintLogit = logits[COMPLAINT]!;

  const flags: Flag[] = [];
  const reasons: string[] = [];
  const n = tokens.length;
  ensureTokenScratch(n);
  markShown(tokens, n);
  const score = tokenScore;

  // Tone reasons: what pushed the chosen tone above the mean of the other two.
  if (tone !== 'neutral' || probs[1]! < 0.6) {
    const o1 = best === 0 ? 1 : 0;
    const o2 = best === 2 ? 1 : 2;
    const sb = scales[best]!;
    const s1 = scales[o1]!;
    const s2 = scales[o2]!;
    if (emojiOnly) {
      const { inLexicon, vader, afinn } = sc.lexicon;
      const sign = best === 0 ? -1 : 1;
      for (let i = 0; i < n; i++) score[i] = inLexicon[i] === 1 ? sign * (vader[i] !== 0 ? vader[i]! : afinn[i]! * 0.8) : 0;
    } else {
      for (let i = 0; i < n; i++) score[i] = sc.tokenSum(i, best) * sb - (sc.tokenSum(i, o1) * s1 + sc.tokenSum(i, o2) * s2) / 2;
      creditLexicon(sc, tokens, ew, best, o1, o2);
    }
    const found = topPhrases(tokens, tone === 'neutral' ? 1 : 2);
    for (let k = 0; k < found; k++) reasons.push(`${tone}: ${phraseQuoted[k]!} (+${toFixed1(phraseValue[k]!)})`);
  }
  if (emojiOnly)
    reasons.unshift(tokens.length > 0 ? `tone: emoji only (no ${language} model)` : `tone: nothing to read without a ${language} model`);
  const listedAbuse = extras[7]! > 0 || extras[8]! > 0; // lexicon.ts: profanity, insult
  const abusiveBar = model.thresholds.abusive + (listedAbuse ? 0 : (model.thresholds.abusiveUnlisted ?? 0));
  if (!emojiOnly && logits[ABUSIVE]! > abusiveBar) {
    flags.push('abusive');
    const sa = scales[ABUSIVE]!;
    for (let i = 0; i < n; i++) score[i] = sc.tokenSum(i, ABUSIVE) * sa;
    reasonContentOnly = true;
    reasons.push(topPhrases(tokens, 1) > 0 ? `flag abusive: ${phraseQuoted[0]!}` : 'flag abusive');
    reasonContentOnly = false;
  }
  if (!emojiOnly && complaintLogit > model.thresholds.complaint) {
    flags.push('complaint');
    const sp = scales[COMPLAINT]!;
    for (let i = 0; i < n; i++) score[i] = sc.tokenSum(i, COMPLAINT) * sp;
    reasonContentOnly = true;
    const found = topPhrases(tokens, 1);
    reasonContentOnly = false;
    const rule = hits.find((h) => h.flag === 'refund' || h.flag === 'legal');
    reasons.push(found > 0 ? `flag complaint: ${phraseQuoted[0]!}` : rule ? `flag complaint: rule '${rule.rule}'` : 'flag complaint');
  }
  for (const hit of hits) {
    flags.push(hit.flag);
    if (hit.flag !== 'question') reasons.push(`flag ${hit.flag}: rule '${hit.rule}'`);
  }

  return {
    text,
    language,
    toneSource: emojiOnly ? 'emoji' : 'words',
    tokens,
    logits,
    tone,
    scores: { negative: probs[0]!, neutral: probs[1]!, positive: probs[2]! },
    abusiveProbability,
    complaintLogit,
    flags,
    topics,
    reasons,
  };
}

/** The public Labels shape of a Scored result. */
export function toLabels(s: Scored): Labels {
  return {
    tone: s.tone,
    scores: s.scores,
    flags: s.flags,
    topics: s.topics,
    reasons: s.reasons,
    language: s.language,
    toneSource: s.toneSource,
  };
}
