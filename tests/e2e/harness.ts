import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { chromiumPath, QUIET_CHROMIUM_ARGS } from '../chromium';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import { SAMPLE_PROFILE } from '@/lib/settings/schema';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = join(REPO_ROOT, '.output/chrome-mv3');
/** The e2e build: the shipped one plus, granted at install, one blog "added by the user" (wxt.config.ts). */
export const E2E_EXTENSION_DIR = join(REPO_ROOT, '.output/chrome-mv3-e2e');
export { chromiumPath };
/** Saved pages from the real sites; read in place, never copied into the repo. */
export const FIXTURES_DIR = resolve(REPO_ROOT, '../shared/fixtures');

/** Builds the Chrome extension when no build is there (npm test builds first anyway). */
export function ensureBuilt(dir = EXTENSION_DIR) {
  if (!existsSync(join(dir, 'manifest.json'))) {
    execSync(dir === E2E_EXTENSION_DIR ? 'npx wxt build --mode e2e' : 'npx wxt build', { cwd: REPO_ROOT, stdio: 'inherit' });
  }
}

export function readFixture(relativePath: string): string {
  // Read as UTF-8 explicitly: some saved pages carry no charset.
  return readFileSync(join(FIXTURES_DIR, relativePath), 'utf8');
}

export interface SiteServer {
  port: number;
  /**
   * Serve `html` at https://<host><path> (path "*" = every path on that host). With
   * `scripts: true` the page's own inline scripts run (a page hosting a real editor library);
   * it still may load nothing and connect nowhere.
   */
  setPage(host: string, path: string, html: string, options?: { scripts?: boolean }): void;
  /** Every request the server answered, as https://<host><path>, in order. */
  served: string[];
  close(): Promise<void>;
}

// Saved pages must not run their own scripts or load their subresources: this
// policy blocks both, so any request the test sees comes from the extension.
const SAVED_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";
// Test pages that host an editor library run their inline scripts and nothing else:
// no script, fetch or socket may leave the page (connect-src falls back to 'none').
const SCRIPTED_PAGE_CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:";

