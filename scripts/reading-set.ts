/**
 * The hand-written reading set (tests/reading/reading-set.jsonl): loading it with Zod and
 * scoring readItem's flags and language on it. Shared by `npm run eval:reading` and the
 * unit test that keeps floors under the figures.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { classify } from '@/lib/classifier';
import { readItem, type Reading } from '@/lib/reading';

export const SET_FLAGS = ['spam', 'offTopic', 'mixed', 'sarcasm', 'question', 'abusive'] as const;
export type SetFlag = (typeof SET_FLAGS)[number];

export const ReadingItemSchema = z.object({
  id: z.string().min(1),
  lang: z.string().regex(/^[a-z]{2}$/u),
  text: z.string().min(1).max(5000),
  rating: z.number().int().min(1).max(5).optional(),
  labels: z.object({
    spam: z.boolean(),
    offTopic: z.boolean(),
    mixed: z.boolean(),
    sarcasm: z.boolean(),
    question: z.boolean(),
    abusive: z.boolean(),
  }),
});
export type ReadingItem = z.infer<typeof ReadingItemSchema>;

export const READING_SET_PATH = resolve(import.meta.dirname, '../tests/reading/reading-set.jsonl');

/** Every line must parse: a bad line is an error with its line number, not a skipped item. */
export function loadReadingSet(path = READING_SET_PATH): ReadingItem[] {
  const items: ReadingItem[] = [];
  const seen = new Set<string>();
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (!line.trim()) return;
      const parsed = ReadingItemSchema.safeParse(JSON.parse(line));
      if (!parsed.success)
        throw new Error(`${path}:${index + 1}: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
      if (seen.has(parsed.data.id)) throw new Error(`${path}:${index + 1}: duplicate id ${parsed.data.id}`);
      seen.add(parsed.data.id);
      items.push(parsed.data);
    });
  return items;
}

export interface FlagScore {
  flag: SetFlag;
  positives: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  falsePositives: string[];
  falseNegatives: string[];
}

export interface ReadingSetScore {
  items: number;
  flags: FlagScore[];
  /** Per gold language: items, correct detections, accuracy, and what the wrong ones were read as. */
  languages: { lang: string; items: number; correct: number; accuracy: number; misses: string[] }[];
}

export function readAll(items: readonly ReadingItem[]): Reading[] {
  return items.map((item) => readItem({ text: item.text, rating: item.rating }, { classify }));
}

export function scoreReadingSet(items: readonly ReadingItem[], readings: readonly Reading[]): ReadingSetScore {
  const flags = SET_FLAGS.map((flag): FlagScore => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const falsePositives: string[] = [];
    const falseNegatives: string[] = [];
    items.forEach((item, i) => {
      const gold = item.labels[flag];
      const found = readings[i]!.flags.includes(flag);
      if (gold && found) tp += 1;
      else if (found) {
        fp += 1;
        falsePositives.push(item.id);
      } else if (gold) {
        fn += 1;
        falseNegatives.push(item.id);
      }
    });
    // An empty prediction set has no errors: precision 1 by convention, recall says the rest.
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { flag, positives: tp + fn, tp, fp, fn, precision, recall, f1, falsePositives, falseNegatives };
  });
  const byLang = new Map<string, { items: number; correct: number; misses: string[] }>();
  items.forEach((item, i) => {
    const entry = byLang.get(item.lang) ?? { items: 0, correct: 0, misses: [] };
    entry.items += 1;
    const found = readings[i]!.language;
    if (found === item.lang) entry.correct += 1;
    else entry.misses.push(`${item.id}→${found}`);
    byLang.set(item.lang, entry);
  });
  const languages = [...byLang.entries()]
    .sort((a, b) => b[1].items - a[1].items)
    .map(([lang, e]) => ({ lang, items: e.items, correct: e.correct, accuracy: e.correct / e.items, misses: e.misses }));
  return { items: items.length, flags, languages };
}
