/**
 * Rebuilds lib/classifier/model.json (and README.md's training section) from ../shared/data.
 * Deterministic: fixed seeds and orders, so the same data gives the same bytes.
 *
 *   npm run train
 *
 * Heads are trained on the train splits only; the val splits choose the few settings (tone
 * offsets for macro recall, softmax temperature, flag thresholds, complaint regularization)
 * and give the recorded scores. `--dry-run` trains and prints the val scores without writing.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { classifyWith, type Scored } from '../lib/classifier/classify';
import { f1Of, loadLexiconSources, loadSplit, macroF1, macroRecall, type Example } from '../lib/classifier/datasets';
import type { FeatureConfig } from '../lib/classifier/features';
import { LEXICON_DIM, lexiconFeatures, packLexicon, type Lexicon } from '../lib/classifier/lexicon';
import {
  ABUSIVE,
  ABUSIVE_EXTRA_DIM,
  COMPLAINT,
  encodeBase64,
  EXTRA_DIM,
  loadModel,
  OUTPUT_COUNT,
  OUTPUTS,
  STACK_FEATURES,
  type ModelFile,
  type ValScores,
} from '../lib/classifier/model';
import { normalizeText } from '../lib/classifier/normalize';
import { tokenizeNormalized } from '../lib/classifier/tokenize';
import { balancedWeights, buildCorpus, nbScales, trainFtrl, type Corpus, type FtrlParams, type TrainedHead } from '../lib/classifier/trainer';

const MODEL_PATH = resolve('lib/classifier/model.json');
const README_PATH = resolve('lib/classifier/README.md');

const FEATURES: FeatureConfig = { bits: 16, charMin: 2, charMax: 5, wordWeight: 1, charWeight: 1 };
/** `--dry-run`: train and print the val scores, write nothing. */
const DRY = process.argv.includes('--dry-run');
// Weights averaged over the end states of the last epochs (steadier than the last state).
const TONE_PARAMS: FtrlParams = { alpha: 0.3, beta: 1, l1: 0, l2: 0, epochs: 5, average: 3, seed: 1 };
const ABUSIVE_PARAMS: FtrlParams = { alpha: 0.5, beta: 1, l1: 0, l2: 0, epochs: 8, average: 5, seed: 2 };
/**
 * The complaint head (1,719 train texts) sees its hashed features scaled by NB log-count ratios
 * from its train split (NBSVM-style, power 1); tone and abusive did worse with it on val.
 */
const COMPLAINT_NB_POWER = 1;
/** Candidates for the small complaint set; the best on val is kept. */
const COMPLAINT_GRID: FtrlParams[] = [0.3, 1, 3].flatMap((alpha) =>
  [3, 6].map((epochs) => ({ alpha, beta: 1, l1: 0, l2: 0, epochs, seed: 3 })),
);
const TONE_CLASSES = ['negative', 'neutral', 'positive'];

const started = Date.now();
function log(message: string): void {
  console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);
}

function round(x: number, digits = 6): number {
  return Number(x.toPrecision(digits));
}

function lexiconExtras(texts: readonly string[], lexicon: Lexicon, dim = LEXICON_DIM): { dim: number; values: Float64Array } {
  const values = new Float64Array(texts.length * dim);
  texts.forEach((raw, r) => {
    const text = normalizeText(raw);
    lexiconFeatures(tokenizeNormalized(text), lexicon, values, r * dim, text);
  });
  return { dim, values };
}

/** int8 per column: scale = max |w| / 127 (tiny weights round to 0, which prunes them). */
function quantizeInto(head: TrainedHead, column: number, q: Int8Array, scales: number[]): void {
  let max = 0;
  for (let i = 0; i < head.dim; i++) max = Math.max(max, Math.abs(head.weights[i * head.outputs + column]!));
  const scale = max > 0 ? max / 127 : 1;
  const out = scales.length;
  scales.push(scale);
  for (let i = 0; i < head.dim; i++) q[i * OUTPUT_COUNT + out] = Math.round(head.weights[i * head.outputs + column]! / scale);
}

