// Storage benchmark: 100,000 responses in real IndexedDB (headless Chromium).
// Prints a table; asserts nothing. Run: npx tsx scripts/bench/storage.bench.ts [rows] [settleMs]
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
const rows = Number(process.argv[2] ?? 100_000);
/** Idle time after the inserts before the queries (ms): lets background compaction finish. */
const settleMs = Number(process.argv[3] ?? 20_000);
const ORIGIN = 'https://bench.replybook.test';

const bundle = await build({
  // The Log page first, so renderLogPage is defined when the bench runs.
  stdin: {
    contents: "import './log-page-bench.tsx'; import './storage-bench-page.ts';",
    resolveDir: fileURLToPath(new URL('.', import.meta.url)),
    loader: 'ts',
  },
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  minify: true,
  bundle: true,
  format: 'iife',
  write: false,
  platform: 'browser',
  target: 'es2022',
  tsconfig: `${root}/tsconfig.json`,
  logLevel: 'warning',
});
const script = bundle.outputFiles[0]!.text;

// A persistent profile on disk, as the extension's own database is (a plain
// newContext() is off the record and keeps IndexedDB in memory).
const profileDir = mkdtempSync(join(tmpdir(), 'rb-bench-'));
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  // A routed https origin: a secure context with its own IndexedDB, no server or network.
  await context.route(`${ORIGIN}/**`, (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/bench.js') return route.fulfill({ contentType: 'text/javascript', body: script });
    return route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><meta charset="utf-8"><title>bench</title><script src="/bench.js"></script>',
    });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${ORIGIN}/`);
  const results = await page.evaluate(
    ([count, settle]) =>
      (globalThis as unknown as { runStorageBench: (n: number, s: number) => Promise<Array<Record<string, unknown>>> }).runStorageBench(
        count,
        settle,
      ),
    [rows, settleMs] as const,
  );
  const chromiumVersion = await page.evaluate(() => /Chrome\/([\d.]+)/.exec(navigator.userAgent)?.[1] ?? 'unknown');
  console.log(
    `\nStorage benchmark: ${rows.toLocaleString('en')} responses, Chromium ${chromiumVersion}, IndexedDB on disk (persistent profile), ${settleMs} ms idle before queries\n`,
  );
  const table = results.map((result) => ({
    step: result.step,
    ms: Number(result.ms).toFixed(1),
    goal: result.goalMs ? `< ${result.goalMs} ms` : '',
    within: result.goalMs ? (Number(result.ms) < Number(result.goalMs) ? 'yes' : 'NO') : '',
    note: result.note ?? '',
  }));
  console.table(table);
} finally {
  await context.close();
  rmSync(profileDir, { recursive: true, force: true });
}
