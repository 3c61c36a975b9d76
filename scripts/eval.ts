/**
 * Val scores of the committed classifier, side by side with the VADER (`vader-sentiment`) and
 * AFINN (`sentiment`) npm packages on the same texts, plus the throughput of all three.
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
import { f1Of, loadSplit, macroF1, macroRecall, type Example } from '../lib/classifier/datasets';
import { classify, getModel } from '../lib/classifier/index';

const require = createRequire(import.meta.url);
const vader = require('vader-sentiment') as {
  SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } };
};
const Sentiment = require('sentiment') as new () => { analyze(text: string): { score: number } };
const afinn = new Sentiment();

type Tone = 'negative' | 'neutral' | 'positive';
type Labeller = (text: string) => { tone: Tone; abusive: boolean; complaint: boolean };

const labellers: Record<'ours' | 'vader' | 'afinn', Labeller> = {
  ours: (text) => {
    const l = classify(text);
    return { tone: l.tone, abusive: l.flags.includes('abusive'), complaint: l.flags.includes('complaint') };
  },
  vader: (text) => {
    const c = vader.SentimentIntensityAnalyzer.polarity_scores(text).compound;
    const tone: Tone = c >= 0.05 ? 'positive' : c <= -0.05 ? 'negative' : 'neutral';
    return { tone, abusive: tone === 'negative', complaint: tone === 'negative' };
  },
  afinn: (text) => {
    const s = afinn.analyze(text).score;
    const tone: Tone = s > 0 ? 'positive' : s < 0 ? 'negative' : 'neutral';
    return { tone, abusive: tone === 'negative', complaint: tone === 'negative' };
  },
};

/**
 * Texts per CPU-second of this process (user + system time), not per wall-clock second: the
 * machine is shared, and wall time would mostly measure the other jobs.
 */
function throughput(label: Labeller, texts: readonly string[]): number {
  for (const t of texts) label(t); // warm-up
  let done = 0;
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  while (performance.now() - wallStart < 3000) {
    for (const t of texts) label(t);
    done += texts.length;
  }
  const cpu = process.cpuUsage(cpuStart);
  return done / ((cpu.user + cpu.system) / 1e6);
}

function main(): void {
  const write = process.argv.includes('--write');
  getModel();
  const sentiment = loadSplit('tweeteval/sentiment', 'val');
  const offensive = loadSplit('tweeteval/offensive', 'val');
  const complaints = loadSplit('complaints', 'val');
  const gold = (set: Example[]): string[] => set.map((e) => e.label);

  const rows: string[][] = [];
  const names = ['ours', 'vader', 'afinn'] as const;
  const results = names.map((name) => {
    const label = labellers[name];
    const s = macroRecall(gold(sentiment), sentiment.map((e) => label(e.text).tone), ['negative', 'neutral', 'positive']);
    const o = macroF1(
      gold(offensive),
      offensive.map((e) => (label(e.text).abusive ? 'offensive' : 'not-offensive')),
      ['not-offensive', 'offensive'],
    );
    const c = f1Of(gold(complaints), complaints.map((e) => (label(e.text).complaint ? 'complaint' : 'not_complaint')), 'complaint');
    const speed = throughput(label, sentiment.map((e) => e.text));
    return { s, o, c, speed };
  });
  rows.push(['metric (val split)', 'ours', 'VADER', 'AFINN']);
  rows.push(['tweeteval/sentiment: macro recall (2,000)', ...results.map((r) => r.s.toFixed(4))]);
  rows.push(['tweeteval/offensive: macro-F1 (1,324)', ...results.map((r) => r.o.toFixed(4))]);
  rows.push(['complaints: F1 of complaint (406)', ...results.map((r) => r.c.toFixed(4))]);
  rows.push(['throughput, texts per CPU-second (sentiment val texts)', ...results.map((r) => Math.round(r.speed).toLocaleString('en-US'))]);
  const modelBytes = readFileSync(resolve('lib/classifier/model.json')).length;

  const table = [
    `| ${rows[0]!.join(' | ')} |`,
    `|${rows[0]!.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
    ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
  const note = `Model file: ${modelBytes.toLocaleString('en-US')} bytes. Node ${process.version}, measured ${new Date().toISOString().slice(0, 10)}.`;
  console.log(table);
  console.log(note);

  if (write) {
    const path = resolve('lib/classifier/README.md');
    const readme = readFileSync(path, 'utf8');
    const start = readme.indexOf('<!-- eval:start -->');
    const end = readme.indexOf('<!-- eval:end -->');
    if (start < 0 || end < start) throw new Error('README.md has no eval markers; run npm run train first');
    const section = `<!-- eval:start -->\n${table}\n\n${note}\n<!-- eval:end -->`;
    writeFileSync(path, readme.slice(0, start) + section + readme.slice(end + '<!-- eval:end -->'.length));
    console.log(`updated ${path}`);
  }
}

main();
