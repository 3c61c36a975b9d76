import { browser } from 'wxt/browser';
import { tabStateKey } from '@/lib/tab-state';

/** Toolbar button opens the side panel (Chrome); Firefox gets WXT's sidebar. */
export function registerPanelBehaviour() {
  const sidePanel = (browser as unknown as { sidePanel?: typeof chrome.sidePanel }).sidePanel;
  void sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => {
    console.warn('[replybook] side panel behaviour not set', error);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session.remove(tabStateKey(tabId));
  });
}

/**
 * Opens the side panel for a tab. Must run synchronously inside the message
 * handler that a user's click started: an await before it loses the user gesture.
 */
export function openPanelForTab(tabId: number, windowId?: number): Promise<void> {
  const sidePanel = (browser as unknown as { sidePanel?: typeof chrome.sidePanel }).sidePanel;
  if (sidePanel) return sidePanel.open(windowId !== undefined ? { tabId, windowId } : { tabId });
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  return sidebar ? sidebar.open() : Promise.resolve();
}

/** First install: open the welcome page (part of the dashboard) to fill in the profile. */
export function registerOnboarding() {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    void browser.tabs.create({ url: browser.runtime.getURL('/options.html#/welcome') });
  });
}
