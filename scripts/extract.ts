/**
 * Prints the items a saved page holds, one JSON line each, with the same
 * adapter code the extension runs.
 *
 *   npm run --silent extract -- --url https://www.yelp.com/biz/x page.html [--boxes] [--site <id>]
 *
 * `--site` forces an adapter (the demo page's, which no URL selects).
 *
 * Exit codes: 0 ok, 1 bad arguments or unreadable file, 2 no adapter for this page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { findAllReplyBoxes, findItems } from '@/lib/content/extract';
import { detectEditor } from '@/lib/editors/detect';
import { adapterForPage, siteById } from '@/lib/sites';

// jsdom ships no types and @types/jsdom is not a dependency: type the two names used here.
interface JsdomModule {
  JSDOM: new (html: string, options: { url: string; virtualConsole: unknown }) => { window: { document: Document } };
  VirtualConsole: new () => unknown;
}
const { JSDOM, VirtualConsole } = createRequire(import.meta.url)('jsdom') as JsdomModule;

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: extract --url <page-url> [--site <id>] [--boxes] <file.html>\n`);
  process.exit(1);
}

const args = process.argv.slice(2);
let url: string | undefined;
let file: string | undefined;
let showBoxes = false;
let siteId: string | undefined;
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--url') url = args[++i];
  else if (arg === '--boxes') showBoxes = true;
  else if (arg === '--site') siteId = args[++i];
  else if (arg.startsWith('--')) usage(`unknown option ${arg}`);
  else file = arg;
}
if (!url || !file) usage('missing --url or file');
try {
  new URL(url);
} catch {
  usage(`not a URL: ${url}`);
}

let html: string;
try {
  // Always UTF-8: some saved pages carry no charset and hold non-Latin text.
  html = readFileSync(file, 'utf8');
} catch (error) {
  usage(`cannot read ${file}: ${(error as Error).message}`);
}

// Scripts never run and linked CSS is never fetched. Inline <style> blocks are emptied too: saved
// pages carry megabytes of CSS whose parse dominates jsdom's time (7 of 10 s on the Google Maps page),
// and jsdom has no layout, so the decoy filter relies on attributes and inline styles here anyway.
const withoutCss = html.replace(/(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi, '$1$2');
const virtualConsole = new VirtualConsole();
const dom = new JSDOM(withoutCss, { url, virtualConsole });
const doc = dom.window.document;
const adapter = siteId ? siteById(siteId) : adapterForPage(doc, url);
if (siteId && !adapter) usage(`unknown site id ${siteId}`);
if (!adapter) {
  process.stderr.write(`No site adapter for ${url}: not a supported site, and no comment or review markup recognised.\n`);
  process.exit(2);
}

const lines: string[] = [];
for (const { item } of findItems(doc, adapter, url)) {
  lines.push(JSON.stringify(item));
}
if (showBoxes) {
  for (const box of findAllReplyBoxes(doc, adapter)) {
    lines.push(
      JSON.stringify({
        type: 'reply-box',
        site: adapter.id,
        editor: detectEditor(box, adapter.reply!.editor),
        tag: box.tagName.toLowerCase(),
        id: box.id || undefined,
        name: box.getAttribute('name') ?? undefined,
        ariaLabel: box.getAttribute('aria-label') ?? undefined,
      }),
    );
  }
}
process.stdout.write(lines.length ? `${lines.join('\n')}\n` : '');
