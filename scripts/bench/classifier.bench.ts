/**
 * Classifier figures: model bytes, cold start (load + first classify, in a fresh process),
 * throughput on short comments (texts/s, one core). Prints; asserts nothing.
 *
 *   npx tsx scripts/bench/classifier.bench.ts
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

const MODEL = resolve('lib/classifier/model.json');

if (process.argv[2] === '--cold') {
  // Child: time the import (model.json is parsed by the module system) and the first call.
  const start = performance.now();
  const { classify } = await import('../../lib/classifier/index');
  const imported = performance.now();
  classify('Still waiting for my refund, this is ridiculous');
  const done = performance.now();
  console.log(JSON.stringify({ importMs: imported - start, firstClassifyMs: done - imported, totalMs: done - start }));
} else {
  const bytes = statSync(MODEL).size;
  console.log(`model.json: ${bytes.toLocaleString('en-US')} bytes (${(bytes / 1024 / 1024).toFixed(2)} MiB)`);

  const runs: { importMs: number; firstClassifyMs: number; totalMs: number }[] = [];
  for (let i = 0; i < 5; i++) {
    const child = spawnSync(resolve('node_modules/.bin/tsx'), [resolve('scripts/bench/classifier.bench.ts'), '--cold'], { encoding: 'utf8' });
    const line = child.stdout.trim().split('\n').pop() ?? '';
    runs.push(JSON.parse(line) as (typeof runs)[number]);
  }
  const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(
    `cold start (median of 5 fresh processes): import+decode ${median(runs.map((r) => r.importMs)).toFixed(1)} ms, ` +
      `first classify ${median(runs.map((r) => r.firstClassifyMs)).toFixed(1)} ms, total ${median(runs.map((r) => r.totalMs)).toFixed(1)} ms`,
  );

  const { classify } = await import('../../lib/classifier/index');
  const decodeStart = performance.now();
  const { loadModel } = await import('../../lib/classifier/model');
  loadModel(JSON.parse(readFileSync(MODEL, 'utf8')));
  console.log(`model decode alone (JSON.parse + base64 + int8 → float32): ${(performance.now() - decodeStart).toFixed(1)} ms`);

  const short = [
    'Love this place! The staff were amazing 😍',
    'Still waiting for my refund, 3 weeks now. Ridiculous.',
    '@acme is the store open on Sunday?',
    'worst. service. ever. never coming back!!!',
    'ok I guess',
    'Delivery was late again and nobody answers the phone #fail',
    'Thanks for sorting it out so quickly :)',
    'You are a bunch of clowns',
  ];
  const texts = Array.from({ length: 4000 }, (_, i) => `${short[i % short.length]!} ${i % 7 === 0 ? 'really' : ''}`);
  for (const t of texts.slice(0, 500)) classify(t);
  let done = 0;
  const start = performance.now();
  while (performance.now() - start < 3000) {
    for (const t of texts) classify(t);
    done += texts.length;
  }
  const seconds = (performance.now() - start) / 1000;
  const avgChars = texts.reduce((s, t) => s + t.length, 0) / texts.length;
  console.log(`throughput: ${Math.round(done / seconds).toLocaleString('en-US')} texts/s (short comments, avg ${avgChars.toFixed(0)} chars, one core)`);

  const review = 'The room was fine but the front desk staff were rude and the breakfast was cold. '.repeat(10);
  let n = 0;
  const reviewStart = performance.now();
  while (performance.now() - reviewStart < 1000) {
    classify(review + n);
    n++;
  }
  console.log(`throughput: ${Math.round(n / ((performance.now() - reviewStart) / 1000)).toLocaleString('en-US')} texts/s (reviews of ${review.length} chars)`);
  const hugeStart = performance.now();
  classify('x y z '.repeat(200_000));
  console.log(`1.2 MB text: ${(performance.now() - hugeStart).toFixed(1)} ms (input capped at 5,000 chars)`);
}
