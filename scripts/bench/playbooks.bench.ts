/**
 * How long composing three suggestions takes (goal: under 2 ms per item), on the real reply
 * items (../shared/data/replies/dev.jsonl and tests/replies/check-set.jsonl, each with its
 * business profile, already read), how long reading an item takes, and one draft check.
 * Prints figures; asserts nothing.
 *   node_modules/.bin/tsx scripts/bench/playbooks.bench.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { classify } from '@/lib/classifier';
import type { Labels } from '@/lib/classifier/labels';
import { readItem } from '@/lib/reading';
import { parseProfileFile, type Profile } from '@/lib/settings/schema';
import { checkDraft, draftToneOf } from '@/lib/playbooks/draft-check';
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
    item: {
      id: `bench-${n}`,
      site: SITES[n % SITES.length]!,
      author: n % 3 ? 'Jane Doe' : '@jdoe99',
      text: 'The flat white was cold and the wait was long. Not great.',
      rating: n % 5 === 0 ? 2 : undefined,
    },
    labels: { ...labels, scores: { positive: 0.2, neutral: 0.3, negative: 0.5 }, reasons: [] },
    profile: SAMPLE_PROFILE,
    history: {
      usedOnPage: n % 2 ? ['det-x-short', 'fan-thanks-short'] : [],
      textsOnPage: ['Hi Tom, sorry about the wait. Email us at hello@harborpine.example.'],
    },
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
measure('suggestReplies, synthetic labels (3 + checks)', 5000, (n) => {
  sink += suggestReplies(inputFor(n)).suggestions.length;
});

// The real items: distinct texts, six businesses, six languages.
const REPLIES = '../shared/data/replies';
const goldFiles = [`${REPLIES}/dev.jsonl`, 'tests/replies/check-set.jsonl'].filter((file) => existsSync(file));
const profiles = new Map<string, Profile>();
const items = goldFiles.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { id: string; profile: string; site: string; author?: string; rating?: number; text: string }),
);
for (const item of items) {
  if (profiles.has(item.profile)) continue;
  const parsed = parseProfileFile(JSON.parse(readFileSync(`${REPLIES}/profiles/${item.profile}.json`, 'utf8')));
  if (parsed.ok) profiles.set(item.profile, parsed.profile);
}
const real = items.filter((item) => profiles.has(item.profile));
if (real.length > 0) {
  const readings = real.map((item) => readItem({ text: item.text, rating: item.rating, author: item.author }, { classify }));
  measure(`readItem (${real.length} real items, language + tone + flags + points)`, 3000, (n) => {
    const item = real[n % real.length]!;
    sink += readItem({ text: item.text, rating: item.rating, author: item.author }, { classify }).points.length;
  });
  measure(`suggestReplies, real readings (compose 3 + checks)`, 3000, (n) => {
    const item = real[n % real.length]!;
    sink += suggestReplies({
      item: { id: item.id, site: item.site, text: item.text, author: item.author, rating: item.rating },
      labels: readings[n % real.length]!,
      profile: profiles.get(item.profile)!,
      toneOf: draftToneOf(classify),
    }).suggestions.length;
  });
} else {
  console.log('(reply items not found: run from the repo with ../shared beside it)');
}
const draft = 'Hi Jane, I am sorry about the cold coffee. Please email me at hello@harborpine.example and I will make it right. — Maya';
measure('checkDraft (one draft)', 5000, (n) => {
  sink += checkDraft(draft, { item: inputFor(n).item, labels: inputFor(n).labels, usedOnPage: [draft.slice(0, 60)] }).length;
});
console.log(`goal: suggestReplies under 2 ms per item (checksum ${sink})`);
