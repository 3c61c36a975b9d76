// lib/editors against the REAL editor libraries (Lexical 0.52, Draft.js 0.11.7 on React 19,
// Quill 1.3.7, a React 19 controlled textarea, a plain contenteditable) in real Chromium.
// Inserts run in a CDP isolated world, as a content script's would; assertions read each
// editor's OWN state through its API in the page's main world.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { InsertOutcome } from '@/lib/editors';
import { buildPages, bundleEditors, PAGE_ORIGIN, type PageName } from './editor-pages/build';
import { launchChromium, newPagesContext, openIsolatedWorld, type IsolatedWorld } from './editor-pages/browser';

const SINGLE = 'Thanks for the kind words, Sam!';
const MULTI = 'Thanks, Sam.\nWe fixed the checkout bug today.\nSee you soon!';
const EMOJI_RTL = 'Merci 🙏🏽 👨‍👩‍👧 שלום עליכם مرحبا بك';

let browser: Browser;
let context: BrowserContext;
let editorsBundle: string;
const outcomes: string[] = [];

beforeAll(async () => {
  const [pages, bundle] = await Promise.all([buildPages(), bundleEditors()]);
  editorsBundle = bundle;
  browser = await launchChromium();
  context = await newPagesContext(browser, pages);
});

afterAll(async () => {
  await browser?.close();
  if (outcomes.length) console.log(`editor insert outcomes:\n${outcomes.join('\n')}`);
});

/** Uncaught errors thrown by the test pages' editors (they must not break under our events). */
const pageErrors: string[] = [];
afterEach(() => {
  expect(pageErrors.splice(0)).toEqual([]);
});

