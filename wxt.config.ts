import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

/** Sites the e2e build treats as added by the user in Settings (tests/e2e/sites-live.test.ts, insert-live.test.ts: a blog and the Disqus embed). */
const E2E_GRANTED_ORIGINS = ['https://www.foxyfolksy.com/*', 'https://disqus.com/*'];

// Permissions are the fewest that work: the side panel, local storage, follow-up
// alarms and their notifications, activeTab + scripting (+ a context-menu entry) to read
// the page the user asks for. Content scripts declare their own matches (lib/sites),
// which is all the host access the supported sites need; sites the user adds are asked
// for one at a time (optional host permissions).

/**
 * eld's n-gram tables (lib/reading/language.ts) ship as a 950 kB object literal: about 50,000
 * small objects the service worker parsed and built at every start (~200 ms in Node, more in a
 * starting browser). The same data as one JSON string parses and builds in a quarter of that, and
 * the detector is built on first use instead of when the worker's script runs: building it was
 * 40–50 % of the script's evaluation (115–150 ms of 280–340 ms in Node), which a browser start spends
 * before the worker's listeners are wired. The worker's start-up builds it while it waits for a
 * page (entrypoints/background/start-up.ts). Same tables, same detector.
 */
const ELD_TABLES = /[\\/]eld[\\/]src[\\/]ngrams[\\/]extrasmall\.js$/;
const ELD_ENTRY = /[\\/]eld[\\/]src[\\/]entries[\\/]static\.extrasmall\.js$/;
const LAZY_ELD_ENTRY = `import { createEld } from '../languageDetector.js'
import { ngramsJson } from '../ngrams/extrasmall.js'
let built
function build() {
  const { instance, loadData } = createEld()
  loadData(JSON.parse(ngramsJson))
  instance.newInstance = build
  return instance
}
// Built on the first read of any of its members (eld.detect), not when the script runs.
const eld = new Proxy({}, { get: (_target, key) => Reflect.get((built ??= build()), key) })
export { eld }
export default eld
`;
function eldTablesLazy(): Plugin {
  return {
    name: 'replybook:eld-tables-lazy',
    async transform(code, id) {
      const file = id.split('?')[0]!;
      if (ELD_TABLES.test(file)) {
        const { ngramsData } = (await import(pathToFileURL(file).href)) as { ngramsData: unknown };
        return { code: `export const ngramsJson = ${JSON.stringify(JSON.stringify(ngramsData))};\n`, map: null };
      }
      if (ELD_ENTRY.test(file)) {
        // The replacement assumes the entry eld 2 ships; another shape fails the build instead of the detector.
        if (!code.includes('loadData(ngramsData)') || !code.includes('export { eld }')) {
          throw new Error(`eld's ${file} changed: review LAZY_ELD_ENTRY in wxt.config.ts`);
        }
        return { code: LAZY_ELD_ENTRY, map: null };
      }
      return null;
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  // Which build this is (entrypoints/background/label-reuse.ts: labels stored by another build are read again).
  vite: () => ({
    define: { __REPLYBOOK_BUILD__: JSON.stringify(Date.now().toString(36)) },
    plugins: [eldTablesLazy()],
  }),
  manifest: ({ browser, mode }) => ({
    name: 'Replybook',
    description: 'Answer your public feedback: local tone labels, playbook replies, a personal log. Nothing leaves your browser.',
    // Firefox has no sidePanel API: WXT turns the side panel into a sidebar there.
    // activeTab + scripting: "Find comments on this page" (toolbar click or context menu) reads the
    // tab the user clicked on, with no access to any other site; scripting alone grants no host.
    // Firefox's MV2 build holds scripting from install too (lib/browser-support.ts).
    permissions:
      browser === 'firefox'
        ? ['storage', 'alarms', 'notifications', 'scripting']
        : ['sidePanel', 'storage', 'alarms', 'notifications', 'activeTab', 'scripting', 'contextMenus'],
    // Sites the user adds for the generic adapter ("Always scan this site", Settings): one site at a time.
    ...(browser === 'firefox' ? { optional_permissions: ['https://*/*', 'http://*/*'] } : {}),
    ...(browser === 'firefox' ? {} : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    action: { default_title: 'Open Replybook' },
    // The dashboard (entrypoints/dashboard) is the options page: WXT takes only an entrypoint
    // named `options` for one, so the manifest names it here.
    options_ui: { page: 'dashboard.html', open_in_tab: true },
    content_security_policy: {
      // default-src 'self' covers every kind of load not named; no plugins at all.
      extension_pages: "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'self'; base-uri 'none'; form-action 'none'",
    },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'replybook@replybook.example' } } } : {}),
    // `wxt build --mode e2e` (tests only, in .output/chrome-mv3-e2e): the optional permissions
    // for one blog are granted at install, standing in for the user's answer to the prompt
    // that a headless browser cannot click. Everything else is the shipped build.
    ...(mode === 'e2e' ? { host_permissions: E2E_GRANTED_ORIGINS } : {}),
  }),
});
