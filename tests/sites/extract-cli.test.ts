import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ItemSchema, type Item } from '@/lib/sites/item';
import { extractPage } from '../../scripts/extract-page';
import { checkAgainstExpected } from './check';
import { loadCases, ROOT } from './harness';

/*
 * The extract CLI's reading of every saved page (jsdom), against the same expected files as the
 * Chromium suite; plus the unknown-page exit code and --boxes. Every page goes through the CLI's
 * own function (scripts/extract-page.ts) in this process; the CLI itself, as a user runs it, is
 * started for a few pages, so its arguments, output lines and exit codes are covered without 33
 * processes of about 2.5 s of CPU each.
 */

const TSX = join(ROOT, 'node_modules/.bin/tsx');

/** Runs the CLI as a user would; async, so pages are parsed side by side on both cores. */
function runCli(args: string[]): Promise<{ status: number | null; stderr: string; lines: Record<string, unknown>[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [join(ROOT, 'scripts/extract.ts'), ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      const lines = stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      resolve({ status, stderr, lines });
    });
  });
}

type Case = ReturnType<typeof loadCases>[number];

function checkLines(c: Case, lines: Record<string, unknown>[], expect: import('vitest').ExpectStatic) {
  const items = lines.filter((line) => line.type !== 'reply-box').map((line) => ItemSchema.parse(line) as Item);
  for (const item of items) expect(item.site).toBe(c.expected.site);
  checkAgainstExpected(items, c.expected);
  const boxes = lines.filter((line) => line.type === 'reply-box');
  expect(boxes.length).toBe(c.expected.boxes);
  if (c.expected.boxes > 0) expect(boxes.map((b) => b.editor)).toContain(c.expected.replyBox.editor);
}

const CASES = loadCases();
/** Run as a process too: a page with items and boxes, so the printed lines are checked as printed. */
const BY_PROCESS = new Set(['reddit/shreddit-post-2025']);

describe("extract on every saved page (the CLI's own function)", () => {
  for (const c of CASES) {
    it(`${c.name}: ${c.expected.count} items, ${c.expected.boxes} boxes`, { timeout: 120_000 }, ({ expect }) => {
      const result = extractPage(readFileSync(c.pagePath, 'utf8'), c.expected.url, {
        boxes: true,
        siteId: c.expected.pickSiteById ? c.expected.site : undefined,
      });
      if (!result.ok) throw new Error(result.message);
      // Through JSON, as the CLI prints them.
      checkLines(
        c,
        result.lines.map((line) => JSON.parse(JSON.stringify(line)) as Record<string, unknown>),
        expect,
      );
    });
  }
  it('lists only the box a person could type into, not the decoys', ({ expect }) => {
    const html = readFileSync(join(ROOT, 'tests/sites/pages/decoy-boxes.html'), 'utf8');
    const result = extractPage(html, 'https://blog.example.org/post/', { boxes: true });
    if (!result.ok) throw new Error(result.message);
    const boxes = result.lines.filter((line) => line.type === 'reply-box').map((line) => JSON.parse(JSON.stringify(line)));
    expect(boxes).toEqual([
      { type: 'reply-box', site: 'wordpress', editor: 'textarea', tag: 'textarea', id: 'comment', name: 'comment', ariaLabel: 'Comment' },
    ]);
  });
});

describe.concurrent('extract CLI', () => {
  for (const c of CASES.filter((c) => BY_PROCESS.has(c.name))) {
    it(`${c.name}: run as a user would`, { timeout: 240_000 }, async ({ expect }) => {
      const args = ['--boxes', '--url', c.expected.url, c.pagePath];
      if (c.expected.pickSiteById) args.push('--site', c.expected.site);
      const { status, stderr, lines } = await runCli(args);
      expect(stderr).toBe('');
      expect(status).toBe(0);
      checkLines(c, lines, expect);
    });
  }

  it('knows the pages it is run on by process', ({ expect }) => {
    expect(
      CASES.filter((c) => BY_PROCESS.has(c.name))
        .map((c) => c.name)
        .sort(),
    ).toEqual([...BY_PROCESS].sort());
  });

  it('exits 2 with a message for a page no adapter knows', async ({ expect }) => {
    const { status, stderr, lines } = await runCli(['--url', 'https://bakery.example/about', join(ROOT, 'tests/sites/pages/plain.html')]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/No site adapter for https:\/\/bakery\.example\/about/);
    expect(lines).toEqual([]);
  });

  it('rejects a missing --url with exit 1', async ({ expect }) => {
    const { status, stderr } = await runCli([join(ROOT, 'tests/sites/pages/plain.html')]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/usage/);
  });
});
