import { browser } from 'wxt/browser';
import { BLOGS_SCRIPT } from '@/lib/scan/scan-tab';
import { loadSettings } from '@/lib/settings/storage';
import { afterFirstLabels } from './start-up';

const SCRIPT_ID = 'replybook-extra-sites';

type Scripting = typeof chrome.scripting;
const scriptingApi = () => (browser as unknown as { scripting?: Scripting }).scripting;

/**
 * Runs the markup-recognised adapters on the sites the user added in Settings,
 * for those whose permission the user granted (each site alone, asked when added).
 * Called at start-up and whenever the settings or the granted permissions change.
 */
export async function syncExtraSites(): Promise<string[]> {
  const scripting = scriptingApi();
  if (!scripting) return []; // "scripting" is optional: asked for with the first added site.
  const origins = (await loadSettings()).extraSites;
  const granted: string[] = [];
  for (const origin of origins) {
    if (await browser.permissions.contains({ origins: [`${origin}/*`] })) granted.push(`${origin}/*`);
  }
  const existing = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (granted.length === 0) {
    if (existing.length) await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return [];
  }
  const script = { id: SCRIPT_ID, matches: granted, js: [BLOGS_SCRIPT], runAt: 'document_idle' as const, persistAcrossSessions: true };
  if (existing.length) await scripting.updateContentScripts([script]);
  else await scripting.registerContentScripts([script]);
  return granted;
}

export function registerExtraSiteSync() {
  const sync = () => void syncExtraSites().catch((error: unknown) => console.warn('[replybook] could not register added sites', error));
  // Registered scripts persist across sessions: at browser start the check waits for the first labels.
  browser.runtime.onStartup.addListener(() => afterFirstLabels(sync, 'added sites'));
  browser.runtime.onInstalled.addListener(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.storage.onChanged.addListener((changes, area) => {
    // Published by saveSettings with every change (the settings themselves are in IndexedDB).
    if (area === 'local' && 'siteSwitches' in changes) sync();
  });
}
