import { describe, expect, it } from 'vitest';
import { f1Of, hasData, loadSplit, macroF1, macroRecall } from '@/lib/classifier/datasets';
import { classifyBatch, getModel } from '@/lib/classifier/index';

// Val scores of the committed model must stay within 0.01 of the figures recorded in
// model.json when it was trained (scripts/train.ts measures them through the same classify()).
const TOLERANCE = 0.01;

describe.skipIf(!hasData())('classifier quality floor (../shared/data val splits)', () => {
  const recorded = getModel().scores;

  it('tweeteval/sentiment: macro recall', () => {
    const val = loadSplit('tweeteval/sentiment', 'val');
    const pred = classifyBatch(val.map((e) => e.text)).map((l) => l.tone);
    const score = macroRecall(val.map((e) => e.label), pred, ['negative', 'neutral', 'positive']);
    console.log(`sentiment macro recall ${score.toFixed(4)} (recorded ${recorded.sentimentMacroRecall})`);
    expect(score).toBeGreaterThanOrEqual(recorded.sentimentMacroRecall - TOLERANCE);
    expect(score).toBeGreaterThanOrEqual(0.71);
  });

  it('tweeteval/offensive: macro-F1 of the abusive flag', () => {
    const val = loadSplit('tweeteval/offensive', 'val');
    const pred = classifyBatch(val.map((e) => e.text)).map((l) => (l.flags.includes('abusive') ? 'offensive' : 'not-offensive'));
    const score = macroF1(val.map((e) => e.label), pred, ['not-offensive', 'offensive']);
    console.log(`offensive macro-F1 ${score.toFixed(4)} (recorded ${recorded.offensiveMacroF1})`);
    expect(score).toBeGreaterThanOrEqual(recorded.offensiveMacroF1 - TOLERANCE);
    expect(score).toBeGreaterThanOrEqual(0.74);
  });

  it('complaints: F1 of the complaint flag', () => {
    const val = loadSplit('complaints', 'val');
    const pred = classifyBatch(val.map((e) => e.text)).map((l) => (l.flags.includes('complaint') ? 'complaint' : 'not_complaint'));
    const score = f1Of(val.map((e) => e.label), pred, 'complaint');
    console.log(`complaint F1 ${score.toFixed(4)} (recorded ${recorded.complaintF1})`);
    expect(score).toBeGreaterThanOrEqual(recorded.complaintF1 - TOLERANCE);
    expect(score).toBeGreaterThanOrEqual(0.72);
  });
});
