import type { LabelledItem } from '@/lib/messaging/protocol';
import type { ResponseAction, ResponseRow } from '@/lib/storage/db';

/**
 * What happened to an item, in the words the panel shows. One source for the row's
 * chip, the header's "handled" count and the "show handled" filter, so they agree:
 * an item is handled once anything was logged for it or the page shows the owner's reply.
 */
export type HandledState = ResponseAction | 'repliedOnPage';

export const HANDLED_WORDS: Record<HandledState, string> = {
  inserted: 'inserted',
  copied: 'copied',
  answered: 'answered',
  ignored: 'ignored',
  repliedOnPage: 'replied on page',
};

/** The latest logged action per item, else the owner's reply on the page; unhandled items are absent. */
export function handledStates(items: readonly LabelledItem[], responses: readonly ResponseRow[]): Map<string, HandledState> {
  const latest = new Map<string, ResponseRow>();
  for (const row of responses) {
    const seen = latest.get(row.itemId);
    if (!seen || row.repliedAt >= seen.repliedAt) latest.set(row.itemId, row);
  }
  const states = new Map<string, HandledState>();
  for (const item of items) {
    if (item.isOwnerReply) continue;
    const row = latest.get(item.id);
    if (row) states.set(item.id, row.action);
    else if (item.hasOwnerReply) states.set(item.id, 'repliedOnPage');
  }
  return states;
}
