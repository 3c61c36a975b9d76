// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { f1Of, hasData, loadSplit, macroF1, macroRecall } from '@/scripts/classifier/datasets';
import { classifyBatch, getModel, TONE_LANGUAGES } from '@/lib/classifier/index';
import type { ModelFile, ToneModelFile } from '@/lib/classifier/model';

// The committed models are scored again on the val splits through classify(), and must give
// what `npm run train` recorded in their files (within TOLERANCE: the recording is of this
// very file, so a drift means classify() or the data changed), and stay above fixed floors.
// The recorded cross-validation scores (which chose the settings) must meet the goals too.
const TOLERANCE = 0.005;
const english = JSON.parse(readFileSync(resolve('lib/classifier/model.json'), 'utf8')) as ModelFile;
const toneFile = (language: string): ToneModelFile =>
  JSON.parse(readFileSync(resolve(`lib/classifier/models/tone-${language}.json`), 'utf8')) as ToneModelFile;

describe.skipIf(!hasData())('classifier quality floor (../shared/data val splits)', () => {
  const recorded = getModel().scores;

  it('records cross-validation scores that meet the goals', () => {
    const cv = english.cv!;
    expect(cv.folds).toBeGreaterThanOrEqual(5);
    // The abusive threshold trades OffensEval macro-F1 for precision (README: the 0.76 goal
    // is out of reach here, best CV 0.749); these floors hold that trade where it was made.
    expect(cv.offensiveMacroF1).toBeGreaterThanOrEqual(0.73);
    expect(cv.abusivePrecision).toBeGreaterThanOrEqual(0.75);
    expect(cv.complaintF1).toBeGreaterThanOrEqual(0.74);
    expect(cv.sentimentMacroRecall).toBeGreaterThanOrEqual(0.66);
    // By era (train file in contiguous blocks) is harder than random folds, never easier by much.
    expect(cv.sentimentMacroRecallByEra).toBeLessThanOrEqual(cv.sentimentMacroRecall + 0.01);
  });

  it('tweeteval/sentiment: macro recall', () => {
    const val = loadSplit('tweeteval/sentiment', 'val');
    const pred = classifyBatch(val.map((e) => e.text)).map((l) => l.tone);
    const score = macroRecall(
      val.map((e) => e.label),
      pred,
      ['negative', 'neutral', 'positive'],
    );
    console.log(`sentiment macro recall ${score.toFixed(4)} (recorded ${recorded.sentimentMacroRecall})`);
    expect(Math.abs(score - recorded.sentimentMacroRecall)).toBeLessThanOrEqual(TOLERANCE);
    expect(score).toBeGreaterThanOrEqual(0.68);
  });

  it('tweeteval/offensive: macro-F1 and precision of the abusive flag', () => {
    const val = loadSplit('tweeteval/offensive', 'val');
    const flagged = classifyBatch(val.map((e) => e.text)).map((l) => l.flags.includes('abusive'));
    const score = macroF1(
      val.map((e) => e.label),
      flagged.map((a) => (a ? 'offensive' : 'not-offensive')),
      ['not-offensive', 'offensive'],
    );
    const right = flagged.filter((a, i) => a && val[i]!.label === 'offensive').length;
    const precision = right / flagged.filter(Boolean).length;
    console.log(`offensive macro-F1 ${score.toFixed(4)} (recorded ${recorded.offensiveMacroF1}), precision ${precision.toFixed(4)}`);
    expect(Math.abs(score - recorded.offensiveMacroF1)).toBeLessThanOrEqual(TOLERANCE);
    expect(score).toBeGreaterThanOrEqual(0.73);
    expect(precision).toBeGreaterThanOrEqual(0.7);
  });

  it('complaints: F1 of the complaint flag', () => {
    const val = loadSplit('complaints', 'val');
    const pred = classifyBatch(val.map((e) => e.text)).map((l) => (l.flags.includes('complaint') ? 'complaint' : 'not_complaint'));
    const score = f1Of(
      val.map((e) => e.label),
      pred,
      'complaint',
    );
    console.log(`complaint F1 ${score.toFixed(4)} (recorded ${recorded.complaintF1})`);
    expect(Math.abs(score - recorded.complaintF1)).toBeLessThanOrEqual(TOLERANCE);
    expect(score).toBeGreaterThanOrEqual(0.72);
  });

  it('umsab: each language model scores on its val split what train recorded, above FastText-level floors', () => {
    const goal = ['fr', 'de', 'es', 'it', 'pt'];
    let cvMean = 0;
    for (const language of TONE_LANGUAGES.filter((l) => l !== 'en')) {
      const file = toneFile(language);
      const val = loadSplit(`umsab/${language}`, 'val');
      const pred = classifyBatch(
        val.map((e) => e.text),
        { language },
      ).map((l) => l.tone);
      const score = macroF1(
        val.map((e) => e.label),
        pred,
        ['negative', 'neutral', 'positive'],
      );
      console.log(`${language} macro-F1 ${score.toFixed(4)} (recorded ${file.scores.valMacroF1}, CV ${file.scores.cvMacroF1})`);
      expect(Math.abs(score - file.scores.valMacroF1)).toBeLessThanOrEqual(TOLERANCE);
      expect(score).toBeGreaterThanOrEqual(0.5);
      if (goal.includes(language)) cvMean += file.scores.cvMacroF1 / goal.length;
    }
    // Published FastText test macro-F1 over these five: 0.549.
    expect(cvMean).toBeGreaterThanOrEqual(0.59);
  });

  it('reads French as French: an English-only read of the French val split scores lower', () => {
    const val = loadSplit('umsab/fr', 'val');
    const gold = val.map((e) => e.label);
    const asFrench = macroF1(
      gold,
      classifyBatch(
        val.map((e) => e.text),
        { language: 'fr' },
      ).map((l) => l.tone),
      ['negative', 'neutral', 'positive'],
    );
    const asEnglish = macroF1(
      gold,
      classifyBatch(val.map((e) => e.text)).map((l) => l.tone),
      ['negative', 'neutral', 'positive'],
    );
    expect(asFrench).toBeGreaterThan(asEnglish + 0.05);
  });
});
