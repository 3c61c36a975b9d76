import { browser } from 'wxt/browser';
import { openPanel, openPanelOnToolbarClick } from '@/lib/browser-support';
import { loadSettings } from '@/lib/settings/storage';
import { tabStateKey } from '@/lib/tab-state';
import { pendingFocusKey } from './open-item';

/** The toolbar button opens the panel: Chromium's side panel, Firefox's sidebar. */
export function registerPanelBehaviour() {
  openPanelOnToolbarClick();
  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session.remove([tabStateKey(tabId), pendingFocusKey(tabId)]);
  });
}

/**
 * Opens the side panel for a tab. Must run synchronously inside the message
 * handler that a user's click started: an await before it loses the user gesture.
 */
export function openPanelForTab(tabId: number, windowId?: number): Promise<void> {
  return openPanel(tabId, windowId);
}

/**
 * First install: open the welcome page (part of the dashboard) to fill in the profile. Not for a
 * profile already onboarded: Chromium reports an extension loaded from a folder as installed again
 * at every browser start, and the welcome page (a whole dashboard) then opened each time, taking
 * the CPU the first page's badges needed (traced: 0.5 s of CPU in the first 2 s).
 */
export function registerOnboarding() {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    void loadSettings()
      .then(
        (settings) => settings.onboarded,
        () => false,
      )
      .then((onboarded) => {
        if (!onboarded) return browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html#/welcome') });
      });
  });
}
