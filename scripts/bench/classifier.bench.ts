/**
 * Classifier figures: model bytes, cold start (decode + first classify, in a fresh process),
 * and throughput on distinct texts: each of the 45,601 TweetEval sentiment train tweets
 * classified once, in one fresh process whose caches start cold (no warm-up, no repeats).
 * AFINN (the `sentiment` package) on the same texts, the same way, for reference. Prints;
 * asserts nothing.
 *
 *   npx tsx scripts/bench/classifier.bench.ts
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const MODEL = resolve('lib/classifier/model.json');
const LANG_DIR = resolve('lib/classifier/models');
const SELF = resolve('scripts/bench/classifier.bench.ts');

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * CPU ms of this process's main thread (the one running the classifier) so far, from
 * /proc/self/task (Linux; -1 elsewhere). process.cpuUsage() also counts V8's helper threads
 * (TurboFan compiling in the background, parallel and concurrent GC), which the split shows.
 */
const mainThreadCpuMs = (): number => {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in USER_HZ (100)
  } catch {
    return -1;
  }
};

/** The distinct texts of tweeteval/sentiment train, in file order (read before timing starts). */
function distinctTweets(): string[] {
  const { loadSplit } = require('../classifier/datasets') as typeof import('../classifier/datasets');
  return [...new Set(loadSplit('tweeteval/sentiment', 'train').map((e) => e.text))];
}

const require = createRequire(import.meta.url);
const mode = process.argv[2];

if (mode === '--cold') {
  // Child: import the module (under tsx that includes transpiling, which a built extension
  // doesn't do), then the cold start proper: decode the English model, classify one comment.
  const w0 = performance.now();
  const { classify, getModel } = await import('../../lib/classifier/index');
  const w1 = performance.now();
  const c1 = cpuMs();
  getModel();
  classify('Still waiting for my refund, this is ridiculous 😡');
  const w2 = performance.now();
  const c2 = cpuMs();
  classify('Service épouvantable, je ne reviendrai jamais.', { language: 'fr' });
  const c3 = cpuMs();
  console.log(JSON.stringify({ importMs: w1 - w0, coldWallMs: w2 - w1, coldCpuMs: c2 - c1, firstOtherLanguageCpuMs: c3 - c2 }));
} else if (mode === '--distinct' || mode === '--distinct-afinn') {
  // Child: one pass over distinct tweets, nothing classified before (cold caches).
  const texts = distinctTweets();
  let label: (text: string) => unknown;
  if (mode === '--distinct') {
    const { classify, getModel } = await import('../../lib/classifier/index');
    getModel(); // decoding is the cold start, measured separately
    label = classify;
  } else {
    const Sentiment = require('sentiment') as new () => { analyze(text: string): unknown };
    const afinn = new Sentiment();
    label = (text) => afinn.analyze(text);
  }
  const main0 = mainThreadCpuMs();
  const cpu0 = cpuMs();
  const wall0 = performance.now();
  for (const text of texts) label(text);
  const cpu = (cpuMs() - cpu0) / 1000;
  const wall = (performance.now() - wall0) / 1000;
  const mainCpuSeconds = main0 < 0 ? -1 : (mainThreadCpuMs() - main0) / 1000;
  console.log(JSON.stringify({ texts: texts.length, cpuSeconds: cpu, wallSeconds: wall, mainCpuSeconds }));
} else {
  const bytes = statSync(MODEL).size;
  const langFiles = readdirSync(LANG_DIR).filter((f) => f.endsWith('.json'));
  const langBytes = langFiles.reduce((sum, f) => sum + statSync(resolve(LANG_DIR, f)).size, 0);
  console.log(
    `models: model.json ${bytes.toLocaleString('en-US')} bytes + ${langFiles.length} tone models ${langBytes.toLocaleString('en-US')} bytes = ` +
      `${(bytes + langBytes).toLocaleString('en-US')} bytes (${((bytes + langBytes) / 1024 / 1024).toFixed(2)} MiB)`,
  );
  const child = (arg: string): string => {
    const run = spawnSync(resolve('node_modules/.bin/tsx'), [SELF, arg], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`${arg} failed: ${run.stderr}`);
    return run.stdout.trim().split('\n').pop() ?? '';
  };
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

  const runs = Array.from(
    { length: 5 },
    () => JSON.parse(child('--cold')) as { importMs: number; coldWallMs: number; coldCpuMs: number; firstOtherLanguageCpuMs: number },
  );
  console.log(
    `cold start, decode English model + classify first comment (median of 5 fresh processes): ${median(runs.map((r) => r.coldCpuMs)).toFixed(1)} ms CPU, ` +
      `${median(runs.map((r) => r.coldWallMs)).toFixed(1)} ms wall; first French comment after that (decodes its model): ` +
      `${median(runs.map((r) => r.firstOtherLanguageCpuMs)).toFixed(1)} ms CPU; module import under tsx ${median(runs.map((r) => r.importMs)).toFixed(0)} ms wall`,
  );

  // Distinct texts, caches cold: three fresh processes each, median.
  type Pass = { texts: number; cpuSeconds: number; wallSeconds: number; mainCpuSeconds: number };
  const passes = (arg: string): Pass[] => Array.from({ length: 3 }, () => JSON.parse(child(arg)) as Pass);
  const rate = (ps: Pass[]): string => {
    const cpu = median(ps.map((p) => p.texts / p.cpuSeconds));
    const wall = median(ps.map((p) => p.texts / p.wallSeconds));
    // The main thread's share (10 ms ticks, so roughly): the rest is V8's helper threads.
    const main = ps.every((p) => p.mainCpuSeconds >= 0) ? median(ps.map((p) => p.mainCpuSeconds / p.cpuSeconds)) : -1;
    const split = main < 0 ? '' : `; ${Math.round(100 * (1 - main))} % of the CPU time on V8's helper threads (background compiling, GC)`;
    return `${Math.round(cpu).toLocaleString('en-US')} texts per CPU-second (${Math.round(wall).toLocaleString('en-US')} per wall second${split})`;
  };
  const ours = passes('--distinct');
  console.log(
    `throughput, ${ours[0]!.texts.toLocaleString('en-US')} distinct TweetEval sentiment train tweets, each once, caches cold, one fresh process (median of 3): ${rate(ours)}`,
  );
  console.log(`  AFINN (sentiment package), same texts, same way: ${rate(passes('--distinct-afinn'))}`);

  // Long reviews (distinct), in this process.
  const { classify } = await import('../../lib/classifier/index');
  const review = 'The room was fine but the front desk staff were rude and the breakfast was cold. '.repeat(10);
  let n = 0;
  const reviewCpu = cpuMs();
  const reviewStart = performance.now();
  while (performance.now() - reviewStart < 2000) {
    classify(`${review} ${n}`);
    n++;
  }
  console.log(
    `throughput (reviews of ${review.length} chars): ${Math.round(n / ((cpuMs() - reviewCpu) / 1000)).toLocaleString('en-US')} texts per CPU-second`,
  );
  const hugeStart = performance.now();
  classify('x y z '.repeat(200_000));
  console.log(`1.2 MB text: ${(performance.now() - hugeStart).toFixed(1)} ms (input capped at 5,000 chars)`);
}
