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
import { extractPage } from './extract-page';

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

const result = extractPage(html, url, { boxes: showBoxes, siteId });
if (!result.ok) {
  if (result.exitCode === 1) usage(result.message);
  process.stderr.write(`${result.message}\n`);
  process.exit(result.exitCode);
}
// JSON.stringify drops the undefined fields, as the printed lines always have.
process.stdout.write(result.lines.length ? `${result.lines.map((line) => JSON.stringify(line)).join('\n')}\n` : '');
