/**
 * Scores of the committed classifier models, for each labelled set: the cross-validation score
 * recorded by `npm run train` (settings were chosen on it) and the val score measured here
 * (heads fitted on train only), next to the VADER (`vader-sentiment`) and AFINN (`sentiment`)
 * npm packages on the same val texts (English sets) and to the published test-set numbers
 * quoted in ../shared/data/README.md.
 *
 *   npm run eval              print the table
 *   npm run eval -- --write   also put it into lib/classifier/README.md
 *
 * Baseline mappings: VADER compound ≥ 0.05 positive, ≤ −0.05 negative, else neutral; AFINN
 * score > 0 positive, < 0 negative, else neutral. For offensive and complaint, "negative"
 * counts as offensive / complaint (their best simple mapping).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { f1Of, loadSplit, macroF1, macroRecall, type Example } from './classifier/datasets';
import { classify } from '../lib/classifier/index';
import type { ModelFile, ToneModelFile } from '../lib/classifier/model';

const require = createRequire(import.meta.url);
const vader = require('vader-sentiment') as {
  SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } };
};
const Sentiment = require('sentiment') as new () => { analyze(text: string): { score: number } };
const afinn = new Sentiment();

type Tone = 'negative' | 'neutral' | 'positive';
const TONES: Tone[] = ['negative', 'neutral', 'positive'];

const vaderTone = (text: string): Tone => {
  const c = vader.SentimentIntensityAnalyzer.polarity_scores(text).compound;
  return c >= 0.05 ? 'positive' : c <= -0.05 ? 'negative' : 'neutral';
};
const afinnTone = (text: string): Tone => {
  const s = afinn.analyze(text).score;
  return s > 0 ? 'positive' : s < 0 ? 'negative' : 'neutral';
};

/** Published test-set scores (../shared/data/README.md), in percent. */
const PUBLISHED = {
  sentiment: 'SVM 62.9, FastText 62.9, RoBERTa-base 71.3, TimeLMs-2021 73.7',
  offensive: 'SVM 52.3, FastText 73.4, RoBERTa-base 79.5, TimeLMs-2021 82.2',
  complaints: 'paper: up to 79 (CV over the whole set, best model)',
  umsab: {
    fr: [54.8, 72.0, 71.2],
    de: [59.6, 73.6, 77.3],
    es: [50.1, 65.9, 67.9],
    it: [54.7, 71.5, 69.1],
    pt: [55.1, 67.1, 75.4],
    ar: [46.0, 63.6, 66.9],
    hi: [37.1, 36.6, 56.4],
  } as Record<string, [number, number, number]>,
};
const UMSAB = ['fr', 'de', 'es', 'it', 'pt', 'ar', 'hi'];
const GOAL_LANGUAGES = ['fr', 'de', 'es', 'it', 'pt'];

const f4 = (x: number | undefined): string => (x === undefined ? '—' : x.toFixed(4));
const gold = (set: Example[]): string[] => set.map((e) => e.label);

