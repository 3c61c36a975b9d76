import { sendMessage } from '@/lib/messaging/protocol';

/**
 * The dashboard changed the log (a tone correction, an import, a wipe): the background
 * derives the open tabs' items again so their panels show it. Best effort: the write
 * is done either way, and a panel opened later reads the log afresh.
 */
export function tellPanelsLogChanged(itemIds?: string[]): void {
  void sendMessage('logChanged', itemIds ? { itemIds } : {}).catch(() => undefined);
}
