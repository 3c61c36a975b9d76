/**
 * What the extract CLI prints for one saved page, as a function: the CLI (scripts/extract.ts) and
 * the test that runs it on every saved page share it, so the test need not start a process (tsx,
 * the adapters and jsdom: about 2.5 s of CPU each) per page.
 */
import { createRequire } from 'node:module';
import { findAllReplyBoxes, findItems } from '@/lib/content/extract';
import { detectEditor } from '@/lib/editors/detect';
import { adapterForPage, siteById } from '@/lib/sites';

// jsdom ships no types and @types/jsdom is not a dependency: type the names used here.
interface JsdomModule {
  JSDOM: new (html: string, options: { url: string; virtualConsole: unknown }) => { window: { document: Document; close(): void } };
  VirtualConsole: new () => unknown;
}
const { JSDOM, VirtualConsole } = createRequire(import.meta.url)('jsdom') as JsdomModule;

export type ExtractResult =
  | { ok: true; lines: Record<string, unknown>[] }
  /** 1: a bad argument (an unknown site id); 2: no adapter for this page. */
  | { ok: false; exitCode: 1 | 2; message: string };

export function extractPage(html: string, url: string, options: { boxes?: boolean; siteId?: string } = {}): ExtractResult {
  // Scripts never run and linked CSS is never fetched. Inline <style> blocks are emptied too: saved
  // pages carry megabytes of CSS whose parse dominates jsdom's time (7 of 10 s on the Google Maps page),
  // and jsdom has no layout, so the decoy filter relies on attributes and inline styles here anyway.
  const withoutCss = html.replace(/(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi, '$1$2');
  const dom = new JSDOM(withoutCss, { url, virtualConsole: new VirtualConsole() });
  try {
    const doc = dom.window.document;
    const adapter = options.siteId ? siteById(options.siteId) : adapterForPage(doc, url);
    if (options.siteId && !adapter) return { ok: false, exitCode: 1, message: `unknown site id ${options.siteId}` };
    if (!adapter) {
      return {
        ok: false,
        exitCode: 2,
        message: `No site adapter for ${url}: not a supported site, and no comment or review markup recognised.`,
      };
    }
    const lines: Record<string, unknown>[] = findItems(doc, adapter, url).map(({ item }) => ({ ...item }));
    if (options.boxes) {
      for (const box of findAllReplyBoxes(doc, adapter)) {
        lines.push({
          type: 'reply-box',
          site: adapter.id,
          editor: detectEditor(box, adapter.reply!.editor),
          tag: box.tagName.toLowerCase(),
          id: box.id || undefined,
          name: box.getAttribute('name') ?? undefined,
          ariaLabel: box.getAttribute('aria-label') ?? undefined,
        });
      }
    }
    return { ok: true, lines };
  } finally {
    dom.window.close();
  }
}
