/**
 * One cold pass of classify() over the distinct TweetEval sentiment train tweets (the first N,
 * or all 45,573), for instruction counts and profiles, which the machine's load does not move
 * the way it moves CPU time. Run from the repository root:
 *
 *   npx esbuild scripts/bench/classifier-pass.ts --bundle --platform=node --format=esm --outfile=/tmp/pass.mjs
 *   valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null node --predictable /tmp/pass.mjs [N]
 *
 * The pass costs the run's "I refs" minus those of the same bundle with N = 0 (reading the
 * texts, decoding the model). `--predictable` makes V8's GC and tier-up decisions independent
 * of timing; without it the count moves by 1–3 % with the load. Also usable with
 * `node --cpu-prof`. Prints the pass's CPU time; asserts nothing.
 */
import { classify, getModel } from '../../lib/classifier/index';
import { loadSplit } from '../classifier/datasets';

const texts = [...new Set(loadSplit('tweeteval/sentiment', 'train').map((e) => e.text))];
const n = process.argv[2] === undefined ? texts.length : Math.min(texts.length, Number(process.argv[2]));
getModel();
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const start = cpu();
let reasons = 0;
for (let i = 0; i < n; i++) reasons += classify(texts[i]!).reasons.length;
const seconds = cpu() - start;
if (n > 0) console.log(JSON.stringify({ texts: n, cpuSeconds: seconds, perCpuSecond: Math.round(n / seconds), reasons }));
