/**
 * Trains the learned flags (lib/reading/flag-model.ts) on the hand-labelled reading sets and
 * writes lib/reading/flag-model.json. Deterministic: the same sets give the same bytes.
 *
 *   npm run train:flags            train, choose thresholds by 5-fold CV, write the model
 *   npm run train:flags -- --dry-run   print the figures only
 *
 * Training rows: tests/reading/reading-set, blind-set, blind2-set, train-set and train2-set (both
 * written for training), and the odd lines of blind3-set. The even lines of blind3-set and all of
 * blind4-set are never trained on nor used to choose anything: they are the held-out check printed at the end.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { classify } from '@/lib/classifier';
import { flagFeatures, MODEL_FLAGS, type FlagModelFile, type ModelFlag } from '@/lib/reading/flag-model';
import { readItem } from '@/lib/reading/read';
import { loadReadingSet, type ReadingItem } from './reading-set';

// Settings chosen by the CV figures this prints (FLAG_BITS, FLAG_EPOCHS, FLAG_RATE, FLAG_L2 try others).
const BITS = Number(process.env.FLAG_BITS ?? 14);
const DIM = 1 << BITS;
const EPOCHS = Number(process.env.FLAG_EPOCHS ?? 30);
const LEARNING_RATE = Number(process.env.FLAG_RATE ?? 0.2);
const L2 = Number(process.env.FLAG_L2 ?? 1e-3);
const FOLDS = 5;
const THRESHOLDS = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];
/**
 * The rules-or-model CV precision a threshold must keep. An absolute floor, not "the rules'
 * precision": the rules were written on these very rows, so their precision here is flattering.
 */
const PRECISION_FLOOR = Number(process.env.FLAG_PRECISION_FLOOR ?? 0.95);
/** Where the rules themselves are below that floor, the model may cost them this much precision. */
const PRECISION_GIVE = 0.01;

const root = resolve(import.meta.dirname, '..');
const set = (name: string) => loadReadingSet(resolve(root, 'tests/reading', name));
const blind3 = set('blind3-set.jsonl');
const trainItems: ReadingItem[] = [
  ...set('reading-set.jsonl'),
  ...set('blind-set.jsonl'),
  ...set('blind2-set.jsonl'),
  ...set('train-set.jsonl'),
  ...set('train2-set.jsonl'),
  ...blind3.filter((_, index) => index % 2 === 0),
];
const heldOut = [...blind3.filter((_, index) => index % 2 === 1), ...set('blind4-set.jsonl')];

interface Example {
  features: Int32Array;
  labels: Record<string, boolean>;
}
const toExample = (item: ReadingItem): Example => ({
  features: Int32Array.from(flagFeatures(item.text, item.rating, BITS).map((feature) => feature.bucket)),
  labels: item.labels as Record<string, boolean>,
});

/** Class-balanced logistic regression by SGD, rows in a seeded order each epoch. */
function train(examples: readonly Example[], flag: ModelFlag): { bias: number; weights: Float64Array } {
  const weights = new Float64Array(DIM);
  let bias = 0;
  const positives = examples.filter((example) => example.labels[flag]).length;
  const positiveWeight = examples.length / (2 * Math.max(1, positives));
  const negativeWeight = examples.length / (2 * Math.max(1, examples.length - positives));
  let seed = 7;
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const order = examples.map((_, index) => index);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const example = examples[index]!;
      let z = bias;
      for (const bucket of example.features) z += weights[bucket]!;
      const target = example.labels[flag] ? 1 : 0;
      const gradient = (1 / (1 + Math.exp(-z)) - target) * (target ? positiveWeight : negativeWeight);
      const norm = Math.sqrt(example.features.length);
      for (const bucket of example.features) weights[bucket] = weights[bucket]! - LEARNING_RATE * (gradient / norm + L2 * weights[bucket]!);
      bias -= LEARNING_RATE * gradient * 0.1;
    }
  }
  return { bias, weights };
}

const probability = (head: { bias: number; weights: ArrayLike<number> }, example: Example) => {
  let z = head.bias;
  for (const bucket of example.features) z += head.weights[bucket]!;
  return 1 / (1 + Math.exp(-z));
};

/** int8 weights with one scale per flag: a quarter of the bytes of float32, same decisions here. */
function quantize(weights: Float64Array): { scale: number; base64: string } {
  let largest = 0;
  for (const weight of weights) largest = Math.max(largest, Math.abs(weight));
  const scale = largest / 127 || 1;
  const bytes = new Uint8Array(weights.length);
  for (let i = 0; i < weights.length; i++) bytes[i] = Math.round(weights[i]! / scale) & 0xff;
  return { scale, base64: Buffer.from(bytes).toString('base64') };
}

