// What the content script costs a page when it loads, in real Chromium with the built extension:
// each saved page below is opened RUNS times in a running browser, and a copy of the build whose
// content scripts are stamped at their first and last line reports, from inside the page:
// - evaluation: the script's own run on the page's main thread before the page may go on (its
//   modules' top-level code and the engine's start), which delays the page's load event;
// - DOMContentLoaded → the script's start: how late the browser injects it (document_end).
// Medians per page; the load average is printed, as a loaded machine stretches every figure.
// No goal is set in an issue; lower is better, and a change is compared old/new on one machine.
// Asserts nothing.
// Run: npx tsx scripts/bench/content-script.bench.ts [runs]
// (BENCH_EXTENSION_DIR=<a built extension> measures another build, for old/new comparisons.)
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  EXTENSION_DIR,
  ensureBuilt,
  launchWithExtension,
  readFixture,
  startSiteServer,
  storeSettings,
  waitUntil,
} from '../../tests/e2e/harness';
import { SAMPLE_PROFILE } from '../../lib/settings/schema';

const RUNS = Math.max(1, Number(process.argv[2] ?? 7));
const PAGES = [
  { host: 'www.trustpilot.com', path: '/review/twenix.es', file: 'trustpilot/twenix-es-2025.html' },
  { host: 'www.yelp.com', path: '/biz/nopa-san-francisco', file: 'yelp/biz-reviews-2018.html' },
  { host: 'www.instagram.com', path: '/p/ReplybookDemo/', file: 'instagram/post-2025.html' },
];

const source = process.env.BENCH_EXTENSION_DIR ?? EXTENSION_DIR;
ensureBuilt(source);
const stamped = mkdtempSync(join(tmpdir(), 'rb-bench-cs-'));
cpSync(source, stamped, { recursive: true });
const scriptsDir = join(stamped, 'content-scripts');
for (const name of readdirSync(scriptsDir).filter((file) => file.endsWith('.js'))) {
  const path = join(scriptsDir, name);
  // The stamps are statements around the whole file: the bundle is one IIFE, run at once.
  writeFileSync(
    path,
    `globalThis.__rbBenchStart = performance.now();\n${readFileSync(path, 'utf8')}\n;document.documentElement.setAttribute('data-rb-bench', JSON.stringify({ start: globalThis.__rbBenchStart, end: performance.now() }));\n`,
  );
}

const median = (values: number[]) => {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : Number.NaN;
};

const server = await startSiteServer(PAGES.map((page) => page.host));
for (const page of PAGES) server.setPage(page.host, page.path, readFixture(page.file));
const ext = await launchWithExtension({ hosts: PAGES.map((page) => page.host), port: server.port, extensionDir: stamped });
try {
  await storeSettings(ext, { profile: SAMPLE_PROFILE, onboarded: true });
  console.log(
    `content script on page load, ${RUNS} loads per page, medians (load average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(', ')}):`,
  );
  for (const spec of PAGES) {
    const evaluation: number[] = [];
    const injected: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const page = await ext.context.newPage();
      await ext.goto(page, `https://${spec.host}${spec.path}`);
      await waitUntil(
        async () => (await page.locator('replybook-badge[data-rb-state="labelled"]').count()) > 0,
        30_000,
        'a labelled badge',
      );
      // A string, not a function: the page runs it as written (no helpers of this script's compiler).
      const figures = (await page.evaluate(`(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const stamps = JSON.parse(document.documentElement.getAttribute('data-rb-bench') || 'null');
        return { dcl: nav.domContentLoadedEventStart, stamps };
      })()`)) as { dcl: number; stamps: { start: number; end: number } | null };
      if (figures.stamps) {
        evaluation.push(figures.stamps.end - figures.stamps.start);
        injected.push(figures.stamps.start - figures.dcl);
      }
      await page.close();
    }
    console.log(
      `  ${spec.file}: evaluation ${median(evaluation).toFixed(1)} ms (min ${Math.min(...evaluation).toFixed(1)}, max ${Math.max(...evaluation).toFixed(1)}); DOMContentLoaded → script start ${median(injected).toFixed(0)} ms`,
    );
  }
} finally {
  await ext.context.close();
  server.close();
  rmSync(stamped, { recursive: true, force: true });
}
