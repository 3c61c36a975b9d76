// A page opened after Chrome stopped the idle service worker (it does after 30 s without events),
// in real Chromium with the built extension: the worker starts again, cold, and reads the page's
// items. The browser is started once and warmed on a first page; then, RUNS times, every worker
// is stopped (CDP ServiceWorker.stopAllWorkers) and the saved Trustpilot page is opened under a
// new address (so no stored labels are reused): prints, in the page, DOMContentLoaded to the 20th
// badge labelled, each run and the median, with the load average, and when the worker started on
// the page's clock (the rest is the worker evaluating its script, ~0.33 s, and reading). Asserts nothing.
// Run: npx tsx scripts/bench/worker-restart.bench.ts [runs]
// (BENCH_EXTENSION_DIR=<a built extension> measures another build, for old/new comparisons.)
import { loadavg } from 'node:os';
import { labelledSinceDomReady, markLabelledBadges } from './badge-timing';
import { launchWithExtension, readFixture, startSiteServer, storeSettings, waitUntil } from '../../tests/e2e/harness';
import { SAMPLE_PROFILE } from '../../lib/settings/schema';

const RUNS = Math.max(1, Number(process.argv[2] ?? 5));
const HOST = 'www.trustpilot.com';
const html = readFixture('trustpilot/twenix-es-2025.html');

const server = await startSiteServer([HOST]);
for (let run = 0; run <= RUNS; run += 1) server.setPage(HOST, `/review/twenix-${run}.es`, html);
const ext = await launchWithExtension({ hosts: [HOST], port: server.port, extensionDir: process.env.BENCH_EXTENSION_DIR });
try {
  await storeSettings(ext, { profile: SAMPLE_PROFILE, onboarded: true });
  await markLabelledBadges(ext.context);
  const labelledPage = async (path: string) => {
    const page = await ext.context.newPage();
    await ext.goto(page, `https://${HOST}${path}`);
    await waitUntil(async () => (await page.locator('replybook-badge[data-rb-state="labelled"]').count()) >= 20, 60_000, 'labelled badges');
    const inPage = (await labelledSinceDomReady(page)) ?? Number.NaN;
    // When the worker started, on the page's clock: the part of the span that is its start.
    const dcl = await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return performance.timeOrigin + (navigation?.domContentLoadedEventStart ?? 0);
    });
    const workers = ext.context.serviceWorkers();
    const workerOrigin = await workers[workers.length - 1]?.evaluate(() => performance.timeOrigin);
    await page.close();
    return { inPage, workerStart: workerOrigin === undefined ? Number.NaN : Math.round(workerOrigin - dcl) };
  };
  // The browser's own start-up is over, and the worker has read one page.
  await labelledPage('/review/twenix-0.es');
  const cdpPage = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(cdpPage);
  await cdp.send('ServiceWorker.enable');
  const times: number[] = [];
  console.log(`a page opened after the service worker was stopped (its first report read cold), ${RUNS} runs:`);
  for (let run = 1; run <= RUNS; run += 1) {
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdpPage.waitForTimeout(500);
    const load = loadavg()[0]!.toFixed(2);
    const { inPage, workerStart } = await labelledPage(`/review/twenix-${run}.es`);
    times.push(inPage);
    console.log(
      `  run ${run}: in the page, DOMContentLoaded → 20 badges labelled: ${inPage} ms (the worker started ${workerStart} ms after DOMContentLoaded); load average ${load}`,
    );
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`  median ${sorted[Math.floor(sorted.length / 2)]} ms (35 reviews, most of them long)`);
  await cdp.detach();
} finally {
  await ext.close();
  await server.close();
}
