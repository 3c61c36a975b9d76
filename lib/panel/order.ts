import type { Tone } from '@/lib/classifier/labels';
import type { LabelledItem } from '@/lib/messaging/protocol';

const TONE_RANK: Record<Tone, number> = { negative: 0, neutral: 1, positive: 2 };

export interface ItemStatus {
  /** The user already responded (inserted, copied, marked answered or ignored). */
  handled: boolean;
  /** Effective tone: the user's correction, else the classifier's. */
  tone: Tone;
}

/** Effective tone and handled state for one item. */
export function statusOf(item: LabelledItem, handledIds: ReadonlySet<string>, corrections: ReadonlyMap<string, Tone>): ItemStatus {
  return {
    handled: handledIds.has(item.id) || Boolean(item.hasOwnerReply),
    tone: corrections.get(item.id) ?? item.labels.tone,
  };
}

/**
 * The order a person should answer in: unanswered before answered, then worst
 * tone first (abusive items sink: the playbook says not to engage), then oldest
 * first. Owner replies are not items to answer and are left out.
 */
export function orderForAnswering(
  items: readonly LabelledItem[],
  handledIds: ReadonlySet<string>,
  corrections: ReadonlyMap<string, Tone>,
): LabelledItem[] {
  const keyed = items
    .filter((item) => !item.isOwnerReply)
    .map((item, index) => {
      const status = statusOf(item, handledIds, corrections);
      const abusive = item.labels.flags.includes('abusive');
      const time = item.postedAt ? Date.parse(item.postedAt) : Number.POSITIVE_INFINITY;
      return { item, index, handled: status.handled ? 1 : 0, abusive: abusive ? 1 : 0, tone: TONE_RANK[status.tone], time };
    });
  keyed.sort(
    (a, b) =>
      a.handled - b.handled ||
      a.abusive - b.abusive ||
      a.tone - b.tone ||
      a.time - b.time ||
      a.index - b.index,
  );
  return keyed.map((k) => k.item);
}

/** Counts by effective tone, for the panel's filter chips. */
export function countByTone(items: readonly LabelledItem[], corrections: ReadonlyMap<string, Tone>): Record<Tone, number> {
  const counts: Record<Tone, number> = { negative: 0, neutral: 0, positive: 0 };
  for (const item of items) if (!item.isOwnerReply) counts[corrections.get(item.id) ?? item.labels.tone] += 1;
  return counts;
}
