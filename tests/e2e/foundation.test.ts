import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, readTabStates, tabStateWhere, type LaunchedExtension } from './harness';
import { DEMO_FEED } from '@/entrypoints/demo/feed';

declare const chrome: typeof import('wxt/browser').browser;

const DEMO_ITEMS = DEMO_FEED.filter((entry) => !entry.owner);

describe('the built extension in Chromium', () => {
  let ext: LaunchedExtension;

  beforeAll(async () => {
    ext = await launchWithExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  test('loads as an MV3 extension whose toolbar button opens the side panel', async () => {
    expect(ext.extensionId).toMatch(/^[a-p]{32}$/);
    const behaviour = await ext.serviceWorker.evaluate(() => chrome.sidePanel.getPanelBehavior());
    expect(behaviour).toEqual({ openPanelOnActionClick: true });
    const manifest = await ext.serviceWorker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
    // activeTab + scripting + contextMenus read only the tab the user clicks on ("Find comments on this page").
    expect([...(manifest.permissions ?? [])].sort()).toEqual([
      'activeTab',
      'alarms',
      'contextMenus',
      'notifications',
      'scripting',
      'sidePanel',
      'storage',
    ]);
    // No access to any site at install: content scripts declare the supported sites, others are asked one at a time.
    expect(manifest.host_permissions ?? []).toEqual([]);
  });

  test('the demo page gets a badge beside every item and the side panel lists the same items', async () => {
    const page = await ext.newWindowPage();
    await ext.goto(page, `chrome-extension://${ext.extensionId}/demo.html`);
    await expect.poll(() => page.locator('replybook-badge').count(), { timeout: 30_000 }).toBe(DEMO_ITEMS.length);
    // Labelled by the classifier: no badge stays "pending".
    await expect.poll(() => page.locator('replybook-badge[data-rb-state="pending"]').count(), { timeout: 30_000 }).toBe(0);

    await tabStateWhere(ext, (s) => s.siteId === 'demo' && s.items.length === DEMO_FEED.length, "the demo tab's state");
    const states = await readTabStates(ext.serviceWorker);
    const demoState = states.find((s) => s.siteId === 'demo');
    expect(demoState).toBeDefined();
    expect(demoState!.items.map((i) => i.id).sort()).toEqual(DEMO_FEED.map((e) => `demo:${e.id}`).sort());

    const panel = await ext.newWindowPage();
    await ext.goto(panel, `chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${demoState!.tabId}`);
    for (const entry of DEMO_ITEMS.slice(0, 5)) {
      await expect.poll(() => panel.locator(`[data-item-id="demo:${entry.id}"]`).count()).toBeGreaterThan(0);
    }
    await panel.close();
    await page.close();
  });

  test('no request leaves Chromium for any host', () => {
    expect(ext.unexpectedRequests).toEqual([]);
  });

  test("extension pages and the service worker cannot reach the network (the manifest's CSP)", async () => {
    const manifest = await ext.serviceWorker.evaluate(() => chrome.runtime.getManifest());
    const csp = (manifest.content_security_policy as { extension_pages?: string } | undefined)?.extension_pages ?? '';
    expect(csp).toMatch(/connect-src 'self'/);
    const blocked = await ext.serviceWorker.evaluate(() =>
      fetch('https://request-check.invalid/ping').then(
        () => 'fetched',
        (error: Error) => error.name,
      ),
    );
    expect(blocked).toBe('TypeError');
  });

  test('the request check does catch a scripted request (so the checks above can fail)', async () => {
    const page = await ext.newWindowPage();
    await page.evaluate(() => fetch('https://request-check.invalid/ping').catch(() => undefined));
    await expect.poll(() => ext.unexpectedRequests).toContain('https://request-check.invalid/ping');
    await page.close();
  });
});
