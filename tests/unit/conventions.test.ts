// @vitest-environment node
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SiteAdapterSchema, type SiteAdapter } from '@/lib/sites/schema';
import { HOST_SITES, MARKUP_SITES, SITES } from '@/lib/sites';
import { contentScriptFor, scaffoldSite, STUB_NOTE, type NewSite } from '../../scripts/new-site';

/*
 * Meta-test (after refined-github's build/features.test.ts): every registered
 * site has its adapter file, a content-script entry, a page to test on and an
 * expected file; ids are unique and match file names; adapters validate.
 */

const ROOT = resolve(__dirname, '../..');
const FIXTURES = resolve(ROOT, '../shared/fixtures');
const SITE_TESTS = join(ROOT, 'tests/sites');

function expectedFilesOf(siteId: string): Array<{ file: string; page: string; site: string; notes?: string }> {
  const dir = join(SITE_TESTS, siteId);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.expected.json'))
    .map((file) => ({ file, ...(JSON.parse(readFileSync(join(dir, file), 'utf8')) as { page: string; site: string; notes?: string }) }));
}

describe('site conventions', () => {
  it('registers each id once', () => {
    const ids = SITES.map((site) => site.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const site of SITES) {
    describe(site.id, () => {
      it('validates against the adapter schema', () => {
        expect(() => SiteAdapterSchema.parse(site)).not.toThrow();
      });

      it('lives in lib/sites/<id>.ts', () => {
        const source = readFileSync(join(ROOT, 'lib/sites', `${site.id}.ts`), 'utf8');
        expect(source).toContain(`id: '${site.id}'`);
      });

      it('has a content-script entry', () => {
        if (HOST_SITES.includes(site)) {
          const entry = readFileSync(join(ROOT, 'entrypoints', `${site.id}.content.ts`), 'utf8');
          expect(entry).toMatch(/defineContentScript/);
          expect(entry).toMatch(new RegExp(`from '@/lib/sites/${site.id}'`));
          expect(site.matches.length).toBeGreaterThan(0);
        } else if (MARKUP_SITES.includes(site) || site.id === 'generic') {
          // Recognised by markup on any host: the one runtime-registered blogs script picks them.
          const entry = readFileSync(join(ROOT, 'entrypoints/blogs.content.ts'), 'utf8');
          expect(entry).toMatch(/registration: 'runtime'/);
          expect(entry).toMatch(/adapterForMarkup/);
          expect(site.matches).toEqual([]);
          expect(site.detect?.length).toBeGreaterThan(0);
        } else {
          // The demo: runs on the extension's own page, which wires it by id (entrypoints/demo/).
          expect(site.wiredByPage).toBe(true);
          expect(existsSync(join(ROOT, 'entrypoints', site.id))).toBe(true);
          expect(site.matches).toEqual([]);
        }
      });

      it('has at least one page and an expected file for it', () => {
        const expected = expectedFilesOf(site.id);
        expect(expected.length).toBeGreaterThan(0);
        for (const { file, page, site: siteId, notes } of expected) {
          expect(siteId, file).toBe(site.id);
          // A scaffolded stub (npm run new:site) must be filled in from the saved page.
          expect(notes?.startsWith(STUB_NOTE), `${file} is still a stub`).not.toBe(true);
          const pagePath = page.startsWith('tests/') ? join(ROOT, page) : join(FIXTURES, page);
          expect(existsSync(pagePath), `${file} → ${page}`).toBe(true);
          if (!page.startsWith('tests/')) {
            // Saved pages keep their fixture name: tests/sites/<site>/<case>.expected.json ↔ fixtures/<site>/<case>.html
            expect(page).toBe(`${site.id}/${file.replace('.expected.json', '.html')}`);
          }
        }
      });
    });
  }

  it('has an expected file for every saved page of a supported site', () => {
    const supported = new Set(SITES.map((site) => site.id));
    const missing: string[] = [];
    for (const dir of readdirSync(FIXTURES, { withFileTypes: true })) {
      if (!dir.isDirectory() || !supported.has(dir.name)) continue;
      for (const file of readdirSync(join(FIXTURES, dir.name)).filter((f) => f.endsWith('.html'))) {
        if (!existsSync(join(SITE_TESTS, dir.name, file.replace('.html', '.expected.json')))) missing.push(`${dir.name}/${file}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('asks for host access only to supported sites', () => {
    const hosts = HOST_SITES.flatMap((site) => site.matches.map((pattern) => /^https:\/\/([^/]+)\//.exec(pattern)?.[1]));
    for (const host of hosts) {
      // https only, no `*` host, no wildcard beyond one subdomain level of a site's own domain.
      expect(host).toMatch(
        /^(\*\.)?([a-z0-9-]+\.)*(facebook|instagram|x|twitter|linkedin|youtube|google|yelp|tripadvisor|trustpilot|amazon|reddit|tiktok)\.[a-z.]+$/,
      );
    }
  });
});

/** Every .ts/.tsx file under `dir` (tests included: they obey the same rules). */
function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** What a file imports (static, dynamic and re-exports), as repository paths (`lib/content/extract`). */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers = [
    ...source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => (m[1] ?? m[2])!);
  return specifiers.flatMap((specifier) => {
    if (specifier.startsWith('@/') || specifier.startsWith('~/')) return [specifier.slice(2)];
    if (specifier.startsWith('.')) return [relative(ROOT, resolve(join(file, '..'), specifier))];
    return [];
  });
}

describe('import rules (each folder README says what it may import)', () => {
  it('lib/sites (page knowledge) never imports the engine in lib/content', () => {
    const offending = sourcesUnder(join(ROOT, 'lib/sites')).flatMap((file) =>
      importsOf(file)
        .filter((path) => path.startsWith('lib/content'))
        .map((path) => `${relative(ROOT, file)} → ${path}`),
    );
    expect(offending).toEqual([]);
  });

  it('nothing in lib/ imports an entrypoint', () => {
    const offending = sourcesUnder(join(ROOT, 'lib')).flatMap((file) =>
      importsOf(file)
        .filter((path) => path.startsWith('entrypoints'))
        .map((path) => `${relative(ROOT, file)} → ${path}`),
    );
    expect(offending).toEqual([]);
  });

  /** `from` may not import anything under any of `forbidden` (repository path prefixes). */
  const offendingImports = (from: string, forbidden: string[]) =>
    sourcesUnder(join(ROOT, from)).flatMap((file) =>
      importsOf(file)
        .filter((path) => forbidden.some((prefix) => path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}.`)))
        .map((path) => `${relative(ROOT, file)} → ${path}`),
    );

  it('shared components never write the log themselves (writes go through lib/storage/writes, called by the background or a page)', () => {
    expect(offendingImports('components', ['lib/storage/writes', 'entrypoints'])).toEqual([]);
  });

  it('the reading, the classifier and the playbooks stay pure: no engine, no components, no entrypoints', () => {
    for (const pure of ['lib/reading', 'lib/classifier', 'lib/playbooks']) {
      expect(offendingImports(pure, ['lib/content', 'components', 'entrypoints', 'lib/messaging'])).toEqual([]);
    }
  });

  it('the message protocol never pulls in Dexie (content scripts bundle it; Dexie made Chromium refuse them)', () => {
    expect(offendingImports('lib/messaging', ['lib/storage/db', 'lib/storage/writes', 'lib/storage/queries'])).toEqual([]);
    expect(readFileSync(join(ROOT, 'lib/messaging/protocol.ts'), 'utf8')).not.toMatch(/from ['"]dexie['"]/u);
  });

  it('sees the imports it checks (the rule tests could not pass by reading nothing)', () => {
    expect(importsOf(join(ROOT, 'lib/playbooks/suggest.ts'))).toContain('lib/reading');
    expect(importsOf(join(ROOT, 'lib/messaging/protocol.ts'))).toContain('lib/storage/schemas');
    expect(importsOf(join(ROOT, 'lib/content/extract.ts'))).toContain('lib/sites/item');
    expect(importsOf(join(ROOT, 'lib/sites/index.ts'))).toContain('lib/sites/markup');
  });
});

describe('npm run new:site', () => {
  it('scaffolds an adapter that validates, registers, routes its URLs, and a content script and stub the conventions accept', async () => {
    // A copy of lib/sites: the scaffold writes there and its registry is imported from there.
    // Inside the repository (.tmp/ is git-ignored) so the test runner may load it.
    mkdirSync(join(ROOT, '.tmp'), { recursive: true });
    const root = mkdtempSync(join(ROOT, '.tmp', 'new-site-'));
    try {
      cpSync(join(ROOT, 'lib/sites'), join(root, 'lib/sites'), { recursive: true });
      const site: NewSite = { id: 'bake-shop', name: "Bake Shop's", matches: ['https://*.bakeshop.example/*'], caseName: 'first-page' };
      const written = scaffoldSite(root, site).map((path) => relative(root, path));
      expect(written.sort()).toEqual([
        'entrypoints/bake-shop.content.ts',
        'lib/sites/bake-shop.ts',
        'lib/sites/index.ts',
        'tests/sites/bake-shop/first-page.expected.json',
      ]);
      // Nothing is overwritten on a second run.
      expect(() => scaffoldSite(root, site)).toThrow(/already exists/);

      const registry = (await import(join(root, 'lib/sites/index.ts'))) as typeof import('@/lib/sites');
      const added = registry.siteById('bake-shop') as SiteAdapter;
      expect(SiteAdapterSchema.parse(added)).toEqual(added);
      expect(added.name).toBe("Bake Shop's");
      expect(registry.HOST_SITES.at(-1)).toBe(added);
      expect(registry.SITES.filter((s) => s.id === 'bake-shop')).toHaveLength(1);
      expect(registry.adapterForUrl('https://www.bakeshop.example/cakes/1')).toBe(added);
      expect(registry.SITES.length).toBe(SITES.length + 1);

      const entry = readFileSync(join(root, 'entrypoints/bake-shop.content.ts'), 'utf8');
      expect(entry).toBe(contentScriptFor(site));
      expect(entry).toMatch(/defineContentScript/);
      expect(entry).toMatch(/from '@\/lib\/sites\/bake-shop'/);
      // The entry names a real export of the adapter file.
      expect(readFileSync(join(root, 'lib/sites/bake-shop.ts'), 'utf8')).toMatch(/export const bakeShop = defineSite/);
      expect(entry).toMatch(/runSite\(guardContext\(ctx, 'bake-shop'\), bakeShop\)/);

      const stub = JSON.parse(readFileSync(join(root, 'tests/sites/bake-shop/first-page.expected.json'), 'utf8')) as Record<
        string,
        unknown
      >;
      expect(stub).toMatchObject({ page: 'bake-shop/first-page.html', site: 'bake-shop', url: 'https://www.bakeshop.example/' });
      expect(String(stub.notes)).toMatch(new RegExp(`^${STUB_NOTE}`));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('refuses a bad id or match pattern and writes nothing', () => {
    const root = mkdtempSync(join(tmpdir(), 'replybook-new-site-'));
    try {
      expect(() => scaffoldSite(root, { id: 'Bad Id', name: 'x', matches: ['https://x.example/*'], caseName: 'p' })).toThrow(/site id/);
      expect(() => scaffoldSite(root, { id: 'ok', name: 'x', matches: ['x.example'], caseName: 'p' })).toThrow(/match pattern/);
      expect(readdirSync(root)).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
