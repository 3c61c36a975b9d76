// Insertion round trip per editor, in real Chromium with the real editor libraries.
// "in-page" is insertReply's own time (strategy + verification) measured in the isolated
// world; "round trip" adds the CDP call from Node, close to a content-script message hop.
// Goal: < 100 ms per insert. Prints figures; asserts nothing. Run: npx tsx scripts/bench/editors.bench.ts
import { buildPages, bundleEditors, PAGE_ORIGIN, type PageName } from '../../tests/e2e/editor-pages/build';
import { launchChromium, newPagesContext, openIsolatedWorld } from '../../tests/e2e/editor-pages/browser';

const ROUNDS = 15;
const TEXTS = ['Thanks for the kind words, Sam!', 'Thanks, Sam.\nWe fixed the checkout bug today.\nSee you soon!'];

interface BenchCase {
  label: string;
  page: PageName;
  selector: string;
  open?: string;
  editor?: string;
}

const CASES: BenchCase[] = [
  { label: 'Lexical rich text', page: 'lexical', selector: '#rich' },
  { label: 'Lexical plain text', page: 'lexical', selector: '#plain' },
  { label: 'Draft.js (React 19)', page: 'draft', selector: '[data-testid="draft-box"]' },
  { label: 'Quill 1.3.7', page: 'quill', selector: '.ql-editor' },
  { label: 'React 19 textarea', page: 'react-textarea', selector: '#box', open: '#open-reply' },
  { label: 'plain contenteditable', page: 'plain', selector: '#box' },
  // Worst realistic chain: a box marked Lexical whose JS is not running (a saved page):
  // three strategies time out (settleMs each) before execCommand lands.
  { label: 'fallback chain (Lexical marker, no Lexical JS)', page: 'plain', selector: '#box', editor: 'lexical' },
];

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function main(): Promise<void> {
  const started = performance.now();
  const [pages, editorsBundle] = await Promise.all([buildPages(), bundleEditors()]);
  console.log(`bundled 5 test pages + lib/editors in ${Math.round(performance.now() - started)} ms`);
  console.log(`lib/editors IIFE: ${(editorsBundle.length / 1024).toFixed(1)} kB unminified`);
  const browser = await launchChromium();
  try {
    const context = await newPagesContext(browser, pages);
    const rows: string[][] = [['editor', 'winning strategy', 'in-page median', 'in-page p90', 'round trip median', 'round trip max', 'ok']];
    for (const benchCase of CASES) {
      const page = await context.newPage();
      await page.goto(`${PAGE_ORIGIN}/${benchCase.page}`);
      await page.waitForFunction(() => typeof (window as { __page?: unknown }).__page === 'object');
      if (benchCase.open) await page.click(benchCase.open);
      await page.waitForSelector(benchCase.selector);
      const world = await openIsolatedWorld(page, editorsBundle);
      const inPage: number[] = [];
      const roundTrip: number[] = [];
      const strategies = new Set<string>();
      let ok = 0;
      for (let round = 0; round < ROUNDS; round++) {
        const text = TEXTS[round % TEXTS.length]!;
        const t0 = performance.now();
        const result = await world.run<{ ok: boolean; strategy?: string; ms: number }>(`(async () => {
          const t = performance.now();
          const outcome = await __rbEditors.insertReply(document.querySelector(${JSON.stringify(benchCase.selector)}), ${JSON.stringify(text)}, ${JSON.stringify(benchCase.editor ? { editor: benchCase.editor, copyOnFailure: false } : { copyOnFailure: false })});
          return { ok: outcome.ok, strategy: outcome.strategy, ms: performance.now() - t };
        })()`);
        roundTrip.push(performance.now() - t0);
        inPage.push(result.ms);
        if (result.ok) ok++;
        strategies.add(result.strategy ?? 'none');
      }
      await page.close();
      inPage.sort((a, b) => a - b);
      roundTrip.sort((a, b) => a - b);
      rows.push([
        benchCase.label,
        [...strategies].join(','),
        `${quantile(inPage, 0.5).toFixed(1)} ms`,
        `${quantile(inPage, 0.9).toFixed(1)} ms`,
        `${quantile(roundTrip, 0.5).toFixed(1)} ms`,
        `${roundTrip[roundTrip.length - 1]!.toFixed(1)} ms`,
        `${ok}/${ROUNDS}`,
      ]);
    }
    const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => row[col]!.length)));
    console.log(`\neditors: insertReply, ${ROUNDS} inserts per editor (single- and multi-line alternating), goal < 100 ms`);
    for (const row of rows) console.log(row.map((cell, col) => cell.padEnd(widths[col]!)).join('  '));
  } finally {
    await browser.close();
  }
}

await main();