function buildFile(
  q: Int8Array,
  scales: number[],
  bias: number[],
  extraWeights: Float64Array,
  lexicon: Lexicon,
  rest: Pick<ModelFile, 'toneOffsets' | 'temperature' | 'thresholds' | 'scores' | 'training'>,
): ModelFile {
  return {
    format: 1,
    features: FEATURES,
    outputs: [...OUTPUTS],
    scales: scales.map((s) => round(s, 8)),
    weights: encodeBase64(new Uint8Array(q.buffer, q.byteOffset, q.byteLength)),
    bias: bias.map((b) => round(b)),
    extraWeights: [...extraWeights].map((w) => round(w)),
    lexicon: packLexicon(lexicon, encodeBase64),
    ...rest,
  };
}

function scoreAll(file: ModelFile, examples: readonly Example[]): Scored[] {
  const model = loadModel(file);
  return examples.map((e) => classifyWith(model, e.text));
}

function argmaxTone(s: Scored, offsets: readonly number[]): string {
  let best = 0;
  for (let o = 1; o < 3; o++) if (s.logits[o]! + offsets[o]! > s.logits[best]! + offsets[best]!) best = o;
  return TONE_CLASSES[best]!;
}

/** Best threshold over the sorted candidate logits for a metric of (gold, pred). */
function bestThreshold(logits: number[], metric: (threshold: number) => number): number {
  const candidates = [...new Set(logits.map((l) => round(l, 4)))].sort((a, b) => a - b);
  let best = { threshold: 0, score: -1 };
  for (let i = 0; i < candidates.length; i++) {
    const threshold = i === 0 ? candidates[0]! - 1e-3 : round((candidates[i - 1]! + candidates[i]!) / 2, 6);
    const score = metric(threshold);
    if (score > best.score + 1e-9) best = { threshold, score };
  }
  return best.threshold;
}