async function openPage(name: PageName): Promise<{ page: Page; world: IsolatedWorld }> {
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${name}: ${error.message}`));
  await page.goto(`${PAGE_ORIGIN}/${name}`);
  await page.waitForFunction(() => typeof window.__page?.getState === 'function');
  await page.bringToFront();
  return { page, world: await openIsolatedWorld(page, editorsBundle) };
}

function insertIn(world: IsolatedWorld, selector: string, text: string, editor?: string): Promise<InsertOutcome> {
  return world.run<InsertOutcome>(
    `__rbEditors.insertReply(document.querySelector(${JSON.stringify(selector)}), ${JSON.stringify(text)}, ${JSON.stringify(editor ? { editor } : {})})`,
  );
}

/** Lines of a text, ignoring blank lines (Lexical separates paragraphs with "\n\n"). */
function lines(text: string): string[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean);
}

interface EditorCase {
  label: string;
  page: PageName;
  selector: string;
  kind: string;
  /** Reads the editor's own model text in the main world. */
  state: (page: Page) => Promise<string>;
}

const byPageApi = (page: Page) => page.evaluate(() => window.__page.getState());

const EDITORS: EditorCase[] = [
  { label: 'Lexical rich text', page: 'lexical', selector: '#rich', kind: 'lexical', state: byPageApi },
  {
    label: 'Lexical plain text',
    page: 'lexical',
    selector: '#plain',
    kind: 'lexical',
    state: (page) => page.evaluate(() => (window.__page as unknown as { getPlainState(): string }).getPlainState()),
  },
  { label: 'Draft.js (React 19)', page: 'draft', selector: '[data-testid="draft-box"]', kind: 'draftjs', state: byPageApi },
  { label: 'Quill 1.3.7', page: 'quill', selector: '.ql-editor', kind: 'quill', state: byPageApi },
  { label: 'React 19 textarea', page: 'react-textarea', selector: '#box', kind: 'textarea', state: byPageApi },
  { label: 'plain contenteditable', page: 'plain', selector: '#box', kind: 'contenteditable', state: byPageApi },
];

describe.each(EDITORS)('$label', (editor) => {
  test.each([
    ['single line', SINGLE],
    ['multi-line', MULTI],
    ['emoji and RTL', EMOJI_RTL],
  ])('%s lands in the editor state', async (caseName, text) => {
    const { page, world } = await openPage(editor.page);
    try {
      if (editor.page === 'react-textarea') await page.click('#open-reply');
      await page.waitForSelector(editor.selector);
      expect(await world.run(`__rbEditors.detectEditor(document.querySelector(${JSON.stringify(editor.selector)}))`)).toBe(editor.kind);
      const outcome = await insertIn(world, editor.selector, text);
      outcomes.push(
        `${editor.label} / ${caseName}: ${outcome.ok ? 'ok' : 'FAILED'} via ${outcome.strategy ?? '-'} (tried ${outcome.tried.join(' > ')})`,
      );
      expect(outcome.ok, outcome.message).toBe(true);
      const state = await editor.state(page);
      expect(lines(state)).toEqual(lines(text));
      if (!text.includes('\n')) expect(state.trim()).toBe(text);
      // The DOM shows the same text, and nothing was submitted.
      const shown = await page
        .locator(editor.selector)
        .evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText));
      expect(lines(shown)).toEqual(lines(text));
      expect(await page.evaluate(() => window.__page.submits)).toBe(0);
    } finally {
      await page.close();
    }
  });
});

// Every strategy on its own against every editor: which ones the editor's own state takes
// (printed for the record). A strategy whose DOM check passed must have reached the state:
// insertReply verifies through the DOM, so a DOM-only success would be a false "ok".
describe.each([
  ['multi-line', MULTI],
  ['single line', SINGLE],
])('strategy matrix (%s)', (textName, text) => {
  const STRATEGIES = [
    'value-setter',
    'exec-command-line-breaks',
    'exec-command-paragraphs',
    'paste-event',
    'beforeinput-insertText',
    'beforeinput-insertFromPaste',
    'beforeinput-insertReplacementText',
    'textinput-event',
    'dom-insert',
  ];
  const rows: string[] = [];
  afterAll(() =>
    console.log(
      `strategy matrix, ${textName} (ok = DOM verified; state = editor model has every line; !errors = the page threw):\n${rows.join('\n')}`,
    ),
  );

  test.each(EDITORS)('$label', async (editor) => {
    const cells: string[] = [];
    let opened: { page: Page; world: IsolatedWorld } | null = null;
    try {
      for (const strategy of STRATEGIES) {
        if (!opened) {
          opened = await openPage(editor.page);
          if (editor.page === 'react-textarea') await opened.page.click('#open-reply');
          await opened.page.waitForSelector(editor.selector);
        }
        const { page, world } = opened;
        const before = await editor.state(page);
        const outcome = await world.run<InsertOutcome>(
          `__rbEditors.insertReply(document.querySelector(${JSON.stringify(editor.selector)}), ${JSON.stringify(text)}, { strategies: [${JSON.stringify(strategy)}], copyOnFailure: false })`,
        );
        const state = await editor.state(page);
        const stateOk = JSON.stringify(lines(state)) === JSON.stringify(lines(text));
        // Misapplied strategies may crash an editor (Draft under execCommand): record, don't fail.
        const threw = pageErrors.splice(0).length > 0;
        const changed = state !== before;
        cells.push(
          `${strategy}=${outcome.ok ? 'ok' : 'no'}${outcome.ok || changed ? (stateOk ? '/state' : '/STATE-WRONG') : ''}${threw ? '!errors' : ''}`,
        );
        if (outcome.ok && !threw) expect(lines(state), `${editor.label} via ${strategy}`).toEqual(lines(text));
        if (threw) {
          await page.close();
          opened = null;
        } else if (outcome.ok || changed) {
          // Empty the box the way a user would (trusted keys); reload only if that fails.
          await page.focus(editor.selector);
          await page.keyboard.press('ControlOrMeta+A');
          await page.keyboard.press('Backspace');
          if ((await editor.state(page)).trim() !== '') {
            await page.close();
            opened = null;
          }
        }
      }
    } finally {
      await opened?.page.close();
    }
    rows.push(`${editor.label}: ${cells.join('  ')}`);
  });
});

describe('page objects are out of reach from the isolated world, as in a content script', () => {
  test('Lexical and Quill instances are visible in the main world only', async () => {
    const lexical = await openPage('lexical');
    const quill = await openPage('quill');
    try {
      expect(await lexical.world.run(`'__lexicalEditor' in document.querySelector('#rich')`)).toBe(false);
      expect(await lexical.page.evaluate(() => '__lexicalEditor' in document.querySelector('#rich')!)).toBe(true);
      expect(await quill.world.run(`'__quill' in document.querySelector('.ql-container')`)).toBe(false);
      expect(await quill.page.evaluate(() => '__quill' in document.querySelector('.ql-container')!)).toBe(true);
    } finally {
      await lexical.page.close();
      await quill.page.close();
    }
  });
});

// In the extension the user clicks Insert in the side panel, so the page is NOT the focused
// document. Playwright fakes focus for every page; switch that off and focus another page.
describe('while another document has the focus (as the side panel does)', () => {
  async function openUnfocused(name: PageName) {
    const opened = await openPage(name);
    const session = await context.newCDPSession(opened.page);
    await session.send('Emulation.setFocusEmulationEnabled', { enabled: false });
    const other = await context.newPage();
    await other.goto(`${PAGE_ORIGIN}/plain`);
    await other.bringToFront();
    await other.focus('#box');
    expect(await opened.page.evaluate(() => document.hasFocus())).toBe(false);
    return { ...opened, other };
  }

  test.each([
    ['lexical', '#rich'],
    ['draft', '[data-testid="draft-box"]'],
    ['plain', '#box'],
  ] as const)('%s still takes the reply', async (name, selector) => {
    const { page, world, other } = await openUnfocused(name);
    try {
      const outcome = await insertIn(world, selector, MULTI);
      expect(outcome.ok, outcome.message).toBe(true);
      expect(lines(await byPageApi(page))).toEqual(lines(MULTI));
    } finally {
      await other.close();
      await page.close();
    }
  });

  test('a read-only box: the clipboard is refused too, and the outcome says so', async () => {
    const { page, world, other } = await openUnfocused('plain');
    try {
      const outcome = await insertIn(world, '#ro', SINGLE);
      expect(outcome.ok).toBe(false);
      expect(outcome.copiedToClipboard).toBe(false);
      expect(outcome.message).toMatch(/Copy the reply from the panel/);
    } finally {
      await other.close();
      await page.close();
    }
  });
});

describe('boxes that already hold text, read-only boxes, decoys', () => {
  test('a half-done insert stops the chain: no second copy, reply on the clipboard', async () => {
    // Lexical takes only part of a multi-line execCommand edit into its state.
    const { page, world } = await openPage('lexical');
    try {
      const outcome = await world.run<InsertOutcome>(
        `__rbEditors.insertReply(document.querySelector('#rich'), ${JSON.stringify(MULTI)}, { strategies: ['exec-command-paragraphs', 'paste-event'] })`,
      );
      expect(outcome.ok).toBe(false);
      expect(outcome.tried).toEqual(['exec-command-paragraphs']);
      expect(outcome.copiedToClipboard).toBe(true);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(MULTI);
      const state = await byPageApi(page);
      expect(state.split('See you soon!').length - 1).toBeLessThanOrEqual(1);
    } finally {
      await page.close();
    }
  });

  test('a textarea with a draft keeps it and gets the reply after it', async () => {
    const { page, world } = await openPage('plain');
    try {
      const outcome = await insertIn(world, '#prefilled', 'thanks for writing!');
      expect(outcome.ok).toBe(true);
      expect(await page.inputValue('#prefilled')).toBe('Hi @Sam thanks for writing!');
    } finally {
      await page.close();
    }
  });

  test('a contenteditable with text gets the reply appended, line breaks kept', async () => {
    const { page, world } = await openPage('lexical');
    try {
      await page.click('#rich');
      await page.keyboard.type('@Sam');
      const outcome = await insertIn(world, '#rich', MULTI);
      expect(outcome.ok).toBe(true);
      expect(lines(await byPageApi(page))).toEqual(lines(`@Sam ${MULTI}`));
    } finally {
      await page.close();
    }
  });

  test('a same-origin iframe editor (designMode-style body) takes the reply', async () => {
    const { page, world } = await openPage('plain');
    try {
      await page.frameLocator('#frame').locator('body').waitFor();
      expect(await world.run(`__rbEditors.detectEditor(document.querySelector('#frame'))`)).toBe('iframe');
      const outcome = await insertIn(world, '#frame', MULTI);
      expect(outcome.ok, outcome.message).toBe(true);
      const text = await page
        .frameLocator('#frame')
        .locator('body')
        .evaluate((body) => (body as HTMLElement).innerText);
      expect(lines(text)).toEqual(lines(MULTI));
    } finally {
      await page.close();
    }
  });

  test('a single-line input gets the lines joined with spaces', async () => {
    const { page, world } = await openPage('plain');
    try {
      const outcome = await insertIn(world, '#single', MULTI);
      expect(outcome.ok).toBe(true);
      expect(await page.inputValue('#single')).toBe(MULTI.replace(/\n/g, ' '));
    } finally {
      await page.close();
    }
  });

  test.each([['#ro'], ['#ro-ce']])('read-only box %s is left alone and the reply goes to the clipboard', async (selector) => {
    const { page, world } = await openPage('plain');
    try {
      await page.evaluate(() => navigator.clipboard.writeText('something else'));
      const before = await page.locator(selector).evaluate((el) => (el as HTMLTextAreaElement).value ?? el.textContent);
      const outcome = await insertIn(world, selector, MULTI);
      expect(outcome.ok).toBe(false);
      expect(outcome.copiedToClipboard).toBe(true);
      expect(outcome.message).toMatch(/clipboard/);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(MULTI);
      expect(await page.locator(selector).evaluate((el) => (el as HTMLTextAreaElement).value ?? el.textContent)).toBe(before);
    } finally {
      await page.close();
    }
  });

  test('Reply opens the box: the opener clicks it, waits for the usable box, and the hidden decoy stays empty', async () => {
    const { page, world } = await openPage('react-textarea');
    try {
      const outcome = await world.run<InsertOutcome & { boxId: string }>(`(async () => {
        const e = __rbEditors;
        const usableBox = () => [...document.querySelectorAll('textarea')].find((box) => e.isUsableEditor(box));
        const opened = await e.openOwnBox(document.querySelector('#open-reply'), usableBox, new AbortController().signal);
        if (!opened.box) return { ok: false, tried: [], message: opened.failure, boxId: '' };
        return { ...(await e.insertReply(opened.box, ${JSON.stringify(SINGLE)})), boxId: opened.box.id };
      })()`);
      expect(outcome.boxId).toBe('box');
      expect(outcome.ok).toBe(true);
      expect(await byPageApi(page)).toBe(SINGLE);
      expect(await page.inputValue('#decoy')).toBe('');
      // The site's own Post button now works (React enabled it from its state); we never press it.
      expect(await page.isEnabled('#post')).toBe(true);
      expect(await page.evaluate(() => window.__page.submits)).toBe(0);
    } finally {
      await page.close();
    }
  });

  test('waiting for a box gives up with undefined when none appears', async () => {
    const { page, world } = await openPage('plain');
    try {
      const found = await world.run(
        `__rbEditors.waitForDom(() => document.querySelector('#nothing') ?? undefined, 300).then((b) => b === undefined)`,
      );
      expect(found).toBe(true);
    } finally {
      await page.close();
    }
  });
});

// The saved pages' real reply boxes, with the page's own scripts stripped (so: no editor JS,
// just the DOM) and every subresource refused. lib/editors runs in an isolated world.
describe('saved pages: the real reply boxes', () => {
  const FIXTURES = [
    {
      file: 'facebook/photo-composer-2023.html',
      url: 'https://www.facebook.com/photo/?fbid=1',
      box: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"][aria-label="Write a comment"]',
      kind: 'lexical',
      lands: true,
    },
    {
      file: 'x/home-timeline-2025.html',
      url: 'https://x.com/home',
      box: '[data-testid="tweetTextarea_0"][contenteditable="true"]',
      kind: 'draftjs',
      lands: true,
    },
    {
      // 2018 Polymer: the simplebox is a placeholder that YouTube's JS swaps for the real
      // contenteditable on click; without that JS there is nothing to type into.
      file: 'youtube/watch-comments-2018.html',
      url: 'https://www.youtube.com/watch?v=fixture',
      box: 'ytd-comment-simplebox-renderer #placeholder-area',
      kind: 'none',
      lands: false,
    },
    {
      file: 'instagram/post-2025.html',
      url: 'https://www.instagram.com/p/fixture/',
      box: 'textarea[aria-label="Add a comment…"]',
      kind: 'textarea',
      lands: true,
    },
    {
      file: 'wordpress/recipe-blog-comments-2020.html',
      url: 'https://foxyfolksy.com/buttercream/',
      box: '#respond textarea#comment',
      kind: 'textarea',
      lands: true,
    },
  ] as const;
  const rows: string[] = [];
  afterAll(() => console.log(`saved pages:\n${rows.join('\n')}`));

  test.each(FIXTURES)('$file', async (fixture) => {
    const { readFile } = await import('node:fs/promises');
    const path = await import('node:path');
    const { REPO_ROOT } = await import('./editor-pages/build');
    const raw = await readFile(path.join(REPO_ROOT, '..', 'shared', 'fixtures', fixture.file), 'utf8');
    const html = raw.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '');
    const fixtureContext = await browser.newContext();
    try {
      await fixtureContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(fixture.url).origin });
      await fixtureContext.route('**/*', (route) =>
        route.request().url() === fixture.url
          ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
          : route.abort(),
      );
      const page = await fixtureContext.newPage();
      await page.goto(fixture.url, { waitUntil: 'domcontentloaded' });
      await page.bringToFront();
      const world = await openIsolatedWorld(page, editorsBundle);
      const result = await world.run<InsertOutcome & { kind: string; text: string; count: number }>(`(async () => {
        const boxes = document.querySelectorAll(${JSON.stringify(fixture.box)});
        const box = boxes[0];
        const kind = __rbEditors.detectEditor(box);
        const outcome = await __rbEditors.insertReply(box, ${JSON.stringify(MULTI)});
        const el = __rbEditors.resolveEditable(box) ?? box;
        return { ...outcome, kind, count: boxes.length, text: el instanceof HTMLTextAreaElement ? el.value : el.innerText };
      })()`);
      rows.push(
        `${fixture.file}: detected ${result.kind}; ${result.ok ? `landed via ${result.strategy}` : `not inserted (${result.message}); clipboard=${String(result.copiedToClipboard)}`}; tried ${result.tried.join(' > ') || '-'}`,
      );
      expect(result.count).toBe(1);
      expect(result.kind).toBe(fixture.kind);
      expect(result.ok).toBe(fixture.lands);
      if (fixture.lands) {
        expect(lines(result.text)).toEqual(lines(MULTI));
      } else {
        expect(result.copiedToClipboard).toBe(true);
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(MULTI);
        expect(result.text).not.toContain('checkout bug');
      }
    } finally {
      await fixtureContext.close();
    }
  });
});
