// Inbox benchmark: 30,000 open items (and 10,000 answered ones) in real IndexedDB (headless Chromium).
// Prints a table; asserts nothing. Run: npx tsx scripts/bench/inbox.bench.ts [openItems] [answeredItems] [settleMs]
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
const open = Number(process.argv[2] ?? 30_000);
const answered = Number(process.argv[3] ?? 10_000);
/** Idle time after seeding, before the reads (ms): lets IndexedDB's compaction finish. */
const settleMs = Number(process.argv[4] ?? 10_000);
const ORIGIN = 'https://bench.replybook.test';

const bundle = await build({
  entryPoints: [fileURLToPath(new URL('./inbox-bench-page.ts', import.meta.url))],
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
    ([openCount, answeredCount, settle]) =>
      (
        globalThis as unknown as { runInboxBench: (n: number, a: number, s: number) => Promise<Array<Record<string, unknown>>> }
      ).runInboxBench(openCount, answeredCount, settle),
    [open, answered, settleMs] as const,
  );
  const chromiumVersion = await page.evaluate(() => /Chrome\/([\d.]+)/.exec(navigator.userAgent)?.[1] ?? 'unknown');
  console.log(
    `\nInbox benchmark: ${open.toLocaleString('en')} open and ${answered.toLocaleString('en')} answered items, Chromium ${chromiumVersion}, IndexedDB on disk (persistent profile), ${settleMs} ms idle before the reads\n`,
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
