// Inbox benchmark: 30,000 open items (and 10,000 answered ones) in real IndexedDB (headless Chromium).
// Prints a table; asserts nothing. Run: npx tsx scripts/bench/inbox.bench.ts [openItems] [answeredItems] [settleMs]
import { fileURLToPath } from 'node:url';
import { bundleForBrowser, chromiumVersionOf, printSteps, withBenchPage } from './bench-browser';

const open = Number(process.argv[2] ?? 30_000);
const answered = Number(process.argv[3] ?? 10_000);
/** Idle time after seeding, before the reads (ms): lets IndexedDB's compaction finish. */
const settleMs = Number(process.argv[4] ?? 10_000);

const script = await bundleForBrowser({
  entryPoints: [fileURLToPath(new URL('./inbox-bench-page.ts', import.meta.url))],
});

await withBenchPage(script, async (page) => {
  const results = await page.evaluate(
    ([openCount, answeredCount, settle]) =>
      (
        globalThis as unknown as { runInboxBench: (n: number, a: number, s: number) => Promise<Array<Record<string, unknown>>> }
      ).runInboxBench(openCount, answeredCount, settle),
    [open, answered, settleMs] as const,
  );
  const chromiumVersion = await chromiumVersionOf(page);
  console.log(
    `\nInbox benchmark: ${open.toLocaleString('en')} open and ${answered.toLocaleString('en')} answered items, Chromium ${chromiumVersion}, IndexedDB on disk (persistent profile), ${settleMs} ms idle before the reads\n`,
  );
  printSteps(results);
});
