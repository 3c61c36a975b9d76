import type { Labels } from '@/lib/classifier/labels';

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