function main(): void {
  const sentimentTrain = loadSplit('tweeteval/sentiment', 'train');
  const sentimentVal = loadSplit('tweeteval/sentiment', 'val');
  const offensiveTrain = loadSplit('tweeteval/offensive', 'train');
  const offensiveVal = loadSplit('tweeteval/offensive', 'val');
  const complaintTrain = loadSplit('complaints', 'train');
  const complaintVal = loadSplit('complaints', 'val');
  const lexicon: Lexicon = loadLexiconSources();
  log(`data: sentiment ${sentimentTrain.length}/${sentimentVal.length}, offensive ${offensiveTrain.length}/${offensiveVal.length}, complaints ${complaintTrain.length}/${complaintVal.length}, lexicon ${lexicon.size}`);

  const dim = 1 << FEATURES.bits;
  const q = new Int8Array(dim * OUTPUT_COUNT);
  const scales: number[] = [];
  const bias: number[] = [];
  const extraWeights = new Float64Array(EXTRA_DIM * OUTPUT_COUNT);

  // 1. Tone head: 3-way softmax, class-balanced, with lexicon extras.
  const toneCorpus: Corpus = buildCorpus(sentimentTrain.map((e) => e.text), FEATURES);
  const toneY = Int32Array.from(sentimentTrain.map((e) => TONE_CLASSES.indexOf(e.label)));
  const tone = trainFtrl(toneCorpus, toneY, balancedWeights(toneY, 3), 3, dim, TONE_PARAMS, lexiconExtras(sentimentTrain.map((e) => e.text), lexicon));
  for (let o = 0; o < 3; o++) {
    quantizeInto(tone, o, q, scales);
    bias.push(tone.bias[o]!);
    for (let e = 0; e < LEXICON_DIM; e++) extraWeights[e * OUTPUT_COUNT + o] = tone.extraWeights[e * 3 + o]!;
  }
  log('tone head trained');

  // 2. Tone settings on val, through the real classify path.
  // Abusive and complaint columns stay zero until trained (the complaint bias keeps it off).
  scales.push(1, 1);
  bias.push(0, -10);
  const provisional = (rest: Partial<ModelFile>): ModelFile =>
    buildFile(q, scales, bias, extraWeights, lexicon, {
      toneOffsets: [0, 0, 0],
      temperature: 1,
      thresholds: { abusive: 0, complaint: 0 },
      scores: { sentimentMacroRecall: 0, offensiveMacroF1: 0, complaintF1: 0 },
      training: {},
      ...rest,
    });
  const sentimentScored = scoreAll(provisional({}), sentimentVal);
  const sentimentGold = sentimentVal.map((e) => e.label);
  let toneOffsets = [0, 0, 0];
  let bestRecall = -1;
  for (let a = -10; a <= 10; a++) {
    for (let c = -10; c <= 10; c++) {
      const offsets = [a / 10, 0, c / 10];
      const recall = macroRecall(sentimentGold, sentimentScored.map((s) => argmaxTone(s, offsets)), TONE_CLASSES);
      // Ties go to the smaller shift.
      if (recall > bestRecall + 1e-9) {
        bestRecall = recall;
        toneOffsets = offsets;
      }
    }
  }
  let temperature = 1;
  let bestNll = Infinity;
  for (let t = 0.5; t <= 3.0001; t += 0.05) {
    let nll = 0;
    sentimentScored.forEach((s, r) => {
      const z = [0, 1, 2].map((o) => (s.logits[o]! + toneOffsets[o]!) / t);
      const max = Math.max(...z);
      const logSum = max + Math.log(z.reduce((acc, v) => acc + Math.exp(v - max), 0));
      nll += logSum - z[TONE_CLASSES.indexOf(sentimentGold[r]!)]!;
    });
    if (nll < bestNll - 1e-9) {
      bestNll = nll;
      temperature = round(t, 3);
    }
  }
  log(`tone offsets ${toneOffsets.join(',')} (val recall ${bestRecall.toFixed(4)}), temperature ${temperature}`);

  // 3. Abusive head: offensive vs not, class-balanced, stacked on lexicon + tone probabilities.
  const withTone = (): ModelFile => provisional({ toneOffsets, temperature });
  const stackOf = (file: ModelFile, examples: readonly Example[], dimOut: number): { dim: number; values: Float64Array } => {
    const model = loadModel(file);
    const values = new Float64Array(examples.length * dimOut);
    examples.forEach((e, r) => {
      const s = classifyWith(model, e.text);
      lexiconFeatures(s.tokens, model.lexicon, values, r * dimOut, s.text);
      const has = (flag: string): number => (s.flags.includes(flag as never) ? 1 : 0);
      const stack = [s.scores.negative, s.scores.neutral, s.scores.positive, s.abusiveProbability, has('question'), has('refund'), has('legal'), has('escalation')];
      for (let i = 0; i < dimOut - LEXICON_DIM; i++) values[r * dimOut + LEXICON_DIM + i] = stack[i]!;
    });
    return { dim: dimOut, values };
  };
  const abusiveCorpus = buildCorpus(offensiveTrain.map((e) => e.text), FEATURES);
  const abusiveY = Int32Array.from(offensiveTrain.map((e) => (e.label === 'offensive' ? 1 : 0)));
  const abusive = trainFtrl(abusiveCorpus, abusiveY, balancedWeights(abusiveY, 2), 1, dim, ABUSIVE_PARAMS, stackOf(withTone(), offensiveTrain, ABUSIVE_EXTRA_DIM));
  scales.splice(ABUSIVE);
  quantizeInto(abusive, 0, q, scales);
  scales.push(1);
  bias[ABUSIVE] = abusive.bias[0]!;
  for (let e = 0; e < ABUSIVE_EXTRA_DIM; e++) extraWeights[e * OUTPUT_COUNT + ABUSIVE] = abusive.extraWeights[e]!;
  log('abusive head trained');
  const offensiveScored = scoreAll(withTone(), offensiveVal);
  const offensiveGold = offensiveVal.map((e) => e.label);
  const offensiveClasses = ['not-offensive', 'offensive'];
  const abusiveThreshold = bestThreshold(
    offensiveScored.map((s) => s.logits[ABUSIVE]!),
    (th) => macroF1(offensiveGold, offensiveScored.map((s) => (s.logits[ABUSIVE]! > th ? 'offensive' : 'not-offensive')), offensiveClasses),
  );
  log(`abusive threshold ${abusiveThreshold}`);

  // 4. Complaint head: hashed features + lexicon + stacked tone/abusive/rule outputs.
  const complaintCorpus = buildCorpus(complaintTrain.map((e) => e.text), FEATURES);
  const complaintY = Int32Array.from(complaintTrain.map((e) => (e.label === 'complaint' ? 1 : 0)));
  const complaintExtras = stackOf(withTone(), complaintTrain, EXTRA_DIM);
  const complaintGold = complaintVal.map((e) => e.label);
  const complaintScale = nbScales(complaintCorpus, complaintY, 1, dim, COMPLAINT_NB_POWER);
  let best: { params: FtrlParams; f1: number; file: ModelFile; threshold: number } | null = null;
  for (const params of COMPLAINT_GRID) {
    const head = trainFtrl(complaintCorpus, complaintY, balancedWeights(complaintY, 2), 1, dim, params, complaintExtras, complaintScale);
    const qc = new Int8Array(q);
    const sc = scales.slice(0, COMPLAINT);
    quantizeInto(head, 0, qc, sc);
    const bc = bias.slice(0, COMPLAINT);
    bc.push(head.bias[0]!);
    const ec = new Float64Array(extraWeights);
    for (let e = 0; e < EXTRA_DIM; e++) ec[e * OUTPUT_COUNT + COMPLAINT] = head.extraWeights[e]!;
    const file = buildFile(qc, sc, bc, ec, lexicon, {
      toneOffsets,
      temperature,
      thresholds: { abusive: abusiveThreshold, complaint: 0 },
      scores: { sentimentMacroRecall: 0, offensiveMacroF1: 0, complaintF1: 0 },
      training: {},
    });
    const scored = scoreAll(file, complaintVal);
    const threshold = bestThreshold(
      scored.map((s) => s.complaintLogit),
      (th) => f1Of(complaintGold, scored.map((s) => (s.complaintLogit > th ? 'complaint' : 'not_complaint')), 'complaint'),
    );
    const f1 = f1Of(complaintGold, scored.map((s) => (s.complaintLogit > threshold ? 'complaint' : 'not_complaint')), 'complaint');
    log(`complaint alpha ${params.alpha} epochs ${params.epochs} l2 ${params.l2}: val F1 ${f1.toFixed(4)} at ${threshold}`);
    if (best === null || f1 > best.f1 + 1e-9) best = { params, f1, file, threshold };
  }
  if (best === null) throw new Error('no complaint model');

  // 5. Final file, scored end to end through classify().
  const thresholds = { abusive: abusiveThreshold, complaint: best.threshold };
  const draft: ModelFile = { ...best.file, thresholds };
  const finalModel = loadModel(draft);
  const predictFlag = (examples: readonly Example[], flag: 'abusive' | 'complaint', yes: string, no: string): string[] =>
    examples.map((e) => (classifyWith(finalModel, e.text).flags.includes(flag) ? yes : no));
  const scores: ValScores = {
    sentimentMacroRecall: round(macroRecall(sentimentGold, sentimentVal.map((e) => classifyWith(finalModel, e.text).tone), TONE_CLASSES), 4),
    offensiveMacroF1: round(macroF1(offensiveGold, predictFlag(offensiveVal, 'abusive', 'offensive', 'not-offensive'), offensiveClasses), 4),
    complaintF1: round(f1Of(complaintGold, predictFlag(complaintVal, 'complaint', 'complaint', 'not_complaint'), 'complaint'), 4),
  };
  const training = {
    data: 'train splits of ../shared/data: tweeteval/sentiment (tone), tweeteval/offensive (abusive), complaints (complaint)',
    features: FEATURES,
    tone: TONE_PARAMS,
    abusive: ABUSIVE_PARAMS,
    complaint: best.params,
    complaintNbPower: COMPLAINT_NB_POWER,
    stackFeatures: [...STACK_FEATURES],
    lexicon: 'VADER (vader-sentiment) + AFINN-165 and emoji scores (sentiment)',
  };
  const file: ModelFile = { ...draft, scores, training };
  const json = `${JSON.stringify(file)}\n`;
  if (DRY) {
    log(`dry run, nothing written: ${json.length} bytes, val scores ${JSON.stringify(scores)}`);
    return;
  }
  writeFileSync(MODEL_PATH, json);
  const sha = createHash('sha256').update(json).digest('hex');
  log(`wrote ${MODEL_PATH}: ${json.length} bytes, sha256 ${sha}`);
  log(`val scores: ${JSON.stringify(scores)}`);
  writeReadme(file, json.length);
}

