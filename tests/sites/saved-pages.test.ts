import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Item } from '@/lib/sites/item';
import { checkAgainstExpected } from './check';
import { bundleForBrowser, launchChromium, loadCases, openSavedPage } from './harness';

/*
 * Every saved page in real Chromium: the page's JavaScript off, every request
 * but the page blocked, our bundled extraction injected. Compared with the
 * expected files written by reading the pages.
 */

interface Extraction {
  adapter: string | null;
  items: Item[];
  replyBox: { open: boolean; box: boolean; editor: string };
  boxes: unknown[];
  diagnosis: { suspectOutdated: boolean; failedSelectors: string[] };
}

declare const RB: {
  extractPage(url: string, siteId?: string): Extraction;
  invalidSelectors(): string[];
};

const cases = loadCases();
let browser: Browser;
let bundle: string;

beforeAll(async () => {
  bundle = await bundleForBrowser();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('saved pages in Chromium', () => {
  it('has expected files to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(21);
  });

  it('parses every selector of every adapter', async () => {
    const page = await openSavedPage(browser, cases[0]!.pagePath, cases[0]!.expected.url, bundle);
    try {
      expect(await page.evaluate(() => RB.invalidSelectors())).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  for (const c of cases) {
    it(`${c.name}: ${c.expected.count} items`, async () => {
      const page = await openSavedPage(browser, c.pagePath, c.expected.url, bundle);
      try {
        const result = await page.evaluate(([url, siteId]) => RB.extractPage(url!, siteId), [
          c.expected.url,
          c.expected.pickSiteById ? c.expected.site : undefined,
        ] as const);
        expect(result.adapter).toBe(c.expected.site);
        checkAgainstExpected(result.items, c.expected);
        const wantBox = c.expected.replyBoxInChromium ?? c.expected.replyBox;
        expect(result.replyBox.open).toBe(wantBox.open);
        expect(result.replyBox.box).toBe(wantBox.box);
        if (c.expected.replyBox.box) expect(result.replyBox.editor).toBe(c.expected.replyBox.editor);
        // A page with items found is never reported as outdated.
        if (result.items.length > 0) expect(result.diagnosis.suspectOutdated).toBe(false);
      } finally {
        await page.context().close();
      }
    });
  }
});
