import { browser } from 'wxt/browser';
import { sendMessage, type MessageData } from './protocol';

type PageMessage = 'insertReply' | 'focusItem';

/**
 * Sends a message to the page a tab shows. Content scripts get it through
 * tabs.sendMessage; the demo page is an extension page, which hears runtime
 * messages instead, so those carry the tab id and only that page answers.
 */
export function sendToPage<N extends PageMessage>(tabId: number, pageUrl: string, name: N, data: MessageData<N>) {
  const isExtensionPage = pageUrl.startsWith(browser.runtime.getURL('/'));
  return isExtensionPage ? sendMessage(name, { ...data, tabId } as never) : sendMessage(name, data as never, tabId);
}
