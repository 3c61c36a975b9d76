import { browser } from 'wxt/browser';

/**
 * The one place that knows where Chromium (MV3 build) and Firefox (MV2 build, `wxt build -b
 * firefox`) differ in the extension APIs Replybook uses. Everything else calls these and never
 * asks which browser it runs in. Checked in both browsers by tests/e2e (firefox.test.ts).
 *
 * - Toolbar button: `action` in MV3, `browserAction` in Firefox's MV2 (same badge methods).
 * - Panel: Chromium's `sidePanel`, opened by the toolbar button (setPanelBehavior) or by
 *   `sidePanel.open` inside a badge click's message handler. Firefox's `sidebarAction` (WXT
 *   turns the side panel entrypoint into `sidebar_action`): Firefox opens it at install and
 *   from its own UI; our toolbar button toggles it. Firefox refuses `sidebarAction.open` for a
 *   click in a content script (not an extension page's input), so there a badge click only
 *   selects its item in the open sidebar.
 * - storage.session: in both (Chromium 102+, Firefox 115+, MV2 included): no fallback needed.
 * - Sites added in Settings: both register the blogs script with `scripting`, which both builds
 *   hold from install (Chromium also uses it for "Find comments on this page" with activeTab),
 *   so only the site's origin is asked for.
 * - i18n.detectLanguage: in both, same result shape, but the two browsers' detectors disagree on
 *   some reviews, so Replybook does not use it: lib/reading's detector answers everywhere, and a
 *   page reads the same in both browsers (tests/e2e/firefox.test.ts compares the tones).
 */

type BadgeMethods = Pick<typeof chrome.action, 'setBadgeText' | 'setBadgeBackgroundColor'>;
interface ToolbarButton extends BadgeMethods {
  onClicked: { addListener(callback: (tab: { id?: number; windowId?: number }) => void): void };
}
interface SidebarAction {
  open(): Promise<void>;
  toggle(): Promise<void>;
}

const api = browser as unknown as {
  action?: ToolbarButton;
  browserAction?: ToolbarButton;
  sidePanel?: typeof chrome.sidePanel;
  sidebarAction?: SidebarAction;
};

/** The toolbar button: badge text and colour. */
export function toolbarButton(): BadgeMethods {
  const button = api.action ?? api.browserAction;
  if (!button) throw new Error('This browser gives extensions no toolbar button API');
  return button;
}

/** Makes a click on the toolbar button open the panel (Chromium: side panel; Firefox: sidebar). */
export function openPanelOnToolbarClick(): void {
  if (api.sidePanel) {
    void api.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => {
      console.warn('[replybook] side panel behaviour not set', error);
    });
    return;
  }
  const sidebar = api.sidebarAction;
  // Called synchronously in the click's handler: Firefox only opens a sidebar on user input.
  if (sidebar) (api.action ?? api.browserAction)?.onClicked.addListener(() => void sidebar.toggle());
}

/**
 * Opens the panel beside a tab. Must run synchronously inside the handler that a user's
 * click started: an await before it loses the user gesture.
 */
export function openPanel(tabId: number, windowId?: number): Promise<void> {
  if (api.sidePanel) return api.sidePanel.open(windowId !== undefined ? { tabId, windowId } : { tabId });
  return api.sidebarAction ? api.sidebarAction.open() : Promise.resolve();
}

/**
 * What to ask for when the user adds a site in Settings: that origin, plus `scripting` in the
 * Chromium build, where it is optional (wxt.config.ts).
 */
export function addedSitePermissions(origin: string): { origins: string[] } {
  // Both builds hold "scripting" from install (wxt.config.ts), so only the site is asked for.
  return { origins: [`${origin}/*`] };
}
