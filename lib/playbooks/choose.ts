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
 * Words aimed at a person (insults, "shut up", "f*** you"), as opposed to swearing about
 * an experience ("a damn joke", "shit coffee"). Checked on the item's own text.
 */
const PERSONAL_ATTACK =
  /\b(?:idiots?|morons?|imbeciles?|clowns?|losers?|scum(?:bags?)?|retard(?:s|ed)?|dumbass(?:es)?|bitch(?:es)?|shut\s+up|stfu|kys|kill\s+yourself|go\s+to\s+hell|f(?:uck|u?ck|\*+)\s*(?:you|u|off))\b/i;

export function isPersonalAttack(text: string | undefined): boolean {
  return text !== undefined && PERSONAL_ATTACK.test(text);
}

/**
 * Maybe an angry customer rather than a troll: abusive language around a real grievance
 * (a complaint or a refund demand) with no insult aimed at a person. The seeds: thank
 * people for caring enough to be angry; ignore hate mail, flames and trolls. Abusive items
 * still get the troll playbook; the panel offers to answer the problem when this holds.
 */
export function isAngryCustomer(labels: Pick<Labels, 'flags'>, text: string | undefined): boolean {
  if (text === undefined) return false; // unknown words: keep the safe choice, do not engage
  const flags = new Set(labels.flags);
  return flags.has('abusive') && (flags.has('complaint') || flags.has('refund')) && !isPersonalAttack(text);
}

/**
 * Which playbook answers an item. Precedence, first match wins:
 * abusive → troll (unless `answerAbusive`, the user's choice for an angry customer); legal → legal; escalation → escalation; rating ≤ 2 → low-star;
 * complaint or negative tone → detractor; question → question; positive → fan;
 * otherwise indifferent.
 */
export function choosePlaybook(
  labels: Pick<Labels, 'tone' | 'flags'>,
  item: Partial<Pick<Item, 'rating' | 'ratingMax' | 'text'>> = {},
  { answerAbusive = false }: { answerAbusive?: boolean } = {},
): PlaybookKind {
  const flags = new Set(labels.flags);
  if (flags.has('abusive') && !answerAbusive) return 'troll';
  if (flags.has('legal')) return 'legal';
  if (flags.has('escalation')) return 'escalation';
  const stars = starsOutOfFive(item);
  if (stars !== undefined && stars <= 2) return 'low-star';
  if (flags.has('complaint') || labels.tone === 'negative') return 'detractor';
  if (flags.has('question')) return 'question';
  if (labels.tone === 'positive') return 'fan';
  return 'indifferent';
}