const rulesOnly = (items: readonly ReadingItem[]) =>
  items.map((item) => new Set(readItem({ text: item.text, rating: item.rating }, { classify, learnedFlags: false }).flags as string[]));

const trainExamples = trainItems.map(toExample);
const heldOutExamples = heldOut.map(toExample);
const trainRules = rulesOnly(trainItems);
const heldOutRules = rulesOnly(heldOut);

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const count = (predicted: boolean[], gold: boolean[]): Counts => {
  const c = { tp: 0, fp: 0, fn: 0 };
  predicted.forEach((p, i) => {
    if (p && gold[i]) c.tp++;
    else if (p) c.fp++;
    else if (gold[i]) c.fn++;
  });
  return c;
};
const precision = (c: Counts) => (c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1);
const recall = (c: Counts) => (c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1);
const show = (c: Counts) => `${(100 * precision(c)).toFixed(1)} / ${(100 * recall(c)).toFixed(1)}`;

/** Trains every flag's head, chooses its threshold by CV, and reports CV and held-out figures. */
export function trainFlagModel(): { file: FlagModelFile; lines: string[] } {
  const lines: string[] = [];
  const file: FlagModelFile = {
    trainedOn: `${trainItems.length} rows of tests/reading (reading-set, blind-set, blind2-set, train-set, train2-set, odd lines of blind3-set); thresholds by ${FOLDS}-fold CV`,
    bits: BITS,
    flags: {} as FlagModelFile['flags'],
  };
  lines.push(`training rows ${trainItems.length}, held out ${heldOut.length} (even lines of blind3-set and all of blind4-set)`);
  lines.push('flag       threshold  CV rules P/R    CV rules+model P/R   held-out rules P/R   held-out rules+model P/R');
  for (const flag of MODEL_FLAGS) {
    const gold = trainExamples.map((example) => Boolean(example.labels[flag]));
    const outOfFold = new Float64Array(trainExamples.length);
    for (let fold = 0; fold < FOLDS; fold++) {
      const head = train(
        trainExamples.filter((_, index) => index % FOLDS !== fold),
        flag,
      );
      trainExamples.forEach((example, index) => {
        if (index % FOLDS === fold) outOfFold[index] = probability(head, example);
      });
    }
    const rules = count(
      trainRules.map((flags) => flags.has(flag)),
      gold,
    );
    // The lowest threshold (most recall) whose rules-or-model CV precision keeps PRECISION_FLOOR (or stays within PRECISION_GIVE of the rules' own, where lower).
    let threshold = 1;
    let withModel = rules;
    for (const candidate of THRESHOLDS) {
      const c = count(
        trainRules.map((flags, index) => flags.has(flag) || outOfFold[index]! >= candidate),
        gold,
      );
      if (process.env.VERBOSE) lines.push(`  ${flag} ${candidate}: ${show(c)}`);
      if (precision(c) >= Math.min(PRECISION_FLOOR, precision(rules) - PRECISION_GIVE)) {
        threshold = candidate;
        withModel = c;
        break;
      }
    }
    const head = train(trainExamples, flag);
    const { scale, base64 } = quantize(head.weights);
    file.flags[flag] = { bias: Math.round(head.bias * 1e6) / 1e6, scale, threshold, weights: base64 };
    const heldGold = heldOutExamples.map((example) => Boolean(example.labels[flag]));
    const heldRules = count(
      heldOutRules.map((flags) => flags.has(flag)),
      heldGold,
    );
    const heldBoth = count(
      heldOutRules.map((flags, index) => flags.has(flag) || probability(head, heldOutExamples[index]!) >= threshold),
      heldGold,
    );
    lines.push(
      `${flag.padEnd(10)} ${threshold.toFixed(2).padStart(9)}  ${show(rules).padEnd(14)}  ${show(withModel).padEnd(19)}  ${show(heldRules).padEnd(19)}  ${show(heldBoth)}`,
    );
  }
  return { file, lines };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { file, lines } = trainFlagModel();
  console.log(lines.join('\n'));
  if (!process.argv.includes('--dry-run')) {
    const path = resolve(root, 'lib/reading/flag-model.json');
    writeFileSync(path, `${JSON.stringify(file)}\n`);
    console.log(`wrote ${path}`);
  }
}
