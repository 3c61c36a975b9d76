import { browser } from 'wxt/browser';
import { openPanel, openPanelOnToolbarClick } from '@/lib/browser-support';
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

/** First install: open the welcome page (part of the dashboard) to fill in the profile. */
export function registerOnboarding() {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html#/welcome') });
  });
}
