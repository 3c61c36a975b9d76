import { execSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import puppeteer, { type Browser, type Page, type Target } from 'puppeteer-core';
import { firefoxPath, quietFirefoxPrefs } from '../firefox';
import { readSettingsRow, REPO_ROOT, settingsTableExists, waitUntil, writeSettingsRow } from './harness';

/** The Firefox build (`wxt build -b firefox`): MV2, background page, sidebar instead of side panel. */
export const FIREFOX_EXTENSION_DIR = join(REPO_ROOT, '.output/firefox-mv2');
/** Its e2e build: one blog's permission granted at install, as in .output/chrome-mv3-e2e (wxt.config.ts). */
export const FIREFOX_E2E_EXTENSION_DIR = join(REPO_ROOT, '.output/firefox-mv2-e2e');

export function ensureFirefoxBuilt(dir = FIREFOX_EXTENSION_DIR): void {
  if (!existsSync(join(dir, 'manifest.json'))) {
    const mode = dir === FIREFOX_E2E_EXTENSION_DIR ? ' --mode e2e' : '';
    execSync(`npx wxt build -b firefox${mode}`, { cwd: REPO_ROOT, stdio: 'inherit' });
  }
}

/**
 * The only way out of the test's Firefox: an HTTP proxy on a random port. CONNECTs to the
 * test's site hosts on 443 are tunnelled to the local site server; every other connection
 * attempt (any host, any port, plain HTTP, WebSocket) is refused and recorded.
 */
export interface RecordingProxy {
  port: number;
  /** "host:443" of every tunnel opened to the local site server. */
  tunnelled: string[];
  /** Every connection attempt that was refused: it would have left the machine. */
  refused: string[];
  close(): Promise<void>;
}

export async function startRecordingProxy(siteHosts: string[], sitePort: number): Promise<RecordingProxy> {
  const allowed = new Set(siteHosts.map((host) => `${host}:443`));
  const tunnelled: string[] = [];
  const refused: string[] = [];
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const server = createServer((request, response) => {
    refused.push(`${request.method} ${request.url}`);
    response.writeHead(403).end();
  });
  server.on('upgrade', (request: IncomingMessage, socket: Socket) => {
    refused.push(`UPGRADE ${request.url}`);
    socket.destroy();
  });
  server.on('connect', (request: IncomingMessage, client: Socket, head: Buffer) => {
    const target = request.url ?? '';
    track(client);
    if (!allowed.has(target)) {
      refused.push(`CONNECT ${target}`);
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    tunnelled.push(target);
    const upstream = connect(sitePort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    track(upstream);
    upstream.on('close', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    tunnelled,
    refused,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** moz-extension://<uuid>, fixed for the run with the extensions.webextensions.uuids pref. */
  origin: string;
  /** The welcome page the background opened on install: an extension page BiDi can script. */
  extensionPage: Page;
  /**
   * Opens an extension page in a new tab the way the add-on does (tabs.create from its own
   * page): BiDi refuses to navigate a tab to moz-extension:// itself.
   */
  openExtensionTab(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Where a tab's document is, or undefined while BiDi cannot script it yet. */
function locationOf(page: Page): Promise<string | undefined> {
  return page.evaluate(() => (document.readyState === 'complete' ? location.href : undefined)).catch(() => undefined);
}

/**
 * The first tab created after `since` whose loaded document is at `url` (BiDi reports such
 * tabs as about:blank: it follows no navigation into an extension page, but scripts it).
 * Every open page is looked at too: on CI's loaded machine a target event was once missed and
 * the wait ran out with the tab open. The error names what the tabs held.
 */
async function tabAt(browser: Browser, created: Target[], since: number, url: string): Promise<Page> {
  const seen = new Set<string>();
  const probe = async (page: Page | null) => {
    const location = page ? await locationOf(page) : undefined;
    if (location) seen.add(location);
    return location === url ? page : undefined;
  };
  return waitUntil(
    async () => {
      for (const target of created.slice(since)) {
        const page = await probe(await target.page().catch(() => null));
        if (page) return page;
      }
      for (const page of await browser.pages().catch(() => [])) if (await probe(page)) return page;
      return undefined;
    },
    45_000,
    `a tab at ${url}`,
  ).catch((error: Error) => {
    throw new Error(`${error.message}; the tabs held: ${[...seen].join(', ') || 'nothing scriptable'}`);
  });
}

/**
 * Starts Debian's firefox-esr headless over WebDriver BiDi (puppeteer-core), with a fresh
 * profile whose only way out is the recording proxy, and installs the built extension as
 * a temporary add-on.
 */
export async function launchFirefoxWithExtension(options: { proxyPort: number; extensionDir?: string }): Promise<FirefoxWithExtension> {
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  ensureFirefoxBuilt(extensionDir);
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const geckoId = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const origin = `moz-extension://${uuid}`;
  const userDataDir = mkdtempSync(join(tmpdir(), 'rb-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir,
    // RB_FIREFOX_LOG=1 prints Firefox's console (extension and content scripts included).
    dumpio: process.env.RB_FIREFOX_LOG === '1',
    acceptInsecureCerts: true,
    // Lets the services.settings.server pref take effect in a release build (quietFirefoxPrefs).
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    defaultViewport: { width: 1200, height: 900 },
    extraPrefsFirefox: {
      ...quietFirefoxPrefs(options.proxyPort),
      ...(process.env.RB_FIREFOX_LOG === '1' ? { 'devtools.console.stdout.content': true, 'devtools.console.stdout.chrome': true } : {}),
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
    },
  });
  try {
    const created: Target[] = [];
    browser.on('targetcreated', (target: Target) => created.push(target));
    const installedId = await browser.installExtension(extensionDir);
    if (installedId !== geckoId) throw new Error(`installed ${installedId}, expected ${geckoId}`);
    const extensionPage = await tabAt(browser, created, 0, `${origin}/dashboard.html#/welcome`);
    return {
      browser,
      origin,
      extensionPage,
      async openExtensionTab(path) {
        const since = created.length;
        // Awaited in the page, so a refused tabs.create fails here with its own message.
        await extensionPage.evaluate(async (url) => {
          await (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser.tabs.create({ url, active: true });
        }, path);
        return tabAt(browser, created, since, `${origin}${path}`);
      },
      async close() {
        await browser.close();
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser.close();
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

/** The stored settings (unvalidated), read from the extension's IndexedDB in one of its pages. */
export async function readSettingsIn(extensionPage: Page): Promise<Record<string, unknown> | undefined> {
  await waitUntil(() => extensionPage.evaluate(settingsTableExists), 20_000, 'the settings database');
  return extensionPage.evaluate(readSettingsRow);
}

/** Stores settings as the Settings page would (harness.ts, storeSettings), and reads them back. */
export async function storeSettingsIn(extensionPage: Page, settings: Record<string, unknown>): Promise<void> {
  await waitUntil(() => extensionPage.evaluate(settingsTableExists), 20_000, 'the settings database');
  await extensionPage.evaluate(writeSettingsRow, settings);
  const stored = await readSettingsIn(extensionPage);
  if (!isDeepStrictEqual(stored, settings)) throw new Error(`settings did not stick: ${JSON.stringify(stored)}`);
}
