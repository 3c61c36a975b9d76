/**
 * A worker's first page, read cold: the items of the saved Trustpilot page (35 reviews, most of
 * them long) labelled as the background labels a page's first report, in fresh processes, so every
 * pattern and function is compiled on the way, as after a browser start or a stopped service worker.
 * Prints the priming of the common patterns (lib/classifier/pattern-priming.ts), the cold read
 * after it, and two warm reads of the same items with a word added (distinct texts), medians of
 * five processes. Asserts nothing.
 *
 *   npx tsx scripts/bench/reading-cold.bench.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SELF = resolve('scripts/bench/reading-cold.bench.ts');
const PAGE = resolve('../shared/fixtures/trustpilot/twenix-es-2025.html');
const PAGE_URL = 'https://www.trustpilot.com/review/twenix.es';

interface Run {
  items: number;
  primeMs: number;
  coldMs: number;
  warmMs: number;
}

if (process.argv[2] === '--child') {
  // Child: the items come from a file, so nothing of the reading ran before the clock starts.
  const items = JSON.parse(readFileSync(process.argv[3]!, 'utf8')) as Parameters<
    typeof import('../../entrypoints/background/labelling').labelItems
  >[0];
  const { labelItems } = await import('../../entrypoints/background/labelling');
  const { primePatterns } = await import('../../lib/classifier/pattern-priming');
  const t0 = performance.now();
  primePatterns();
  const t1 = performance.now();
  labelItems(items);
  const t2 = performance.now();
  labelItems(items.map((item) => ({ ...item, text: `${item.text} vale` })));
  const t3 = performance.now();
  labelItems(items.map((item) => ({ ...item, text: `${item.text} bien` })));
  const t4 = performance.now();
  const run: Run = { items: items.length, primeMs: t1 - t0, coldMs: t2 - t1, warmMs: t4 - t3 };
  console.log(JSON.stringify(run));
} else {
  const { extractPage } = await import('../extract-page');
  const extracted = extractPage(readFileSync(PAGE, 'utf8'), PAGE_URL);
  if (!extracted.ok) throw new Error(extracted.message);
  const dir = mkdtempSync(join(tmpdir(), 'rb-cold-'));
  const itemsFile = join(dir, 'items.json');
  writeFileSync(itemsFile, JSON.stringify(extracted.lines));
  try {
    const runs: Run[] = [];
    for (let i = 0; i < 5; i++) {
      const child = spawnSync(resolve('node_modules/.bin/tsx'), [SELF, '--child', itemsFile], { encoding: 'utf8' });
      if (child.status !== 0) throw new Error(`child failed: ${child.stderr}`);
      runs.push(JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as Run);
    }
    const median = (pick: (run: Run) => number) => [...runs.map(pick)].sort((a, b) => a - b)[2]!.toFixed(0);
    console.log(
      `first page read cold (${runs[0]!.items} Trustpilot reviews, fresh process, median of 5): priming the common patterns ${median((r) => r.primeMs)} ms, ` +
        `then the cold read ${median((r) => r.coldMs)} ms; the same page warm (distinct texts) ${median((r) => r.warmMs)} ms`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
