import { extractFeatures, FeatureBuffer } from './features';
import type { Flag, Labels, Tone, Topic } from './labels';
import { lexiconFeatures, LEXICON_DIM } from './lexicon';
import { ABUSIVE, ABUSIVE_EXTRA_DIM, COMPLAINT, EXTRA_DIM, OUTPUT_COUNT, TONE_OUTPUTS, type LoadedModel } from './model';
import { normalizeText } from './normalize';
import { ruleFlags, topicsOf } from './rules';
import { tokenizeNormalized, type Token } from './tokenize';

/** Everything classify() computes, before it is turned into Labels. */
export interface Scored {
  /** The normalized text the tokens and rules saw. */
  text: string;
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
const buffer = new FeatureBuffer();
let tokenContrib = new Float64Array(256 * OUTPUT_COUNT);
const extras = new Float64Array(EXTRA_DIM);

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

function quote(word: string): string {
  const short = word.length > MAX_REASON_WORD ? `${word.slice(0, MAX_REASON_WORD)}…` : word;
  return `'${short}'`;
}

function isShownInReasons(t: Token): boolean {
  return t.kind !== 'mention' && t.kind !== 'url' && t.kind !== 'number';
}

/**
 * Top tokens pushing `score(i)` up, as quoted words or two-word phrases when a neighbour
 * pulls almost as hard ("still waiting").
 */
function topPhrases(tokens: Token[], score: (i: number) => number, count: number): { text: string; value: number }[] {
  const ranked: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (isShownInReasons(tokens[i]!) && score(i) > 0.05) ranked.push(i);
  ranked.sort((a, b) => score(b) - score(a) || a - b);
  const used = new Set<number>();
  const out: { text: string; value: number }[] = [];
  const seen = new Set<string>();
  for (const i of ranked) {
    if (out.length >= count) break;
    if (used.has(i)) continue;
    used.add(i);
    let text = tokens[i]!.word;
    let value = score(i);
    for (const j of [i - 1, i + 1]) {
      const t = tokens[j];
      // Phrases join words only ("still waiting", not "parcel ??").
      if (t === undefined || used.has(j) || !isShownInReasons(t) || t.kind === 'punct' || tokens[i]!.kind === 'punct' || score(j) < value * 0.5) continue;
      text = j < i ? `${t.word} ${text}` : `${text} ${t.word}`;
      value += score(j);
      used.add(j);
      break;
    }
    if (seen.has(text)) continue;
    seen.add(text);
    out.push({ text: quote(text), value });
  }
  return out;
}

/** Classifies one text with an already loaded model. Never throws on odd input. */
export function classifyWith(model: LoadedModel, raw: string): Scored {
  const text = normalizeText(typeof raw === 'string' ? raw : '');
  const tokens = tokenizeNormalized(text);
  extractFeatures(tokens, model.features, buffer);

  // Sum int8 weights × feature values, then scale once per output. Unrolled over the five
  // outputs (OUTPUT_COUNT) and branch-free: this loop is most of the time of a short text.
  const contribSize = tokens.length * OUTPUT_COUNT;
  if (tokenContrib.length < contribSize) tokenContrib = new Float64Array(contribSize * 2);
  const contribs = tokenContrib;
  contribs.fill(0, 0, contribSize);
  const q = model.quantized;
  const { idx, val, owner, isPair } = buffer;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  for (let n = 0; n < buffer.length; n++) {
    const base = idx[n]! * 5;
    const v = val[n]!;
    const c0 = q[base]! * v;
    const c1 = q[base + 1]! * v;
    const c2 = q[base + 2]! * v;
    const c3 = q[base + 3]! * v;
    const c4 = q[base + 4]! * v;
    s0 += c0;
    s1 += c1;
    s2 += c2;
    s3 += c3;
    s4 += c4;
    const who = owner[n]! * 5;
    if (who < 0) continue;
    if (isPair[n] === 1) {
      // A bigram: half to each of its two words.
      const h = who - 5;
      contribs[h] = contribs[h]! + c0 / 2;
      contribs[h + 1] = contribs[h + 1]! + c1 / 2;
      contribs[h + 2] = contribs[h + 2]! + c2 / 2;
      contribs[h + 3] = contribs[h + 3]! + c3 / 2;
      contribs[h + 4] = contribs[h + 4]! + c4 / 2;
      contribs[who] = contribs[who]! + c0 / 2;
      contribs[who + 1] = contribs[who + 1]! + c1 / 2;
      contribs[who + 2] = contribs[who + 2]! + c2 / 2;
      contribs[who + 3] = contribs[who + 3]! + c3 / 2;
      contribs[who + 4] = contribs[who + 4]! + c4 / 2;
      continue;
    }
    contribs[who] = contribs[who]! + c0;
    contribs[who + 1] = contribs[who + 1]! + c1;
    contribs[who + 2] = contribs[who + 2]! + c2;
    contribs[who + 3] = contribs[who + 3]! + c3;
    contribs[who + 4] = contribs[who + 4]! + c4;
  }
  // Typed arrays only from here on: small JS arrays switch between integer and double element
  // kinds (Math.exp(0) is 1) and make V8 deoptimize this function over and over.
  const { bias, scales } = model;
  const logits = new Float64Array(OUTPUT_COUNT);
  logits[0] = bias[0]! + s0 * scales[0]!;
  logits[1] = bias[1]! + s1 * scales[1]!;
  logits[2] = bias[2]! + s2 * scales[2]!;
  logits[3] = bias[3]! + s3 * scales[3]!;
  logits[4] = bias[4]! + s4 * scales[4]!;

  // Dense extras: lexicon features for every head; then each head's outputs feed the next
  // (tone → abusive → complaint), as they were stacked at training time.
  lexiconFeatures(tokens, model.lexicon, extras, 0, text);
  const ew = model.extraWeights;
  const addExtras = (o: number, count: number): void => {
    for (let e = 0; e < count; e++) logits[o] = logits[o]! + ew[e * OUTPUT_COUNT + o]! * extras[e]!;
  };
  for (let o = 0; o < TONE_OUTPUTS; o++) addExtras(o, LEXICON_DIM);

  // Tone: offsets then temperature, so the probabilities are calibrated and argmax = tone.
  const t = model.temperature;
  const offsets = model.toneOffsets;
  const probs = new Float64Array(TONE_OUTPUTS);
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
  let best = 0;
  for (let o = 1; o < TONE_OUTPUTS; o++) if (probs[o]! > probs[best]!) best = o;
  const tone = TONES[best]!;

  for (let o = 0; o < TONE_OUTPUTS; o++) extras[LEXICON_DIM + o] = probs[o]!;
  addExtras(ABUSIVE, ABUSIVE_EXTRA_DIM);
  const abusiveProbability = sigmoid(logits[ABUSIVE]!);
  const hits = ruleFlags(text);
  const stackAt = LEXICON_DIM + TONE_OUTPUTS;
  extras[stackAt] = abusiveProbability;
  extras[stackAt + 1] = 0;
  extras[stackAt + 2] = 0;
  extras[stackAt + 3] = 0;
  extras[stackAt + 4] = 0;
  for (const hit of hits) extras[stackAt + 1 + STACK_RULES.indexOf(hit.flag)] = 1;
  addExtras(COMPLAINT, EXTRA_DIM);
  const complaintLogit = logits[COMPLAINT]!;

  const flags: Flag[] = [];
  const reasons: string[] = [];
  const contrib = (i: number, o: number): number => contribs[i * OUTPUT_COUNT + o]! * model.scales[o]!;

  // Tone reasons: what pushed the chosen tone above the mean of the other two.
  if (tone !== 'neutral' || probs[1]! < 0.6) {
    const others = [0, 1, 2].filter((o) => o !== best);
    const margin = (i: number): number => contrib(i, best) - (contrib(i, others[0]!) + contrib(i, others[1]!)) / 2;
    for (const p of topPhrases(tokens, margin, tone === 'neutral' ? 1 : 2)) {
      reasons.push(`${tone}: ${p.text} (+${p.value.toFixed(1)})`);
    }
  }
  if (logits[ABUSIVE]! > model.thresholds.abusive) {
    flags.push('abusive');
    const top = topPhrases(tokens, (i) => contrib(i, ABUSIVE), 1)[0];
    reasons.push(top ? `flag abusive: ${top.text}` : 'flag abusive');
  }
  if (complaintLogit > model.thresholds.complaint) {
    flags.push('complaint');
    const top = topPhrases(tokens, (i) => contrib(i, COMPLAINT), 1)[0];
    const rule = hits.find((h) => h.flag === 'refund' || h.flag === 'legal');
    reasons.push(top ? `flag complaint: ${top.text}` : rule ? `flag complaint: rule '${rule.rule}'` : 'flag complaint');
  }
  for (const hit of hits) {
    flags.push(hit.flag);
    if (hit.flag !== 'question') reasons.push(`flag ${hit.flag}: rule '${hit.rule}'`);
  }
  const topics = topicsOf(text).map((h) => h.topic);

  return {
    text,
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
  return { tone: s.tone, scores: s.scores, flags: s.flags, topics: s.topics, reasons: s.reasons };
}
