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

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

if (process.argv[2] === '--cold') {
  // Child process: import the module (parsing model.json is part of module loading; under tsx
  // that includes transpiling, which a built extension doesn't do), then the cold start proper:
  // decode the model and classify the first comment.
  const w0 = performance.now();
  const { classify, getModel } = await import('../../lib/classifier/index');
  const w1 = performance.now();
  const c1 = cpuMs();
  getModel();
  classify('Still waiting for my refund, this is ridiculous 😡');
  const w2 = performance.now();
  const c2 = cpuMs();
  console.log(JSON.stringify({ importMs: w1 - w0, coldWallMs: w2 - w1, coldCpuMs: c2 - c1 }));
} else {
  const bytes = statSync(MODEL).size;
  console.log(`model.json: ${bytes.toLocaleString('en-US')} bytes (${(bytes / 1024 / 1024).toFixed(2)} MiB)`);

  const runs: { importMs: number; coldWallMs: number; coldCpuMs: number }[] = [];
  for (let i = 0; i < 5; i++) {
    const child = spawnSync(resolve('node_modules/.bin/tsx'), [resolve('scripts/bench/classifier.bench.ts'), '--cold'], { encoding: 'utf8' });
    const line = child.stdout.trim().split('\n').pop() ?? '';
    runs.push(JSON.parse(line) as (typeof runs)[number]);
  }
  const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(
    `cold start, decode model + classify first comment (median of 5 fresh processes): ${median(runs.map((r) => r.coldCpuMs)).toFixed(1)} ms CPU, ` +
      `${median(runs.map((r) => r.coldWallMs)).toFixed(1)} ms wall; module import under tsx ${median(runs.map((r) => r.importMs)).toFixed(0)} ms wall`,
  );

  const { classify } = await import('../../lib/classifier/index');
  const { loadModel } = await import('../../lib/classifier/model');
  const parsed = JSON.parse(readFileSync(MODEL, 'utf8')) as Parameters<typeof loadModel>[0];
  const decodeStart = cpuMs();
  loadModel(parsed);
  console.log(`model decode alone, warm process (base64 weights + lexicon): ${(cpuMs() - decodeStart).toFixed(1)} ms CPU`);

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
  for (const t of texts) classify(t);
  // CPU time of this process as well as wall time: on a shared machine wall time mostly
  // measures the other jobs.
  let done = 0;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  while (performance.now() - start < 3000) {
    for (const t of texts) classify(t);
    done += texts.length;
  }
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const avgChars = texts.reduce((s, t) => s + t.length, 0) / texts.length;
  console.log(
    `throughput (short comments, avg ${avgChars.toFixed(0)} chars, one thread): ${Math.round(done / cpuSeconds).toLocaleString('en-US')} texts per CPU-second, ` +
      `${Math.round(done / seconds).toLocaleString('en-US')} texts per wall second`,
  );

  const review = 'The room was fine but the front desk staff were rude and the breakfast was cold. '.repeat(10);
  for (let i = 0; i < 300; i++) classify(review + i);
  let n = 0;
  const reviewCpu = process.cpuUsage();
  const reviewStart = performance.now();
  while (performance.now() - reviewStart < 2000) {
    classify(review + n);
    n++;
  }
  const reviewUsage = process.cpuUsage(reviewCpu);
  console.log(`throughput (reviews of ${review.length} chars): ${Math.round(n / ((reviewUsage.user + reviewUsage.system) / 1e6)).toLocaleString('en-US')} texts per CPU-second`);
  const hugeStart = performance.now();
  classify('x y z '.repeat(200_000));
  console.log(`1.2 MB text: ${(performance.now() - hugeStart).toFixed(1)} ms (input capped at 5,000 chars)`);
}