function writeReadme(file: ModelFile, bytes: number): void {
  const previous = existsSync(README_PATH) ? readFileSync(README_PATH, 'utf8') : '';
  // Sections filled by other commands survive retraining.
  const keep = (name: string, placeholder: string): string => {
    const start = previous.indexOf(`<!-- ${name}:start -->`);
    const endMark = `<!-- ${name}:end -->`;
    const end = previous.indexOf(endMark);
    return start >= 0 && end > start ? previous.slice(start, end + endMark.length) : `<!-- ${name}:start -->\n${placeholder}\n${endMark}`;
  };
  const evalSection = keep('eval', '(run `npm run eval -- --write` to fill this in)');
  const benchSection = keep('bench', '(copy the output of `npx tsx scripts/bench/classifier.bench.ts` here)');
  const s = file.scores;
  const text = `# lib/classifier: the local tone classifier

\`classify(text)\` (in \`index.ts\`) returns \`Labels\` (\`labels.ts\`): the tone with calibrated
probabilities, flags, topics and a few human-readable reasons. Pure TypeScript: no DOM, no
extension APIs, no network. The model is \`model.json\` (${(bytes / 1024).toFixed(0)} KiB), bundled with the code
and decoded once on the first call.

## Labels

| label | how | data |
|---|---|---|
| tone (negative / neutral / positive) | learned: softmax regression | tweeteval/sentiment train |
| flag \`abusive\` | learned: logistic regression | tweeteval/offensive train |
| flag \`complaint\` | learned: logistic regression stacked on tone, abusive and rule outputs | complaints train |
| flags \`question\`, \`escalation\`, \`refund\`, \`legal\` | rules (\`rules.ts\`) | written by hand, unit-tested |
| topics (product, price, service, delivery, staff, corporate) | lexicon rules (\`rules.ts\`) | written by hand, unit-tested |

## How it works

- \`normalize.ts\`: caps work at the first 5,000 UTF-16 units, repairs unpaired surrogates, decodes
  HTML entities and literal \`\\u2019\` escapes, drops bidi and zero-width controls.
- \`tokenize.ts\`: words, hashtags, @mentions, URLs, emoji, emoticons (with a class such as
  \`<smile>\`), numbers, \`!\`/\`?\` runs; negation scope (\`neg_\` prefix up to 5 words or the next
  punctuation), squeezed elongation ("sooooo" → "soo", marked), ALL CAPS marked.
- \`features.ts\`: hashed (2^${FEATURES.bits} buckets) word unigrams and bigrams, character ${FEATURES.charMin}–${FEATURES.charMax}-grams
  inside words, markers; each group scaled to unit L2 mass.
- \`lexicon.ts\`: ${LEXICON_DIM} dense features from the VADER and AFINN-165 word lists (entries shipped
  in the model file): positive and negative mass, a squashed sum, negated hits.
- Training (\`trainer.ts\`, \`scripts/train.ts\`): FTRL-Proximal, class-balanced, fixed seeds;
  tone and abusive weights are averaged over the end states of their last epochs. The complaint
  head's hashed features are scaled by NB log-count ratios from its train split (NBSVM-style;
  the scales are folded into the stored weights, so scoring is unchanged).
  Weights are int8 with one scale per output (small weights round to zero).
- Settings chosen on the val splits: tone logit offsets (for macro recall), a softmax
  temperature (for calibrated probabilities, fitted by log-loss), the abusive and complaint
  thresholds, the complaint head's learning rate and epochs (a grid, here), and, over a dozen
  runs by hand, the tone and abusive heads' learning rates, epochs and averaging and the
  complaint NB scaling (tried and rejected: NB scaling for tone and abusive, the hate train
  set's positives as extra abusive examples, other tone learning rates). The val scores below
  are therefore slightly optimistic; the train splits are never mixed with val.
- \`reasons\`: each feature's contribution is credited to the token that produced it
  (bigrams half to each word); the top tokens for the chosen tone and for each learned flag are
  named, and each rule flag names its rule.
- Speed (\`scorer.ts\`): classify() does not materialize the features. Feature values are one
  float32 per group and weights int8, so the float sums equal integer sums times the group
  value, exactly (checked per text; the float loop over \`extractFeatures\` runs otherwise).
  What a word contributes (unigram row, char n-gram sums, lexicon facts) is therefore cached
  per word, on the tokenizer's per-surface record; both caches hold at most 20,000 entries.
  \`scorer.test.ts\` checks the results are bit-identical to the plain float loop.

## Training

\`npm run train\` (deterministic; same data → same bytes). Settings:

\`\`\`json
${JSON.stringify(file.training, null, 2)}
\`\`\`

Tone offsets ${JSON.stringify(file.toneOffsets)}, temperature ${file.temperature}, thresholds ${JSON.stringify(file.thresholds)}.

## Val scores of the committed model (recorded in model.json, checked by the quality test)

| set | metric | score |
|---|---|---|
| tweeteval/sentiment val (2,000) | macro-averaged recall | ${s.sentimentMacroRecall.toFixed(4)} |
| tweeteval/offensive val (1,324) | macro-F1 (abusive flag) | ${s.offensiveMacroF1.toFixed(4)} |
| complaints val (406) | F1 of the complaint class | ${s.complaintF1.toFixed(4)} |

## Evaluation against VADER and AFINN (\`npm run eval\`)

${evalSection}

Throughput is counted per CPU-second of the process (user + system time), because the
machine these figures come from is shared with other jobs; wall-clock rates there are several
times lower and mostly measure the other jobs.

## Speed and size (\`npx tsx scripts/bench/classifier.bench.ts\`)

${benchSection}

## Limits, and user corrections

- English only in practice: other scripts (Arabic, Hebrew, CJK...) are tokenized safely but the
  weights know little about them, so such texts get low-confidence scores and few reasons.
- Tweets are the training domain; long reviews work (the first 5,000 characters are read) but
  are scored by tweet-trained weights.
- The complaint threshold maximizes F1 on val, so it favours recall: some thank-you messages
  to a support account that mention a reply or an order are flagged.
- The model does not learn from user corrections. A correction is stored and wins for its item.
  Suggested next step if corrections pile up: keep the corrected texts as extra examples in
  IndexedDB and fit a small per-user bias on top of the shipped logits (a few weights per label,
  e.g. a logistic regression over [tone logits, flag logits] fitted in the background), rather
  than retraining hashed weights in the browser; a user's corrections should never change the
  shipped model file.

## Command line

\`npm run --silent classify < in.jsonl > out.jsonl\`: one JSON object per line with a string
\`text\` (other fields are passed through); one answer line per input line, in order. A line
that is not JSON, or has no string \`text\`, gets \`{"error": "...", "line": N}\`. Blank lines
are skipped (no output).
`;
  writeFileSync(README_PATH, text);
}

main();
