import type { Tone } from '@/lib/classifier/labels';
import { TONE_RANK } from '@/lib/tone';
import type { PanelItem } from './status';

/**
 * The order a person should answer in: unanswered before answered, then worst
 * tone first (abusive items sink: the playbook says not to engage), then oldest
 * first. Owner replies are not items to answer and are left out.
 */
export function orderForAnswering(items: readonly PanelItem[]): PanelItem[] {
  const keyed = items
    .filter((item) => !item.isOwnerReply)
    .map((item, index) => {
      const abusive = item.labels.flags.includes('abusive');
      const time = item.postedAt ? Date.parse(item.postedAt) : Number.POSITIVE_INFINITY;
      return { item, index, handled: item.handled ? 1 : 0, abusive: abusive ? 1 : 0, tone: TONE_RANK[item.labels.tone], time };
    });
  keyed.sort((a, b) => a.handled - b.handled || a.abusive - b.abusive || a.tone - b.tone || a.time - b.time || a.index - b.index);
  return keyed.map((k) => k.item);
}

/** Counts by effective tone, for the panel's filter chips. */
export function countByTone(items: readonly PanelItem[]): Record<Tone, number> {
  const counts: Record<Tone, number> = { negative: 0, neutral: 0, positive: 0 };
  for (const item of items) if (!item.isOwnerReply) counts[item.labels.tone] += 1;
  return counts;
}
