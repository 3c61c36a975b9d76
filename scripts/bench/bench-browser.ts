// What the in-browser benchmarks share: bundling a page script, a headless Chromium with a
// persistent profile (IndexedDB on disk) on a routed https origin, and the printed step table.
import { build, type BuildOptions } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ORIGIN = 'https://bench.replybook.test';

/** Bundles a bench page's script for the browser (an IIFE, minified, production React). */
export async function bundleForBrowser(entry: Pick<BuildOptions, 'entryPoints' | 'stdin' | 'jsx'>): Promise<string> {
  const bundle = await build({
    ...entry,
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
  return bundle.outputFiles[0]!.text;
}

/** Opens `script` in headless Chromium, runs `run` on its page, then closes and removes the profile. */
export async function withBenchPage<T>(script: string, run: (page: Page) => Promise<T>): Promise<T> {
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
    return await run(page);
  } finally {
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}

/** The Chromium version the page runs in. */
export function chromiumVersionOf(page: Page): Promise<string> {
  return page.evaluate(() => /Chrome\/([\d.]+)/.exec(navigator.userAgent)?.[1] ?? 'unknown');
}

/** Prints the steps a bench page returned, each against its goal. */
export function printSteps(results: Array<Record<string, unknown>>): void {
  console.table(
    results.map((result) => ({
      step: result.step,
      ms: Number(result.ms).toFixed(1),
      goal: result.goalMs ? `< ${result.goalMs} ms` : '',
      within: result.goalMs ? (Number(result.ms) < Number(result.goalMs) ? 'yes' : 'NO') : '',
      note: result.note ?? '',
    })),
  );
}
