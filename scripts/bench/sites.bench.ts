/**
 * Site extraction speed in real Chromium, on every saved page:
 * - full scan: median time of findItems(document) (goal < 20 ms);
 * - burst: 100 copies of an item appended at once, then findItems on just the
 *   new nodes, as the live engine does with a MutationObserver batch (goal < 5 ms).
 *
 *   npx tsx scripts/bench/sites.bench.ts [name-filter]
 *
 * Prints a table; asserts nothing.
 */
import { bundleForBrowser, launchChromium, loadCases, openSavedPage } from '../../tests/sites/harness';

interface BenchResult {
  site: string;
  count: number;
  fullMs: number[];
  burstMs: number[];
  burstItems: number;
}

declare const RB: { benchPage(url: string, runs: number, siteId?: string): BenchResult | null };

const RUNS = 15;
const filter = process.argv[2];
const median = (values: number[]) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

const cases = loadCases().filter((c) => !filter || c.name.includes(filter));
const bundle = await bundleForBrowser();
const browser = await launchChromium();
const rows: string[][] = [];
try {
  for (const c of cases) {
    const page = await openSavedPage(browser, c.pagePath, c.expected.url, bundle);
    try {
      const result = await page.evaluate(
        ([url, runs, siteId]) => RB.benchPage(url as string, runs as number, siteId as string | undefined),
        [c.expected.url, RUNS, c.expected.pickSiteById ? c.expected.site : undefined] as const,
      );
      if (!result) continue;
      rows.push([
        c.name,
        String(result.count),
        median(result.fullMs).toFixed(2),
        Math.max(...result.fullMs).toFixed(2),
        result.burstItems ? String(result.burstItems) : '-',
        result.burstItems ? median(result.burstMs).toFixed(2) : '-',
      ]);
    } finally {
      await page.context().close();
    }
  }
} finally {
  await browser.close();
}

const header = ['page', 'items', 'full scan median ms', 'full scan max ms', 'burst items', 'burst median ms'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) =>
  `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
for (const row of rows) console.log(line(row));
console.log(
  `\n${RUNS} runs per page in Chromium (${process.env.CHROME_PATH ?? '/usr/bin/chromium'}), page JavaScript off. Goals: full scan < 20 ms, burst of 100 < 5 ms.`,
);
