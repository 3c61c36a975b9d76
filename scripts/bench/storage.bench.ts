// Storage benchmark: 100,000 responses in real IndexedDB (headless Chromium).
// Prints a table; asserts nothing. Run: npx tsx scripts/bench/storage.bench.ts [rows] [settleMs]
import { fileURLToPath } from 'node:url';
import { bundleForBrowser, chromiumVersionOf, printSteps, withBenchPage } from './bench-browser';

const rows = Number(process.argv[2] ?? 100_000);
/** Idle time after the inserts before the queries (ms): lets background compaction finish. */
const settleMs = Number(process.argv[3] ?? 20_000);

const script = await bundleForBrowser({
  // The Log page first, so renderLogPage is defined when the bench runs.
  stdin: {
    contents: "import './log-page-bench.tsx'; import './storage-bench-page.ts';",
    resolveDir: fileURLToPath(new URL('.', import.meta.url)),
    loader: 'ts',
  },
  jsx: 'automatic',
});

await withBenchPage(script, async (page) => {
  const results = await page.evaluate(
    ([count, settle]) =>
      (globalThis as unknown as { runStorageBench: (n: number, s: number) => Promise<Array<Record<string, unknown>>> }).runStorageBench(
        count,
        settle,
      ),
    [rows, settleMs] as const,
  );
  const chromiumVersion = await chromiumVersionOf(page);
  console.log(
    `\nStorage benchmark: ${rows.toLocaleString('en')} responses, Chromium ${chromiumVersion}, IndexedDB on disk (persistent profile), ${settleMs} ms idle before queries\n`,
  );
  printSteps(results);
});
