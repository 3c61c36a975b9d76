import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SAMPLE_PROFILE } from '@/lib/settings/schema';
import { buildPage, FACEBOOK, urlOf, X } from './insert-pages/cases';
import {
  launchWithExtension,
  readFixture,
  readTabStates,
  startSiteServer,
  storeSettings,
  waitUntil,
  type LaunchedExtension,
  type SiteServer,
} from './harness';

/*
 * Replybook in the sites' own reply boxes, through the built extension in Chromium: the chip
 * beside the box (turned on in Settings for the demo page and Facebook, as a user would) with the
 * draft check and the top suggestion, taken into the box with a real mouse click; and a typed
 * shortcut expanded with the item's variables, in a textarea (undone with Ctrl+Z) and in
 * Facebook's Lexical markup on a saved page. The chip is in a closed shadow root: the test reaches
 * it the way only the browser can, through the DevTools protocol (DOM.getDocument with pierce).
 */

const FACEBOOK_URL = 'https://www.facebook.com/profile.php?id=100014240148217';
const INSTAGRAM_URL = 'https://www.instagram.com/p/DFy470Lo5SAetcuPIQWGyesaEuX0yUmyTxjKC80/';
const THANKS = 'Thanks so much, {{firstName}}! — {{brand}}';
const QUOTE = 'About "{{quote}}": noted, {{author}}.';

interface DomNode {
  nodeId: number;
  localName?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  shadowRootType?: string;
}

/** The chip's (closed) shadow root on the page, or undefined when no chip is drawn. */
async function chipRoot(cdp: CDPSession): Promise<number | undefined> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const stack: DomNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.localName === 'replybook-chip') {
      const shadow = node.shadowRoots?.[0];
      expect(shadow?.shadowRootType).toBe('closed');
      return shadow?.nodeId;
    }
    stack.push(...(node.children ?? []), ...(node.shadowRoots ?? []));
  }
  return undefined;
}

