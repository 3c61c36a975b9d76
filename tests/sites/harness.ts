/** Shared by the saved-page tests and the sites benchmark: cases, bundling, Chromium. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromiumPath, QUIET_CHROMIUM_ARGS } from '../chromium';
import { chromium, type Browser, type Page } from 'playwright-core';
import { z } from 'zod';
import { ItemKindSchema, EditorKindSchema } from '@/lib/sites/item';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = resolve(ROOT, '../shared/fixtures');
export const SITE_TESTS = join(ROOT, 'tests/sites');

const ExpectedItemSchema = z.strictObject({
  index: z.number().int().min(0),
  kind: ItemKindSchema.optional(),
  author: z.string().nullable().optional(),
  text: z.string().optional(),
  textStartsWith: z.string().optional(),
  textIncludes: z.string().optional(),
  title: z.string().optional(),
  rating: z.number().nullable().optional(),
  postedAt: z.string().nullable().optional(),
  timeText: z.string().nullable().optional(),
  permalink: z.string().nullable().optional(),
  isOwnerReply: z.boolean().optional(),
  hasOwnerReply: z.boolean().optional(),
  hasParent: z.boolean().optional(),
});

/** What a saved page must yield: written by reading the page, checked by hand. */
export const ExpectedSchema = z.strictObject({
  /** Path under ../shared/fixtures, or tests/sites/pages/… for pages we wrote. */
  page: z.string(),
  url: z.string().url(),
  site: z.string(),
  /** Pick the adapter by id instead of by URL and markup (the demo adapter runs on an extension page). */
  pickSiteById: z.boolean().optional(),
  count: z.number().int().min(0),
  countsByKind: z.record(z.string(), z.number().int()).optional(),
  ownerReplies: z.number().int().optional(),
  items: z.array(ExpectedItemSchema),
  replyBox: z.strictObject({ open: z.boolean(), box: z.boolean(), editor: EditorKindSchema }),
  /** Where real layout decides otherwise than jsdom (a box drawn 0×0 without the site's JS-injected CSS). */
  replyBoxInChromium: z.strictObject({ open: z.boolean(), box: z.boolean(), reason: z.string() }).optional(),
  /** Boxes a person could type into, as the CLI's --boxes lists them (jsdom). */
  boxes: z.number().int().min(0),
  notes: z.string().optional(),
});
export type Expected = z.infer<typeof ExpectedSchema>;

export interface SiteCase {
  name: string; // "<site>/<case>"
  expectedFile: string;
  pagePath: string;
  expected: Expected;
}

export function pagePathOf(page: string): string {
  return page.startsWith('tests/') ? join(ROOT, page) : join(FIXTURES, page);
}

export function loadCases(): SiteCase[] {
  const cases: SiteCase[] = [];
  for (const site of readdirSync(SITE_TESTS, { withFileTypes: true })) {
    if (!site.isDirectory() || site.name === 'pages') continue;
    for (const file of readdirSync(join(SITE_TESTS, site.name))) {
      if (!file.endsWith('.expected.json')) continue;
      const expectedFile = join(SITE_TESTS, site.name, file);
      const expected = ExpectedSchema.parse(JSON.parse(readFileSync(expectedFile, 'utf8')));
      cases.push({
        name: `${site.name}/${file.replace('.expected.json', '')}`,
        expectedFile,
        pagePath: pagePathOf(expected.page),
        expected,
      });
    }
  }
  return cases.sort((a, b) => a.name.localeCompare(b.name));
}

export const fixturesAvailable = existsSync(FIXTURES);

/** The extraction engine and registry as one browser script defining `globalThis.RB`. */
export async function bundleForBrowser(): Promise<string> {
  const result = await build({
    entryPoints: [join(SITE_TESTS, 'browser-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'RB',
    platform: 'browser',
    target: 'chrome120',
    alias: { '@': ROOT },
    logLevel: 'silent',
  });
  return `${result.outputFiles[0]!.text};globalThis.RB = RB;`;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...QUIET_CHROMIUM_ARGS] });
}

/**
 * Opens a saved page at its real URL in a context with JavaScript off (the
 * page's own scripts never run) and every other request blocked, then injects
 * the extraction bundle.
 */
export async function openSavedPage(browser: Browser, pagePath: string, url: string, bundle: string): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const body = readFileSync(pagePath); // bytes; served as UTF-8 (some saved pages declare no charset)
  let served = false;
  // Only the first document load is served: with JavaScript off, <noscript><meta http-equiv="refresh">
  // (m.facebook.com) would navigate away; that navigation and every subresource are aborted.
  await context.route('**/*', (route) => {
    if (!served && route.request().url() === url && route.request().resourceType() === 'document') {
      served = true;
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    }
    // A 204 answer to a later navigation leaves the saved document in place (an abort would show an error page).
    if (route.request().isNavigationRequest()) return route.fulfill({ status: 204, body: '' });
    return route.abort();
  });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  for (let attempt = 0; ; attempt++) {
    try {
      await page.evaluate(bundle);
      return page;
    } catch (error) {
      // A refresh that was aborted can still reset the execution context once.
      if (attempt >= 3 || !String(error).includes('Execution context was destroyed')) throw error;
      await page.waitForLoadState('load');
    }
  }
}
