// The reading's common patterns compiled and matched in real Chromium (the V8 that the extension's
// worker runs), as they are (lean letter and digit classes, lib/reading/word-classes.ts) and with
// `\p{L}` / `\p{N}` put back, each in a fresh page: prints the time to compile all of them (one
// match on 1,000 spaces each, as the worker's priming does) and the time to match them on the
// 35 reviews of the saved Trustpilot page, three times, with the load average. Asserts nothing.
// Run: npx tsx scripts/bench/word-classes.bench.ts
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { chromiumPath, QUIET_CHROMIUM_ARGS } from '../../tests/chromium';
import { readFixture } from '../../tests/e2e/harness';
import { extractPage } from '../extract-page';
import { registeredPatterns } from '../../lib/classifier/pattern-priming';
import { fold } from '../../lib/reading/cues';
import { LEAN_DIGIT, LEAN_LETTER } from '../../lib/reading/word-classes';
import '../../lib/reading';

const extracted = extractPage(readFixture('trustpilot/twenix-es-2025.html'), 'https://www.trustpilot.com/review/twenix.es');
if (!extracted.ok) throw new Error(extracted.message);
const texts = extracted.lines.map((line) => fold(String(line.text)));
const lean = registeredPatterns().map((pattern) => [pattern.source, pattern.flags] as const);
// The lean class bodies occur only where leanWordClasses put them, so this gives back the sources written.
const withUnicodeClasses = lean.map(
  ([source, flags]) =>
    [
      source
        .replaceAll(LEAN_LETTER + LEAN_DIGIT, '\\p{L}\\p{N}')
        .replaceAll(LEAN_LETTER, '\\p{L}')
        .replaceAll(LEAN_DIGIT, '\\p{N}'),
      flags,
    ] as const,
);

// A string, not a function: tsx's helpers do not exist in the page.
const MEASURE = `(({ patterns, texts }) => {
  const built = patterns.map(([source, flags]) => new RegExp(source, flags));
  const subject = ' '.repeat(1000);
  const t0 = performance.now();
  for (const pattern of built) { pattern.lastIndex = 0; pattern.test(subject); }
  const compiled = performance.now();
  let chars = 0;
  for (let round = 0; round < 3; round++)
    for (const text of texts) for (const pattern of built) { pattern.lastIndex = 0; pattern.test(text + round); chars += text.length; }
  return { compileMs: compiled - t0, matchNsPerChar: ((performance.now() - compiled) / chars) * 1e6 };
})`;

const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...QUIET_CHROMIUM_ARGS] });
try {
  const rows: Record<string, { compileMs: number; matchNsPerChar: number }[]> = { 'with \\p{L} / \\p{N}': [], lean: [] };
  for (let round = 0; round < 3; round++) {
    for (const [name, patterns] of [
      ['with \\p{L} / \\p{N}', withUnicodeClasses],
      ['lean', lean],
    ] as const) {
      const page = await browser.newPage();
      rows[name]!.push(await page.evaluate(`${MEASURE}(${JSON.stringify({ patterns, texts })})`));
      await page.close();
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[1]!;
  console.log(`${lean.length} common reading patterns in Chromium ${browser.version()}, median of 3 fresh pages each:`);
  for (const [name, runs] of Object.entries(rows)) {
    console.log(
      `  ${name}: compile ${median(runs.map((r) => r.compileMs)).toFixed(0)} ms; match ${median(runs.map((r) => r.matchNsPerChar)).toFixed(0)} ns per character and pattern (35 reviews × 3)`,
    );
  }
  console.log(
    `  load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`,
  );
} finally {
  await browser.close();
}
