/**
 * Scaffolds a new site adapter, the steps lib/sites/README.md describes:
 *
 *   npm run new:site -- <id> [--name "Display name"] [--match "https://www.example.com/*"]... [--case page-2026]
 *
 * Writes lib/sites/<id>.ts (an adapter with placeholder selectors), entrypoints/<id>.content.ts,
 * tests/sites/<id>/<case>.expected.json (a stub the conventions test refuses until filled in)
 * and registers the adapter in lib/sites/index.ts. Refuses to overwrite anything.
 *
 * Exit codes: 0 written, 1 bad arguments or a file already there.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface NewSite {
  /** Slug: file name, entrypoint, tests folder, settings key. */
  id: string;
  name: string;
  matches: string[];
  /** The saved page's name under ../shared/fixtures/<id>/ (without .html). */
  caseName: string;
}

const ID_PATTERN = /^[a-z][a-z0-9-]{0,39}$/;
/** The same shape SiteAdapterSchema accepts. */
const MATCH_PATTERN = /^(\*|https?):\/\/(\*|(\*\.)?[a-z0-9.-]+)\/.*$/;
const HOST_SITES_START = 'export const HOST_SITES: readonly SiteAdapter[] = [';

/** `google-maps` → `googleMaps`: the adapter's export name. */
export function exportNameOf(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

export function siteFileFor(site: NewSite): string {
  return `import { defineSite } from './define-site';

// ${site.name}: TODO say which page variants (and years) these selectors were read from.
export const ${exportNameOf(site.id)} = defineSite({
  id: '${site.id}',
  name: '${site.name.replace(/['\\]/g, '\\$&')}',
  matches: [${site.matches.map((pattern) => `'${pattern}'`).join(', ')}],
  items: [
    {
      kind: 'comment',
      container: ['article[data-comment-id]'], // TODO the saved page's comment element
      id: [':scope@data-comment-id'],
      author: ['.author'],
      text: ['.text'],
      time: ['time[datetime]'],
    },
  ],
  // TODO reply (open, box, place, editor) where the page has a reply box, else repliesElsewhere;
  // replyLimit where the site states one (else generic's applies); directMessages where people can be messaged.
  expectsItems: ['[data-comment-id]'],
});
`;
}

export function contentScriptFor(site: NewSite): string {
  const name = exportNameOf(site.id);
  return `import { defineContentScript } from 'wxt/utils/define-content-script';
import { guardContext } from '@/lib/content/context-guard';
import { runSite } from '@/lib/content/run-site';
import { ${name} } from '@/lib/sites/${site.id}';

export default defineContentScript({
  matches: [...${name}.matches],
  // At the end of parsing, not at idle: the page is read and reported that much sooner; what the
  // site renders later, the tracker's observer sees.
  runAt: 'document_end',
  // WXT would otherwise post a message naming the extension id to the page (see lib/content/context-guard.ts).
  noScriptStartedPostMessage: true,
  main: (ctx) => runSite(guardContext(ctx, '${site.id}'), ${name}),
});
`;
}

/** Marks an expected file nobody has filled in yet; the conventions test fails while one is left. */
export const STUB_NOTE = 'STUB';

export function expectedStubFor(site: NewSite): string {
  const stub = {
    page: `${site.id}/${site.caseName}.html`,
    url: site.matches[0]!.replace(/^\*:/, 'https:').replace('://*.', '://www.').replace(/\*$/, ''),
    site: site.id,
    count: 0,
    items: [],
    replyBox: { open: false, box: false, editor: 'none' },
    boxes: 0,
    notes: `${STUB_NOTE}: save the page as ../shared/fixtures/${site.id}/${site.caseName}.html (with its .json), set url to its address, then count, items and the reply box as read on the page.`,
  };
  return `${JSON.stringify(stub, null, 2)}\n`;
}

/** lib/sites/index.ts with the adapter imported and appended to HOST_SITES. */
export function registerIn(indexSource: string, id: string): string {
  const name = exportNameOf(id);
  const imports = [...indexSource.matchAll(/^import .* from '\.\/[^']+';$/gm)];
  const last = imports.at(-1);
  const start = indexSource.indexOf(HOST_SITES_START);
  if (!last || start < 0) throw new Error(`lib/sites/index.ts: cannot find its imports or "${HOST_SITES_START}"`);
  const end = indexSource.indexOf('\n];', start);
  if (end < 0) throw new Error('lib/sites/index.ts: HOST_SITES has no closing "];"');
  const afterImports = last.index! + last[0].length;
  return (
    indexSource.slice(0, afterImports) +
    `\nimport { ${name} } from './${id}';` +
    indexSource.slice(afterImports, end) +
    `\n  ${name},` +
    indexSource.slice(end)
  );
}

/** Checks the arguments; the problem in words, or undefined. */
export function problemWith(site: NewSite): string | undefined {
  if (!ID_PATTERN.test(site.id)) return `site id "${site.id}" must be lower-case letters, digits and dashes (like google-maps)`;
  if (site.matches.length === 0) return 'at least one --match pattern is needed';
  const bad = site.matches.find((pattern) => !MATCH_PATTERN.test(pattern));
  if (bad) return `"${bad}" is not a match pattern like https://www.example.com/*`;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(site.caseName)) return `case name "${site.caseName}" must be lower-case letters, digits and dashes`;
  return undefined;
}

/** Writes the four pieces under `root` (the repository); returns the paths written. Throws before writing anything if one exists. */
export function scaffoldSite(root: string, site: NewSite): string[] {
  const problem = problemWith(site);
  if (problem) throw new Error(problem);
  const indexPath = join(root, 'lib/sites/index.ts');
  const files: Array<[string, string]> = [
    [join(root, 'lib/sites', `${site.id}.ts`), siteFileFor(site)],
    [join(root, 'entrypoints', `${site.id}.content.ts`), contentScriptFor(site)],
    [join(root, 'tests/sites', site.id, `${site.caseName}.expected.json`), expectedStubFor(site)],
  ];
  const taken = [...files.map(([path]) => path), join(root, 'tests/sites', site.id)].find((path) => existsSync(path));
  if (taken) throw new Error(`${taken} already exists: nothing was written`);
  const index = readFileSync(indexPath, 'utf8');
  if (new RegExp(`from '\\./${site.id}'`).test(index))
    throw new Error(`lib/sites/index.ts already registers ${site.id}: nothing was written`);
  const registered = registerIn(index, site.id);
  for (const [path, text] of files) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  writeFileSync(indexPath, registered);
  return [...files.map(([path]) => path), indexPath];
}

function main(argv: string[]): number {
  const usage = 'usage: npm run new:site -- <id> [--name "Display name"] [--match "https://www.example.com/*"]... [--case page-2026]';
  let id: string | undefined;
  let name: string | undefined;
  let caseName = 'first-page';
  const matches: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--name') name = argv[++i];
    else if (arg === '--match') matches.push(argv[++i] ?? '');
    else if (arg === '--case') caseName = argv[++i] ?? '';
    else if (arg.startsWith('--')) {
      process.stderr.write(`unknown option ${arg}\n${usage}\n`);
      return 1;
    } else id = arg;
  }
  if (!id) {
    process.stderr.write(`missing the site id\n${usage}\n`);
    return 1;
  }
  const site: NewSite = {
    id,
    name: name ?? id.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => (dash ? ' ' : '') + c.toUpperCase()),
    matches: matches.length > 0 ? matches : [`https://www.${id}.com/*`],
    caseName,
  };
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  try {
    for (const path of scaffoldSite(root, site)) process.stdout.write(`wrote ${path.slice(root.length + 1)}\n`);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 1;
  }
  process.stdout.write(
    [
      '',
      'Next:',
      `  1. save a page as ../shared/fixtures/${site.id}/${caseName}.html (and its .json), and set the stub's url to its address;`,
      `  2. replace the placeholder selectors in lib/sites/${site.id}.ts by reading that page (npm run --silent extract -- --url <url> <page> --boxes);`,
      `  3. fill tests/sites/${site.id}/${caseName}.expected.json from the page (and drop its STUB note);`,
      "  4. add the host to the conventions test's list of hosts we ask access to (tests/unit/conventions.test.ts).",
      '',
    ].join('\n'),
  );
  return 0;
}

// Run only as a script (the conventions test imports the templates).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exit(main(process.argv.slice(2)));
