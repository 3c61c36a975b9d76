/**
 * How long ranking and rendering three suggestions takes (goal: under 2 ms per item),
 * and how long one draft check takes. Prints figures; asserts nothing.
 *   node_modules/.bin/tsx scripts/bench/playbooks.bench.ts
 */
import { performance } from 'node:perf_hooks';
import type { Labels } from '@/lib/classifier/labels';
import { checkDraft } from '@/lib/playbooks/draft-check';
import { suggestReplies, type SuggestInput } from '@/lib/playbooks/suggest';
import { SAMPLE_PROFILE } from '@/lib/settings/schema';

const SITES = ['x', 'facebook', 'yelp', 'google-maps', 'linkedin', 'tripadvisor'];
const CASES: Pick<Labels, 'tone' | 'flags' | 'topics'>[] = [
  { tone: 'negative', flags: ['complaint'], topics: ['delivery'] },
  { tone: 'negative', flags: ['complaint', 'refund'], topics: ['product'] },
  { tone: 'positive', flags: [], topics: ['staff'] },
  { tone: 'neutral', flags: [], topics: [] },
  { tone: 'neutral', flags: ['question'], topics: ['price'] },
  { tone: 'negative', flags: ['escalation'], topics: ['service'] },
  { tone: 'negative', flags: ['legal'], topics: ['corporate'] },
];

function inputFor(n: number): SuggestInput {
  const labels = CASES[n % CASES.length]!;
  return {
    item: { id: `bench-${n}`, site: SITES[n % SITES.length]!, author: n % 3 ? 'Jane Doe' : '@jdoe99', text: 'The flat white was cold and the wait was long. Not great.', rating: n % 5 === 0 ? 2 : undefined },
    labels: { ...labels, scores: { positive: 0.2, neutral: 0.3, negative: 0.5 }, reasons: [] },
    profile: SAMPLE_PROFILE,
    history: { usedOnPage: n % 2 ? ['det-x-short', 'fan-thanks-short'] : [], textsOnPage: ['Hi Tom, sorry about the wait. Email us at hello@harborpine.example.'] },
  };
}

function measure(label: string, iterations: number, run: (n: number) => void): void {
  for (let n = 0; n < 200; n += 1) run(n); // warm up the JIT
  const times: number[] = [];
  const cpuStart = process.cpuUsage();
  for (let n = 0; n < iterations; n += 1) {
    const start = performance.now();
    run(n);
    times.push(performance.now() - start);
  }
  const cpu = process.cpuUsage(cpuStart);
  // CPU time per call is steadier than wall time on a shared, busy machine.
  const cpuMs = (cpu.user + cpu.system) / 1000 / iterations;
  times.sort((a, b) => a - b);
  const mean = times.reduce((sum, t) => sum + t, 0) / times.length;
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  console.log(
    `${label.padEnd(44)} n=${iterations}  mean ${mean.toFixed(3)} ms  p50 ${at(0.5).toFixed(3)} ms  p95 ${at(0.95).toFixed(3)} ms  max ${at(1).toFixed(3)} ms  cpu ${cpuMs.toFixed(3)} ms/call`,
  );
}

let sink = 0;
measure('suggestReplies (rank + render 3, + checks)', 5000, (n) => {
  sink += suggestReplies(inputFor(n)).suggestions.length;
});
const draft = 'Hi Jane, I am sorry about the cold coffee. Please email me at hello@harborpine.example and I will make it right. — Maya';
measure('checkDraft (one draft)', 5000, (n) => {
  sink += checkDraft(draft, { item: inputFor(n).item, labels: inputFor(n).labels, usedOnPage: [draft.slice(0, 60)] }).length;
});
console.log(`goal: suggestReplies under 2 ms per item (checksum ${sink})`);