/** The text of the first element matching `selector` in the chip, or undefined. */
async function chipText(cdp: CDPSession, selector: string): Promise<string | undefined> {
  const rootId = await chipRoot(cdp);
  if (!rootId) return undefined;
  const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: rootId, selector })) as { nodeId: number };
  if (!nodeId) return undefined;
  const { outerHTML } = (await cdp.send('DOM.getOuterHTML', { nodeId })) as { outerHTML: string };
  return outerHTML
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** Clicks the middle of an element in the chip with the mouse, as a person would. */
async function clickInChip(page: Page, cdp: CDPSession, selector: string): Promise<void> {
  const rootId = await chipRoot(cdp);
  const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: rootId!, selector })) as { nodeId: number };
  expect(nodeId, `${selector} in the chip`).toBeGreaterThan(0);
  // The card scrolls when the reply is long, as a person would scroll it.
  await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId });
  const { model } = (await cdp.send('DOM.getBoxModel', { nodeId })) as { model: { content: number[] } };
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the chip and shortcuts in the sites’ own reply boxes', () => {
  let server: SiteServer;
  let ext: LaunchedExtension;

  beforeAll(async () => {
    const hosts = ['www.facebook.com', 'www.instagram.com', 'x.com'];
    server = await startSiteServer(hosts);
    // Pages hosting the sites' real editor libraries (tests/e2e/insert-pages): Lexical with its history, Draft.js on React 19.
    for (const spec of [FACEBOOK, X]) server.setPage(spec.host, spec.path, await buildPage(spec), { scripts: true });
    server.setPage('www.facebook.com', '/profile.php', readFixture('facebook/profile-comments-lexical-zh-2024.html'));
    server.setPage('www.instagram.com', '/p/DFy470Lo5SAetcuPIQWGyesaEuX0yUmyTxjKC80/', readFixture('instagram/post-2025.html'));
    ext = await launchWithExtension({ hosts, port: server.port });
    await storeSettings(ext, { profile: SAMPLE_PROFILE, onboarded: true, followUpDays: 3, sites: {}, extraSites: [] });

    // Turned on in Settings, as the user would: the chip for the demo page and Facebook, two shortcuts.
    const settings = await ext.newWindowPage();
    await ext.goto(settings, `chrome-extension://${ext.extensionId}/dashboard.html#/settings`);
    const form = settings.getByRole('form', { name: 'Reply boxes' });
    await form.getByRole('checkbox', { name: 'The demo page' }).check();
    await form.getByRole('checkbox', { name: 'Facebook' }).check();
    for (const [index, name, phrase] of [
      [1, ';thanks', THANKS],
      [2, ';quote', QUOTE],
    ] as const) {
      await form.getByRole('button', { name: 'Add shortcut' }).click();
      await form.getByRole('textbox', { name: `Shortcut ${index}`, exact: true }).fill(name);
      await form.getByRole('textbox', { name: `Phrase for shortcut ${index}` }).fill(phrase);
    }
    await form.getByRole('button', { name: 'Save reply box settings' }).click();
    await form.getByText('Reply box settings saved.').waitFor();
    await settings.close();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  async function openAndRead(url: string, siteId: string): Promise<Page> {
    const page = await ext.newWindowPage();
    page.on('console', (m) => m.text().includes('replybook') && console.log('PAGE', m.text()));
    await ext.goto(page, url);
    await waitUntil(
      async () => (await readTabStates(ext.serviceWorker)).some((tab) => tab.siteId === siteId && tab.items.length > 0),
      20_000,
      `${siteId} items read`,
    );
    return page;
  }

  test('demo page: typing shows the chip with the draft check; its suggestion replaces the draft; nothing is posted', async () => {
    const demo = await openAndRead(`chrome-extension://${ext.extensionId}/demo.html`, 'demo');
    const cdp = await ext.context.newCDPSession(demo);
    const item = demo.locator('article[data-item-id="r-102"]');
    await item.locator('.rb-demo-reply').click();
    const box = item.locator('textarea.rb-demo-box');
    await box.pressSequentially('Actually, you are wrong.');
    await expect.poll(async () => (await chipText(cdp, '.pill')) ?? '', { timeout: 30_000 }).toMatch(/^Replybook · /);
    expect(await chipRoot(cdp)).toBeDefined();
    // The page sees an empty element: nothing about the item, the draft or the reply in its markup.
    const host = await demo.evaluate(() => {
      const el = document.querySelector('replybook-chip')!;
      return { html: el.outerHTML, shadow: el.shadowRoot === null, attrs: [...el.attributes].map((a) => a.name) };
    });
    expect(host.shadow).toBe(true);
    expect(host.attrs.sort()).toEqual(['data-rb-chip', 'style']);
    expect(host.html).not.toMatch(/\bTom\b|flat white|wrong|sorry/);

    await clickInChip(demo, cdp, '.pill');
    const check = (await chipText(cdp, 'section[aria-label="Draft check"]'))!;
    expect(check).toContain('Draft check');
    expect(check).toMatch(/defensive|Check:/);
    const suggestion = (await chipText(cdp, '.reply'))!;
    expect(suggestion.length).toBeGreaterThan(20);
    expect(suggestion).toMatch(/Tom/);

    await clickInChip(demo, cdp, '.use');
    await expect.poll(() => box.inputValue()).toBe(suggestion);
    // The site's Post was never pressed: the composer is still there.
    expect(await item.locator('.rb-demo-post').count()).toBe(1);
    expect(await item.locator('.rb-demo-text').allInnerTexts()).not.toContain(`You replied: ${suggestion}`);
    await demo.close();
  });

  test('demo page: ";thanks" in a textarea becomes the phrase for that item, and Ctrl+Z brings the shortcut back', async () => {
    const demo = await openAndRead(`chrome-extension://${ext.extensionId}/demo.html`, 'demo');
    const item = demo.locator('article[data-item-id="r-101"]');
    await item.locator('.rb-demo-reply').click();
    const box = item.locator('textarea.rb-demo-box');
    await box.pressSequentially('Hi ;thanks ');
    await expect.poll(() => box.inputValue()).toBe('Hi Thanks so much, Priya! — Harbor & Pine Coffee ');
    await demo.keyboard.press('Control+z');
    await expect.poll(() => box.inputValue()).toBe('Hi ;thanks ');
    // A word that only starts with a shortcut's name is left alone.
    await box.fill('');
    await box.pressSequentially('see ;thanksgiving ');
    await demo.waitForTimeout(300);
    expect(await box.inputValue()).toBe('see ;thanksgiving ');
    await demo.close();
  });

  test('Facebook (saved page, Lexical markup): a shortcut expands in the post’s comment box with the post’s author, and the chip’s suggestion goes in', async () => {
    const page = await openAndRead(FACEBOOK_URL, 'facebook');
    const cdp = await ext.context.newCDPSession(page);
    const post = page.locator('div[role="article"]', { hasText: '有辦法換封面不發文嗎' }).first();
    const box = post.locator('[data-lexical-editor="true"]').first();
    await box.click();
    await page.keyboard.type('Happy birthday ;thanks ');
    await expect.poll(async () => squash(await box.innerText())).toBe('Happy birthday Thanks so much, 胡廷安! — Harbor & Pine Coffee');
    // Only the box typed in changed.
    const others = await page.locator('[data-lexical-editor="true"]').allInnerTexts();
    expect(others.filter((text) => text.includes('Thanks so much'))).toHaveLength(1);

    await expect.poll(async () => (await chipText(cdp, '.pill')) ?? '', { timeout: 30_000 }).toMatch(/^Replybook · /);
    await clickInChip(page, cdp, '.pill');
    const suggestion = (await chipText(cdp, '.reply'))!;
    expect(suggestion.length).toBeGreaterThan(10);
    await clickInChip(page, cdp, '.use');
    await expect.poll(async () => squash(await box.innerText())).toBe(squash(suggestion));
    await page.close();
  });

  test('Instagram (saved page, one comment box per post): the @mention picks the comment a shortcut fills from; no chip where it is off', async () => {
    const page = await openAndRead(INSTAGRAM_URL, 'instagram');
    const cdp = await ext.context.newCDPSession(page);
    const box = page.locator('textarea[aria-label="Add a comment…"]:not([aria-hidden="true"])').first();
    await box.click();
    await page.keyboard.type('@hasham_zaman ;quote ');
    await expect.poll(() => box.inputValue()).toBe('@hasham_zaman About "Kya pics li hain mey ne😍": noted, hasham_zaman. ');
    await page.waitForTimeout(600);
    expect(await chipRoot(cdp)).toBeUndefined();
    await page.close();
  });

  /** Each reply box's text as the editor's own model holds it (insert-pages/thread-api.ts). */
  const modelTexts = (page: Page) => page.evaluate(() => window.__thread.texts());

  test('Facebook with live Lexical: ";thanks" is replaced in the editor\'s own model, Ctrl+Z brings it back, and the chip\'s suggestion goes in from the keyboard', async () => {
    const page = await openAndRead(urlOf(FACEBOOK), 'facebook');
    const cdp = await ext.context.newCDPSession(page);
    const comment = page.locator('[data-thread][data-key="c1"]');
    await comment.locator('ul div[role="button"]:not([aria-label])').click();
    const box = comment.locator('form [role="textbox"]');
    await box.click();
    await page.keyboard.type('Hi ;thanks ');
    await expect.poll(async () => (await modelTexts(page)).c1).toBe('Hi Thanks so much, Pappu! — Harbor & Pine Coffee ');
    expect((await modelTexts(page)).post).toBe('');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await modelTexts(page)).c1).toBe('Hi ;thanks ');

    // Keyboard only: Alt+Shift+R from the box opens the chip on "Use this reply"; Enter takes it.
    await expect.poll(async () => (await chipText(cdp, '.pill')) ?? '', { timeout: 30_000 }).toMatch(/^Replybook · /);
    await page.keyboard.press('Alt+Shift+KeyR');
    const suggestion = (await chipText(cdp, '.reply'))!;
    expect(suggestion).toMatch(/Pappu/);
    await page.keyboard.press('Enter');
    await expect.poll(async () => squash((await modelTexts(page)).c1 ?? '')).toBe(squash(suggestion));
    // The keyboard is back in the box.
    expect(await box.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))).toBe(true);
    expect(await page.evaluate(() => window.__thread.submits)).toBe(0);
    await page.close();
  });

  test('X with live Draft.js: ";thanks" in the reply dialog becomes the phrase for the post it answers', async () => {
    const page = await openAndRead(urlOf(X), 'x');
    await page.locator('[data-key="c2"] [data-testid="reply"]').click();
    const box = page.locator('[role="dialog"] [contenteditable="true"]');
    await box.click();
    await page.keyboard.type('Sorry ;thanks ');
    await expect.poll(async () => (await modelTexts(page)).c2).toBe('Sorry Thanks so much, Lena! — Harbor & Pine Coffee ');
    expect(await page.evaluate(() => window.__thread.submits)).toBe(0);
    await page.close();
  });

  test('nothing left the browser', () => {
    expect(ext.unexpectedRequests).toEqual([]);
  });
});