function main(): void {
  const write = process.argv.includes('--write');
  const english = JSON.parse(readFileSync(resolve('lib/classifier/model.json'), 'utf8')) as ModelFile;
  const cv = english.cv;
  const sentiment = loadSplit('tweeteval/sentiment', 'val');
  const offensive = loadSplit('tweeteval/offensive', 'val');
  const complaints = loadSplit('complaints', 'val');

  const rows: string[][] = [['set (val size)', 'metric', 'ours, CV', 'ours, val', 'VADER, val', 'AFINN, val', 'published (test)']];
  const sentimentRecall = (tone: (t: string) => string): number =>
    macroRecall(
      gold(sentiment),
      sentiment.map((e) => tone(e.text)),
      TONES,
    );
  rows.push([
    'tweeteval/sentiment (2,000)',
    'macro recall',
    `${f4(cv?.sentimentMacroRecall)} (by era ${f4(cv?.sentimentMacroRecallByEra)})`,
    f4(sentimentRecall((t) => classify(t).tone)),
    f4(sentimentRecall(vaderTone)),
    f4(sentimentRecall(afinnTone)),
    PUBLISHED.sentiment,
  ]);
  const offensiveF1 = (flag: (t: string) => boolean): number =>
    macroF1(
      gold(offensive),
      offensive.map((e) => (flag(e.text) ? 'offensive' : 'not-offensive')),
      ['not-offensive', 'offensive'],
    );
  const ourAbusive = offensive.map((e) => classify(e.text).flags.includes('abusive'));
  rows.push([
    'tweeteval/offensive (1,324)',
    'macro-F1 (abusive flag)',
    f4(cv?.offensiveMacroF1),
    f4(
      macroF1(
        gold(offensive),
        ourAbusive.map((a) => (a ? 'offensive' : 'not-offensive')),
        ['not-offensive', 'offensive'],
      ),
    ),
    f4(offensiveF1((t) => vaderTone(t) === 'negative')),
    f4(offensiveF1((t) => afinnTone(t) === 'negative')),
    PUBLISHED.offensive,
  ]);
  const flaggedRight = ourAbusive.filter((a, i) => a && offensive[i]!.label === 'offensive').length;
  const flagged = ourAbusive.filter(Boolean).length;
  rows.push([
    'tweeteval/offensive (1,324)',
    'precision (abusive flag)',
    f4(cv?.abusivePrecision),
    f4(flagged > 0 ? flaggedRight / flagged : 0),
    '',
    '',
    '',
  ]);
  const complaintF1 = (flag: (t: string) => boolean): number =>
    f1Of(
      gold(complaints),
      complaints.map((e) => (flag(e.text) ? 'complaint' : 'not_complaint')),
      'complaint',
    );
  rows.push([
    'complaints (406)',
    'F1 of complaint',
    f4(cv?.complaintF1),
    f4(complaintF1((t) => classify(t).flags.includes('complaint'))),
    f4(complaintF1((t) => vaderTone(t) === 'negative')),
    f4(complaintF1((t) => afinnTone(t) === 'negative')),
    PUBLISHED.complaints,
  ]);

  const goal = { cv: 0, val: 0 };
  for (const language of UMSAB) {
    const val = loadSplit(`umsab/${language}`, 'val');
    let file: ToneModelFile | null = null;
    try {
      file = JSON.parse(readFileSync(resolve(`lib/classifier/models/tone-${language}.json`), 'utf8')) as ToneModelFile;
    } catch {
      file = null; // no model: emoji-only tone
    }
    const ours = macroF1(
      gold(val),
      val.map((e) => classify(e.text, { language }).tone),
      TONES,
    );
    if (GOAL_LANGUAGES.includes(language)) {
      goal.cv += (file?.scores.cvMacroF1 ?? 0) / GOAL_LANGUAGES.length;
      goal.val += ours / GOAL_LANGUAGES.length;
    }
    const [fastText, xlmR, xlmT] = PUBLISHED.umsab[language]!;
    rows.push([
      `umsab/${language} (${val.length})`,
      file === null ? 'macro-F1 (no model: emoji only)' : 'macro-F1',
      f4(file?.scores.cvMacroF1),
      f4(ours),
      f4(
        macroF1(
          gold(val),
          val.map((e) => vaderTone(e.text)),
          TONES,
        ),
      ),
      f4(
        macroF1(
          gold(val),
          val.map((e) => afinnTone(e.text)),
          TONES,
        ),
      ),
      `FastText ${fastText}, XLM-R ${xlmR}, XLM-T ${xlmT}`,
    ]);
  }
  rows.push([
    `umsab mean of ${GOAL_LANGUAGES.join(', ')}`,
    'macro-F1',
    f4(goal.cv),
    f4(goal.val),
    '',
    '',
    'FastText 54.9, XLM-R 70.0, XLM-T 72.2',
  ]);

  const table = [
    `| ${rows[0]!.join(' | ')} |`,
    `|${rows[0]!.map((_, i) => (i < 2 || i === 6 ? '---' : '---:')).join('|')}|`,
    ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
  const note =
    `CV: out-of-fold predictions of ${cv?.folds ?? 5}-fold cross-validation over train + val, recorded by \`npm run train\` ` +
    '(settings were chosen on it). Val: the committed models (fitted on train) on the val split, measured now. ' +
    `VADER and AFINN are English word lists (run on the other languages for reference only). Node ${process.version}, measured ${new Date().toISOString().slice(0, 10)}.`;
  console.log(table);
  console.log(note);

  if (write) {
    const path = resolve('lib/classifier/README.md');
    const readme = readFileSync(path, 'utf8');
    const start = readme.indexOf('<!-- eval:start -->');
    const end = readme.indexOf('<!-- eval:end -->');
    if (start < 0 || end < start) throw new Error('README.md has no eval markers');
    const section = `<!-- eval:start -->\n${table}\n\n${note}\n<!-- eval:end -->`;
    writeFileSync(path, readme.slice(0, start) + section + readme.slice(end + '<!-- eval:end -->'.length));
    console.log(`updated ${path}`);
  }
}

main();
