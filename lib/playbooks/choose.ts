import type { Labels } from '@/lib/classifier/labels';
import type { Item } from '@/lib/sites/item';
import type { PlaybookKind } from './schema';

/** Ratings on the site's own scale are brought to five stars before the low-star test. */
function starsOutOfFive(item: Pick<Item, 'rating' | 'ratingMax'>): number | undefined {
  if (item.rating === undefined) return undefined;
  const max = item.ratingMax ?? 5;
  return (item.rating / max) * 5;
}

/**
 * Which playbook answers an item. Precedence, first match wins:
 * abusive → troll; legal → legal; escalation → escalation; rating ≤ 2 → low-star;
 * complaint or negative tone → detractor; question → question; positive → fan;
 * otherwise indifferent.
 */
export function choosePlaybook(
  labels: Pick<Labels, 'tone' | 'flags'>,
  item: Pick<Item, 'rating' | 'ratingMax'> = {},
): PlaybookKind {
  const flags = new Set(labels.flags);
  if (flags.has('abusive')) return 'troll';
  if (flags.has('legal')) return 'legal';
  if (flags.has('escalation')) return 'escalation';
  const stars = starsOutOfFive(item);
  if (stars !== undefined && stars <= 2) return 'low-star';
  if (flags.has('complaint') || labels.tone === 'negative') return 'detractor';
  if (flags.has('question')) return 'question';
  if (labels.tone === 'positive') return 'fan';
  return 'indifferent';
}
