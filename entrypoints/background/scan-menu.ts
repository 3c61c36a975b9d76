import { browser } from 'wxt/browser';
import { scanTab } from '@/lib/scan/scan-tab';
import { openPanelForTab } from './panel';

const MENU_ID = 'replybook-find-comments';

type ContextMenus = typeof chrome.contextMenus;
const menusApi = () => (browser as unknown as { contextMenus?: ContextMenus }).contextMenus;

/**
 * "Find comments on this page" in the page's and the toolbar button's context menu: the click
 * grants `activeTab` for that tab, so the markup adapters can read it without any access to
 * all sites; the side panel opens on it.
 */
export function registerScanMenu() {
  const menus = menusApi();
  if (!menus) return;
  browser.runtime.onInstalled.addListener(() => {
    menus.removeAll(() => menus.create({ id: MENU_ID, title: 'Find comments on this page', contexts: ['page', 'action'] }));
  });
  menus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    // Open first, synchronously, while the click still counts as the user's gesture.
    void openPanelForTab(tab.id, tab.windowId).catch((error: unknown) => console.warn('[replybook] could not open the side panel', error));
    void scanTab(tab.id).then((outcome) => {
      if (!outcome.ok) console.warn('[replybook] scan refused', outcome.message);
    });
  });
}
