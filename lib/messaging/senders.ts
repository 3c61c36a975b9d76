import { HOST_SITES, matchPattern } from '@/lib/sites';

/**
 * Who may send what to the background. Extension pages (panel, dashboard, demo)
 * may send everything; a content script only the narrow messages it needs, and
 * only about the site its tab shows. The browser fills in `sender` (id, url, tab):
 * a page or a compromised renderer cannot choose it.
 */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export interface Own {
  /** This extension's id (browser.runtime.id). */
  id: string;
  /** This extension's origin with a trailing slash (browser.runtime.getURL('/')). */
  origin: string;
}

export type SenderVerdict = { ok: true } | { ok: false; reason: string };

const refuse = (reason: string): SenderVerdict => ({ ok: false, reason });

/** A page of this extension (side panel, dashboard, demo), not a content script. */
export function isOwnExtensionPage(sender: SenderInfo, own: Own): boolean {
  return sender.id === own.id && typeof sender.url === 'string' && sender.url.startsWith(own.origin);
}

/** Writes to the log, settings and other stored data: extension pages only. */
export function checkExtensionPageSender(sender: SenderInfo, own: Own): SenderVerdict {
  return isOwnExtensionPage(sender, own) ? { ok: true } : refuse('only Replybook pages may send this');
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/**
 * `itemsFound` from a content script: the sender must be one of our scripts in a tab,
 * the reported page must be on the tab's own origin, the site id must be the one whose
 * match patterns cover the tab's URL (a markup adapter only where no host adapter
 * applies; the demo only on our own page), and every item must carry that site id.
 */
export function checkItemsSender(
  sender: SenderInfo,
  report: { pageUrl: string; siteId: string; items: ReadonlyArray<{ site: string }> },
  own: Own,
): SenderVerdict {
  if (sender.id !== own.id) return refuse('not from this extension');
  if (sender.tab?.id === undefined) return refuse('not from a tab');
  const url = sender.url;
  if (!url) return refuse('the sender has no URL');
  const pageOrigin = originOf(report.pageUrl);
  if (!pageOrigin || pageOrigin !== originOf(url)) return refuse(`pageUrl is not on the tab's origin (${originOf(url) ?? 'unknown'})`);
  const wrongItem = report.items.find((item) => item.site !== report.siteId);
  if (wrongItem) return refuse(`an item is labelled "${wrongItem.site}" in a "${report.siteId}" report`);
  if (url.startsWith(own.origin)) {
    return report.siteId === 'demo' ? { ok: true } : refuse(`"${report.siteId}" items cannot come from an extension page`);
  }
  if (report.siteId === 'demo') return refuse('"demo" items come only from the demo page');
  const hostSite = HOST_SITES.find((site) => site.matches.some((pattern) => matchPattern(pattern, url)));
  if (hostSite) {
    return hostSite.id === report.siteId ? { ok: true } : refuse(`a ${hostSite.name} tab cannot report "${report.siteId}" items`);
  }
  if (HOST_SITES.some((site) => site.id === report.siteId)) return refuse(`"${report.siteId}" items cannot come from ${originOf(url)}`);
  return /^https?:/.test(url) ? { ok: true } : refuse('not a web page');
}

/**
 * The reply-box messages (`replyBoxSetup`, `replyBoxAssist`, `expandShortcut`) from a content
 * script: the same rule as `itemsFound`, for the site the script names and the page it is on.
 */
export function checkSiteSender(sender: SenderInfo, siteId: string, own: Own): SenderVerdict {
  return checkItemsSender(sender, { pageUrl: sender.url ?? '', siteId, items: [] }, own);
}
