// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadReadingSet, readAll, scoreReadingSet, SET_FLAGS, type SetFlag } from '@/scripts/reading-set';

// Floors a little under what readItem scores on the hand-written set today (run
// `npm run eval:reading`): a change that loses precision or recall on any flag fails here.
// Raise them when the reading improves; never lower them to make a change pass.
type Floors = Record<SetFlag, { precision: number; recall: number }>;

const FLOORS: Floors = {
  spam: { precision: 0.95, recall: 0.9 },
  offTopic: { precision: 0.9, recall: 0.9 },
  mixed: { precision: 0.95, recall: 0.9 },
  sarcasm: { precision: 0.9, recall: 0.95 },
  question: { precision: 0.93, recall: 0.93 },
  abusive: { precision: 0.95, recall: 0.88 },
};
// The blind set (tests/reading/blind-set.jsonl) was written by hand without looking at the
// code, and measured before any rule was changed for it: its floors sit under that figure.
const BLIND_FLOORS: Floors = {
  spam: { precision: 0.9, recall: 0.65 },
  offTopic: { precision: 0.95, recall: 0.6 },
  mixed: { precision: 0.8, recall: 0.8 },
  sarcasm: { precision: 0.95, recall: 0.6 },
  question: { precision: 0.85, recall: 0.95 },
  abusive: { precision: 0.9, recall: 0.7 },
};
const LANGUAGE_FLOOR = 0.95;

/** One test per flag: its precision and recall on `items` stay at or above `floors` (printed as `label`). */
function floorsHold(label: string, items: ReturnType<typeof loadReadingSet>, floors: Floors) {
  const score = scoreReadingSet(items, readAll(items));
  it.each(SET_FLAGS.map((flag) => [flag]))('%s: precision and recall stay above their floors', (flag) => {
    const f = score.flags.find((s) => s.flag === flag)!;
    console.log(
      `${label} ${flag}: precision ${f.precision.toFixed(3)} recall ${f.recall.toFixed(3)} (${f.tp} of ${f.positives} found, ${f.fp} false)`,
    );
    expect(f.precision).toBeGreaterThanOrEqual(floors[flag].precision);
    expect(f.recall).toBeGreaterThanOrEqual(floors[flag].recall);
  });
}

describe('reading set (tests/reading/reading-set.jsonl)', () => {
  const items = loadReadingSet();
  const score = scoreReadingSet(items, readAll(items));

  it('holds enough positives per flag and six languages', () => {
    for (const f of score.flags) expect(f.positives, f.flag).toBeGreaterThanOrEqual(30);
    expect(score.languages.map((l) => l.lang).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'pt']);
  });

  it.each(SET_FLAGS.map((flag) => [flag]))('%s: precision and recall stay above their floors', (flag) => {
    const f = score.flags.find((s) => s.flag === flag)!;
    console.log(
      `${flag}: precision ${f.precision.toFixed(3)} recall ${f.recall.toFixed(3)} F1 ${f.f1.toFixed(3)} (${f.tp} of ${f.positives} found, ${f.fp} false)`,
    );
    expect(f.precision).toBeGreaterThanOrEqual(FLOORS[flag].precision);
    expect(f.recall).toBeGreaterThanOrEqual(FLOORS[flag].recall);
  });

  it('detects the language of the items', () => {
    const correct = score.languages.reduce((sum, l) => sum + l.correct, 0);
    console.log(score.languages.map((l) => `${l.lang} ${(l.accuracy * 100).toFixed(1)}%`).join(', '));
    expect(correct / score.items).toBeGreaterThanOrEqual(LANGUAGE_FLOOR);
  });
});

describe('blind reading set (tests/reading/blind-set.jsonl)', () => {
  floorsHold('blind', loadReadingSet(resolve(import.meta.dirname, '../reading/blind-set.jsonl')), BLIND_FLOORS);
});

// The second blind set (tests/reading/blind2-set.jsonl): its first figures are in
// tests/reading/README.md; its misses were then read by kind, so these floors sit under
// today's figures to keep what was gained.
const BLIND2_FLOORS: Floors = {
  spam: { precision: 0.95, recall: 0.9 },
  offTopic: { precision: 0.95, recall: 0.8 },
  mixed: { precision: 0.9, recall: 0.9 },
  sarcasm: { precision: 0.85, recall: 0.9 },
  question: { precision: 0.88, recall: 0.95 },
  abusive: { precision: 0.95, recall: 0.9 },
};

describe('second blind reading set (tests/reading/blind2-set.jsonl)', () => {
  floorsHold('blind2', loadReadingSet(resolve(import.meta.dirname, '../reading/blind2-set.jsonl')), BLIND2_FLOORS);
});

// The third blind set (tests/reading/blind3-set.jsonl, written on 3 December 2026 by a helper
// who read no code and no other set): its odd lines were read for misses and train the learned
// flags (npm run train:flags); its even lines were never looked at, trained on or used to choose
// a setting. Floors under the even lines' figures with the learned flags.
const BLIND3_HELD_OUT_FLOORS: Floors = {
  spam: { precision: 0.9, recall: 0.8 },
  offTopic: { precision: 0.9, recall: 0.55 },
  mixed: { precision: 0.85, recall: 0.75 },
  sarcasm: { precision: 0.9, recall: 0.6 },
  question: { precision: 0.75, recall: 0.95 },
  abusive: { precision: 0.9, recall: 0.85 },
};

describe('third blind reading set, held-out half (even lines of tests/reading/blind3-set.jsonl)', () => {
  const items = loadReadingSet(resolve(import.meta.dirname, '../reading/blind3-set.jsonl')).filter((_, index) => index % 2 === 1);
  floorsHold('blind3 held-out', items, BLIND3_HELD_OUT_FLOORS);
});

// The fourth blind set (tests/reading/blind4-set.jsonl, written on 3 December 2026 by a helper who
// read no code and no other set): never trained on, never read for misses. Floors under its
// figures with the learned flags retrained on train2-set.
const BLIND4_FLOORS: Floors = {
  spam: { precision: 0.85, recall: 0.95 },
  offTopic: { precision: 0.95, recall: 0.8 },
  mixed: { precision: 0.8, recall: 0.9 },
  sarcasm: { precision: 0.9, recall: 0.7 },
  question: { precision: 0.7, recall: 0.8 },
  abusive: { precision: 0.85, recall: 0.65 },
};

describe('fourth blind reading set (tests/reading/blind4-set.jsonl, held out)', () => {
  floorsHold('blind4', loadReadingSet(resolve(import.meta.dirname, '../reading/blind4-set.jsonl')), BLIND4_FLOORS);
});
