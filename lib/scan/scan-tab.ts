import { browser } from 'wxt/browser';

/** The runtime content script that runs the markup adapters (WordPress, Blogger, Disqus, else generic). */
export const BLOGS_SCRIPT = 'content-scripts/blogs.js';

type Scripting = typeof chrome.scripting;
const scriptingApi = () => (browser as unknown as { scripting?: Scripting }).scripting;

export type ScanOutcome = { ok: true } | { ok: false; reason: 'no-access' | 'not-a-web-page' | 'unsupported-browser'; message: string };

/**
 * Scans one tab now with the markup adapters (the generic one when no blog platform is
 * recognised), using the access the user just gave: the `activeTab` grant of a toolbar click
 * or a "Find comments on this page" context-menu click, or a site added in Settings. No
 * install-time access to all sites is involved. The content script reports its items as usual;
 * a second injection into the same page is a no-op (runSite's guard).
 */
export async function scanTab(tabId: number): Promise<ScanOutcome> {
  const scripting = scriptingApi();
  if (!scripting)
    return {
      ok: false,
      reason: 'unsupported-browser',
      message: 'This browser cannot scan a page on request; add the site in Settings instead.',
    };
  try {
    // Already read (a supported site's script, a site added in Settings, an earlier scan): injecting
    // again would restart the page's engine and lose what it knows (badges, replies typed so far).
    const [probe] = await scripting.executeScript({ target: { tabId }, func: isReplybookRunning });
    if (probe?.result === true) return { ok: true };
    await scripting.executeScript({ target: { tabId }, files: [BLOGS_SCRIPT] });
    return { ok: true };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    // Chrome's own pages and the Web Store can never be scripted; anything else lacks the grant.
    if (/chrome:|extensions gallery|cannot be scripted|chrome-extension:/i.test(text)) {
      return { ok: false, reason: 'not-a-web-page', message: 'Replybook cannot read this kind of page.' };
    }
    return {
      ok: false,
      reason: 'no-access',
      message:
        'Replybook has no access to this page yet: click the Replybook button in the toolbar (or right-click the page → "Find comments on this page").',
    };
  }
}

/** Runs in the extension's isolated world of the page: runSite marks it with `__replybook_<site>`. */
function isReplybookRunning(): boolean {
  return Object.keys(globalThis).some((key) => key.startsWith('__replybook_'));
}

/** The origin a page's "Always scan this site" asks for, or undefined for a page that is not http(s). */
export function originOf(pageUrl: string): string | undefined {
  try {
    const url = new URL(pageUrl);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}