/** A local HTTPS server with a throwaway self-signed certificate, for the sites' real hostnames. */
export async function startSiteServer(hosts: string[]): Promise<SiteServer> {
  const dir = mkdtempSync(join(tmpdir(), 'rb-cert-'));
  const san = hosts.map((h) => `DNS:${h}`).join(',');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
      '-days',
      '2',
      '-subj',
      `/CN=${hosts[0] ?? 'localhost'}`,
      '-addext',
      `subjectAltName=${san || 'DNS:localhost'}`,
    ],
    { stdio: 'ignore' },
  );
  const pages = new Map<string, { html: string; csp: string }>();
  const served: string[] = [];
  const server: Server = createServer(
    { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
    (request, response) => {
      const host = (request.headers.host ?? '').replace(/:\d+$/, '');
      const path = (request.url ?? '/').split('?')[0] ?? '/';
      served.push(`https://${host}${request.url ?? '/'}`);
      const page = pages.get(`${host}${path}`) ?? pages.get(`${host}*`);
      if (page === undefined) {
        response.writeHead(404, { 'content-type': 'text/plain' });
        return response.end('not a test page');
      }
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': page.csp });
      response.end(page.html);
    },
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  rmSync(dir, { recursive: true, force: true });
  return {
    port: (server.address() as AddressInfo).port,
    setPage: (host, path, html, options) =>
      pages.set(`${host}${path}`, { html, csp: options?.scripts ? SCRIPTED_PAGE_CSP : SAVED_PAGE_CSP }),
    served,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

const SCRIPTED_REQUEST_TYPES = new Set(['fetch', 'xhr', 'websocket', 'eventsource', 'ping']);

export interface LaunchedExtension {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  userDataDir: string;
  /** Requests made by extension code (or by script on a page): Replybook makes none. */
  unexpectedRequests: string[];
  /** Navigations the test makes go through here so they are not counted as unexpected. */
  goto(page: import('playwright-core').Page, url: string): Promise<void>;
  /**
   * A page in a window of its own. The extension activates the tab it inserts into, which hides
   * every other tab of that window, and a hidden tab draws about two frames a second: a side panel
   * opened as a tab beside the site would then take seconds per click (Playwright waits for frames).
   * The real side panel sits beside the page and is never hidden; a window of its own is the same.
   * A popup window, which has no tab strip: an idle normal window's strip costs half a core in
   * headless Chromium (5 idle windows: 2.9 CPU-s in 5 s; 5 tabs or 5 popups: 0.3).
   */
  newWindowPage(): Promise<Page>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/**
 * Launches Debian's Chromium headless with the built extension. The sites'
 * hostnames resolve to the local server; everything else fails to resolve.
 */
export async function launchWithExtension(
  options: { hosts?: string[]; port?: number; userDataDir?: string; extensionDir?: string } = {},
): Promise<LaunchedExtension> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  ensureBuilt(extensionDir);
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'rb-profile-'));
  const rules = [
    ...(options.hosts ?? []).map((h) => `MAP ${h} 127.0.0.1:${options.port}`),
    'MAP * ~NOTFOUND',
    'EXCLUDE localhost',
    'EXCLUDE 127.0.0.1',
  ].join(',');
  const args = [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    ...QUIET_CHROMIUM_ARGS,
    '--ignore-certificate-errors',
    '--disable-default-apps',
    '--no-default-browser-check',
    `--host-resolver-rules=${rules}`,
  ];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    ignoreHTTPSErrors: true,
    viewport: { width: 1200, height: 900 },
    args,
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  const expected = new Set<string>();
  const unexpectedRequests: string[] = [];
  const onRequest = (request: Request) => {
    const url = request.url();
    if (url.startsWith(`chrome-extension://${extensionId}/`) || url.startsWith('data:') || url === 'about:blank') return;
    if (expected.has(url.split('#')[0]!)) return;
    // Saved pages cannot run scripts (the server's CSP forbids them) and scripted test pages
    // run only their own inline editor code, which never fetches; so the only code that
    // could fetch, XHR or open a socket from a page is ours; parser loads (images, styles,
    // scripts the CSP then blocks) are the saved markup's, not Replybook's.
    let fromExtension = false;
    try {
      fromExtension = request.serviceWorker() !== null || request.frame().url().startsWith('chrome-extension://');
    } catch {
      fromExtension = true; // no frame: a worker's request
    }
    if (fromExtension || SCRIPTED_REQUEST_TYPES.has(request.resourceType())) unexpectedRequests.push(url);
  };
  context.on('request', onRequest);
  const freshInstall = options.userDataDir === undefined;
  let installSettled: Promise<unknown> | undefined;
  return {
    context,
    serviceWorker,
    extensionId,
    userDataDir,
    unexpectedRequests,
    async goto(page, url) {
      expected.add(url.split('#')[0]!);
      await page.goto(url, { waitUntil: 'domcontentloaded' });
    },
    async newWindowPage() {
      // A fresh install opens the welcome page with tabs.create; a popup opened before that tab
      // exists can leave it unopened (twice in three full runs), so the first popup waits for it.
      if (freshInstall) {
        installSettled ??= waitUntil(
          () => context.pages().find((p) => p.url().startsWith(`chrome-extension://${extensionId}/dashboard.html`)),
          20_000,
          'the welcome page opened on install',
        );
        await installSettled;
      }
      const [page] = await Promise.all([
        context.waitForEvent('page'),
        serviceWorker.evaluate(() => chrome.windows.create({ url: 'about:blank', focused: false, type: 'popup' })),
      ]);
      return page;
    },
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Reads the tab state the background keeps in storage.session, from the service worker. */
export async function readTabStates(
  serviceWorker: Worker,
): Promise<Array<{ tabId: number; siteId: string; pageUrl: string; items: Array<{ id: string; labels: { tone: string } }> }>> {
  return serviceWorker.evaluate(async () => {
    const all = await (globalThis as unknown as { chrome: typeof chrome }).chrome.storage.session.get(null);
    return Object.entries(all)
      .filter(([key]) => key.startsWith('tab:'))
      .map(([, value]) => value as never);
  });
}

/**
 * The stored state of the tab that `match` picks, once there. The badges come first: the tab's list
 * is stored after the page has its labels (each item's family is worked out then), so a test that
 * waited for the badges waits for this too.
 */
export async function tabStateWhere(
  ext: Pick<LaunchedExtension, 'serviceWorker'>,
  match: (state: Awaited<ReturnType<typeof readTabStates>>[number]) => boolean,
  what = 'the tab state',
): Promise<Awaited<ReturnType<typeof readTabStates>>[number]> {
  return waitUntil(async () => (await readTabStates(ext.serviceWorker)).find(match), 30_000, what);
}

/** Polls until `probe` returns a truthy value (usable in hooks, where expect.poll is not). */
export async function waitUntil<T>(probe: () => Promise<T> | T, timeoutMs = 15_000, what = 'condition'): Promise<NonNullable<T>> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/**
 * The welcome page the background opens on install. Its appearance also says the
 * install has finished, so settings written after it are not raced by the install.
 */
export async function welcomePage(ext: LaunchedExtension): Promise<Page> {
  const isWelcome = (page: Page) => page.url().startsWith(`chrome-extension://${ext.extensionId}/dashboard.html`);
  const page = await waitUntil(() => ext.context.pages().find(isWelcome), 20_000, 'the welcome page opened on install');
  await page.waitForLoadState('domcontentloaded');
  return page;
}

/**
 * Settings live in the extension's IndexedDB (lib/settings/storage.ts), row "settings" of
 * the `settings` table, with the site switches copied to storage.local for content scripts.
 * These functions reach them with plain IndexedDB from any extension context (Chromium's
 * service worker, an extension page in Firefox): each is passed whole to `evaluate`, so it
 * uses nothing but that context's globals.
 */
/** Whether the extension's own code has created the database and its settings table. */
export const settingsTableExists = async (): Promise<boolean> => {
  const known = await indexedDB.databases();
  if (!known.some((db) => db.name === 'replybook')) return false;
  const db = await new Promise<IDBDatabase>((done, fail) => {
    const request = indexedDB.open('replybook');
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(request.error);
  });
  const ready = db.objectStoreNames.contains('settings');
  db.close();
  return ready;
};

/** The stored settings value (unvalidated), or undefined when none is stored yet. */
export const readSettingsRow = async (): Promise<Record<string, unknown> | undefined> => {
  const db = await new Promise<IDBDatabase>((done, fail) => {
    const request = indexedDB.open('replybook');
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(request.error);
  });
  const row = await new Promise<{ value?: Record<string, unknown> } | undefined>((done, fail) => {
    const request = db.transaction('settings').objectStore('settings').get('settings');
    request.onsuccess = () => done(request.result as never);
    request.onerror = () => fail(request.error);
  });
  db.close();
  return row?.value;
};

/** Writes the row, then the site switches for content scripts (whose change makes the background re-sync added sites). */
export const writeSettingsRow = async (value: Record<string, unknown>): Promise<void> => {
  const db = await new Promise<IDBDatabase>((done, fail) => {
    const request = indexedDB.open('replybook');
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(request.error);
  });
  await new Promise<void>((done, fail) => {
    const tx = db.transaction('settings', 'readwrite');
    tx.objectStore('settings').put({ key: 'settings', value });
    tx.oncomplete = () => done();
    tx.onerror = () => fail(tx.error);
  });
  db.close();
  const sites = (value as { sites?: Record<string, boolean> }).sites ?? {};
  // Firefox's promise-based `browser`, else Chromium's `chrome` (promise-based in MV3).
  const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? (globalThis as unknown as { chrome: typeof chrome }).chrome;
  await api.storage.local.set({ siteSwitches: { sites, updatedAt: Date.now() } });
};

async function settingsDbReady(ext: LaunchedExtension): Promise<void> {
  await waitUntil(() => ext.serviceWorker.evaluate(settingsTableExists), 20_000, 'the settings database');
}

/** The stored settings value (unvalidated), or undefined when none is stored yet. */
export async function readSettings(ext: LaunchedExtension): Promise<Record<string, unknown> | undefined> {
  await settingsDbReady(ext);
  return ext.serviceWorker.evaluate(readSettingsRow);
}

/**
 * Stores settings as the Settings page would, once the install has finished, and reads them
 * back so a test never starts on settings that did not stick.
 */
export async function storeSettings(ext: LaunchedExtension, settings: Record<string, unknown>): Promise<void> {
  await welcomePage(ext);
  await settingsDbReady(ext);
  await ext.serviceWorker.evaluate(writeSettingsRow, settings);
  const stored = await readSettings(ext);
  if (!isDeepStrictEqual(stored, settings)) throw new Error(`settings did not stick: ${JSON.stringify(stored)}`);
}

/**
 * The extension launched with the sample profile saved, and the demo page open with its items
 * labelled: where the panel, dashboard and report suites start. Returns the demo's tab id.
 */
export async function launchOnLabelledDemo(): Promise<{ ext: LaunchedExtension; demoTabId: number }> {
  const ext = await launchWithExtension();
  await storeSettings(ext, { profile: SAMPLE_PROFILE, onboarded: true });
  const demo = await ext.newWindowPage();
  await ext.goto(demo, `chrome-extension://${ext.extensionId}/demo.html`);
  await waitUntil(
    async () => (await demo.locator('replybook-badge:not([data-rb-state="pending"])').count()) > 20,
    30_000,
    'labelled badges',
  );
  const demoTabId = (await tabStateWhere(ext, (s) => s.siteId === 'demo', "the demo tab's state")).tabId;
  return { ext, demoTabId };
}
