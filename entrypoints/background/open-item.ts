import { browser } from 'wxt/browser';
import type { MessageData, OpenItemResult } from '@/lib/messaging/protocol';
import { sendToPage } from '@/lib/messaging/to-page';
import { TAB_STATE_PREFIX, type TabState } from '@/lib/tab-state';

/**
 * The inbox's "Open on the page". A tab whose page showed the item (the tab states this
 * background keeps know every tab's page and items) is brought to the front and asked to
 * scroll to it (`focusItem`, lib/content/page-commands.ts). Without one, the item's page opens
 * in a new tab and the item is remembered for that tab: once the page's content script reports
 * it (`itemsFound`), `focusWhenFound` scrolls to it.
 */
const PENDING_PREFIX = 'focusWhenFound:';
/** The session key of a tab's pending scroll (removed with the tab). */
export const pendingFocusKey = (tabId: number) => PENDING_PREFIX + tabId;
/** A page that takes longer than this to show the item is not scrolled any more (the user moved on). */
const PENDING_MS = 2 * 60_000;

interface PendingFocus {
  itemId: string;
  until: number;
}

/** Page addresses compare without their fragment and trailing slash. */
export function samePage(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const bare = (url: string) => url.split('#')[0]!.replace(/\/+$/, '');
  return bare(a) === bare(b);
}

/** Only a web page (or this extension's own demo page) is opened: the address came from a page. */
export function openableUrl(url: string | undefined, ownOrigin: string): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'https:' || parsed.protocol === 'http:') return parsed.href;
    if (url.startsWith(ownOrigin)) return parsed.href;
  } catch {
    return undefined;
  }
  return undefined;
}

async function tabStates(): Promise<TabState[]> {
  const all = (await browser.storage.session.get(null)) as Record<string, unknown>;
  return Object.entries(all)
    .filter(([key, value]) => key.startsWith(TAB_STATE_PREFIX) && value && Array.isArray((value as TabState).items))
    .map(([, value]) => value as TabState);
}

async function focusInTab(tabId: number, pageUrl: string, itemId: string): Promise<boolean> {
  const answer = await sendToPage(tabId, pageUrl, 'focusItem', { itemId }).catch(() => undefined);
  return answer?.ok === true;
}

async function remember(tabId: number, itemId: string, now: number) {
  await browser.storage.session.set({ [pendingFocusKey(tabId)]: { itemId, until: now + PENDING_MS } satisfies PendingFocus });
}

export async function openItem(data: MessageData<'openItem'>, now = Date.now()): Promise<OpenItemResult> {
  const states = await tabStates();
  // The tab listing the item first (newest report first), else one on its page.
  const candidates = [
    ...states.filter((state) => state.items.some((item) => item.id === data.itemId)).sort((a, b) => b.updatedAt - a.updatedAt),
    ...states.filter((state) => samePage(state.pageUrl, data.pageUrl) || samePage(state.pageUrl, data.permalink)),
  ];
  for (const state of candidates) {
    const tab = await browser.tabs.update(state.tabId, { active: true }).catch(() => undefined);
    if (!tab) continue; // closed since it reported
    if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
    const focused = await focusInTab(state.tabId, state.pageUrl, data.itemId);
    // Not there yet (a feed still loading it): scroll when the page reports it.
    if (!focused) await remember(state.tabId, data.itemId, now);
    return { ok: true, opened: 'existing-tab', focused };
  }
  const own = browser.runtime.getURL('/');
  const url = openableUrl(data.pageUrl, own) ?? openableUrl(data.permalink, own);
  if (!url) return { ok: false, message: 'This item has no web address to open (it was seen before Replybook kept page addresses).' };
  const tab = await browser.tabs.create({ url, active: true });
  if (tab.id === undefined) return { ok: false, message: 'The browser did not open the page.' };
  await remember(tab.id, data.itemId, now);
  return { ok: true, opened: 'new-tab', focused: false };
}

/** A tab reported its items: scroll to the one "Open on the page" asked for, once it is among them. */
export async function focusWhenFound(tabId: number, pageUrl: string, itemIds: readonly string[], now = Date.now()): Promise<boolean> {
  const key = pendingFocusKey(tabId);
  const pending = (await browser.storage.session.get(key))[key] as PendingFocus | undefined;
  if (!pending) return false;
  if (pending.until < now) {
    await browser.storage.session.remove(key);
    return false;
  }
  if (!itemIds.includes(pending.itemId)) return false;
  const focused = await focusInTab(tabId, pageUrl, pending.itemId);
  if (focused) await browser.storage.session.remove(key);
  return focused;
}
