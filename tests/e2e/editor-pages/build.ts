// Bundles the test pages (real editor libraries from node_modules, pinned in package.json)
// and lib/editors itself, in memory with esbuild. No network: pages are served by page.route.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { build } from 'esbuild';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const HERE = path.join(REPO_ROOT, 'tests/e2e/editor-pages');

/** Test pages served under https://editors.test/<name> (https so the Clipboard API is allowed). */
export const PAGE_ORIGIN = 'https://editors.test';

export type PageName = 'lexical' | 'draft' | 'quill' | 'react-textarea' | 'plain';

const BOX_STYLE = 'min-height:48px;width:420px;border:1px solid #999;padding:4px;margin:8px 0;display:block;';

const BODIES: Record<PageName, { entry: string; body: string; css?: string }> = {
  lexical: {
    entry: 'lexical.ts',
    body: `<div id="rich" contenteditable="true" role="textbox" aria-label="Write a comment" style="${BOX_STYLE}"></div>
<div id="plain" contenteditable="true" role="textbox" aria-label="Plain" style="${BOX_STYLE}"></div>`,
  },
  draft: { entry: 'draft.tsx', body: `<div id="mount" style="${BOX_STYLE}"></div>`, css: 'draft-js/dist/Draft.css' },
  quill: { entry: 'quill.ts', body: `<div id="quill" style="${BOX_STYLE}"></div>`, css: 'quill/dist/quill.core.css' },
  'react-textarea': { entry: 'react-textarea.tsx', body: '<div id="mount"></div>' },
  plain: {
    entry: 'plain.ts',
    body: `<div id="box" contenteditable="true" role="textbox" aria-label="Reply" style="${BOX_STYLE}"></div>
<textarea id="prefilled" style="${BOX_STYLE}">Hi @Sam</textarea>
<textarea id="ro" readonly style="${BOX_STYLE}"></textarea>
<div id="ro-ce" contenteditable="false" role="textbox" style="${BOX_STYLE}">read only</div>
<input id="single" type="text" style="${BOX_STYLE}">
<iframe id="frame" title="Rich reply" style="${BOX_STYLE}" srcdoc="<!doctype html><body contenteditable='true' style='min-height:30px'></body>"></iframe>`,
  },
};

export async function bundle(entry: string, globalName?: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: REPO_ROOT,
    bundle: true,
    write: false,
    format: 'iife',
    globalName,
    platform: 'browser',
    target: 'chrome120',
    jsx: 'automatic',
    // Production builds of React/Lexical, as sites ship them.
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** lib/editors and the reply-box opener (editors-entry.ts) as an IIFE that sets `__rbEditors` in whichever world evaluates it. */
export function bundleEditors(): Promise<string> {
  return bundle(path.join(HERE, 'editors-entry.ts'), '__rbEditors');
}

function inlineScript(code: string): string {
  return `<script>${code.replace(/<\/script/gi, '<\\/script')}</script>`;
}

export async function buildPages(): Promise<Record<PageName, string>> {
  const pages = {} as Record<PageName, string>;
  for (const [name, spec] of Object.entries(BODIES) as [PageName, (typeof BODIES)[PageName]][]) {
    const code = await bundle(path.join(HERE, spec.entry));
    const css = spec.css ? await readFile(path.join(REPO_ROOT, 'node_modules', spec.css), 'utf8') : '';
    pages[name] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>
<style>${css}</style></head><body>${spec.body}${inlineScript(code)}</body></html>`;
  }
  return pages;
}
