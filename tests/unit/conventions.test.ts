import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SiteAdapterSchema } from '@/lib/sites/schema';
import { HOST_SITES, MARKUP_SITES, SITES } from '@/lib/sites';

/*
 * Meta-test (after refined-github's build/features.test.ts): every registered
 * site has its adapter file, a content-script entry, a page to test on and an
 * expected file; ids are unique and match file names; adapters validate.
 */

const ROOT = resolve(__dirname, '../..');
const FIXTURES = resolve(ROOT, '../shared/fixtures');
const SITE_TESTS = join(ROOT, 'tests/sites');

function expectedFilesOf(siteId: string): Array<{ file: string; page: string; site: string }> {
  const dir = join(SITE_TESTS, siteId);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.expected.json'))
    .map((file) => ({ file, ...(JSON.parse(readFileSync(join(dir, file), 'utf8')) as { page: string; site: string }) }));
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
          // demo: runs on the extension's own page, wired by the lead (entrypoints/demo/).
          expect(site.id).toBe('demo');
          expect(site.matches).toEqual([]);
        }
      });

      it('has at least one page and an expected file for it', () => {
        const expected = expectedFilesOf(site.id);
        expect(expected.length).toBeGreaterThan(0);
        for (const { file, page, site: siteId } of expected) {
          expect(siteId, file).toBe(site.id);
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
      expect(host).toMatch(/^(\*\.)?([a-z0-9-]+\.)*(facebook|instagram|x|twitter|linkedin|youtube|google|yelp|tripadvisor|trustpilot|amazon|reddit|tiktok)\.[a-z.]+$/);
    }
  });
});
