import { TONE_RANK } from '@/lib/tone';
import type { ItemRow } from './db';

/**
 * An item's place in the inbox, as one string the `items.inbox` index sorts: the panel's
 * answering order (lib/panel/order.ts) across every page. Abusive items sink (the playbook
 * says not to engage), then worst tone first (unlabelled last), then the longest waiting
 * first (the item's own time, else when it was first seen). Undefined once something was
 * done about the item, so the sparse index holds only open items.
 */
export function inboxKey(row: Pick<ItemRow, 'handled' | 'tone' | 'labels' | 'postedAt' | 'firstSeenAt'>): string | undefined {
  if (row.handled) return undefined;
  const abusive = row.labels?.flags.includes('abusive') ? 1 : 0;
  const tone = row.tone ? TONE_RANK[row.tone] : 3;
  const waitingSince = row.postedAt ?? row.firstSeenAt;
  return `${abusive}${tone}${String(Math.max(0, Math.round(waitingSince))).padStart(13, '0')}`;
}

/** Sets (or removes) the row's inbox key from its state, in place; returns the row. */
export function withInboxKey<T extends ItemRow>(row: T): T {
  const key = inboxKey(row);
  if (key === undefined) delete row.inbox;
  else row.inbox = key;
  return row;
}
