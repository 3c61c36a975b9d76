import type { ItemFlag, Labels } from '@/lib/classifier/labels';
import { languageName } from './language';

/** The words a marketer sees for each flag (the code names are camelCase). */
export const FLAG_WORDS: Record<ItemFlag, string> = {
  abusive: 'abusive',
  spam: 'spam',
  hazard: 'safety issue',
  legal: 'legal',
  escalation: 'going public',
  refund: 'refund',
  complaint: 'complaint',
  question: 'question',
  sarcasm: 'sarcasm',
  mixed: 'mixed',
  ratingMismatch: 'stars disagree',
  offTopic: 'off topic',
};

/** One line on what each flag means, for a chip's tooltip. */
export const FLAG_HINTS: Record<ItemFlag, string> = {
  abusive: 'Insults or threats aimed at people: hide or report, do not engage',
  spam: 'An ad, a scam or follower selling: nothing to answer',
  hazard: 'A health or safety issue: take it up today, privately',
  legal: 'Mentions a lawyer, a court or a regulator: hand it to whoever handles legal',
  escalation: 'Threatens to go public, or a safety issue: answer fast and take it private',
  refund: 'Asks for money back or to cancel',
  complaint: 'Something went wrong for them',
  question: 'Asks something you can answer',
  sarcasm: 'Praise words around a bad experience: read it as a complaint',
  mixed: 'Praise and a problem together',
  ratingMismatch: 'The stars and the words disagree',
  offTopic: 'Not about your business: talking to someone else or sharing news',
};

/** Most urgent first: what a badge with room for two shows. */
const FLAG_PRIORITY: readonly ItemFlag[] = [
  'hazard',
  'legal',
  'abusive',
  'spam',
  'escalation',
  'refund',
  'sarcasm',
  'ratingMismatch',
  'mixed',
  'question',
  'offTopic',
  'complaint',
];

export function flagsByUrgency(flags: readonly ItemFlag[]): ItemFlag[] {
  return [...new Set(flags)].sort((a, b) => FLAG_PRIORITY.indexOf(a) - FLAG_PRIORITY.indexOf(b));
}

export interface BadgeView {
  /** Short marks after the tone on the badge itself, e.g. "1★", "FR", "sarcasm". */
  marks: string[];
  /** The tooltip's sentence: every flag, the stars, the language and the first reasons. */
  detail: string;
}

/**
 * What an item's badge says beyond its tone: the stars (they weigh on the tone), the language
 * when it is not one the replier writes, and the two most urgent flags. The complaint flag is
 * left to the tone colour, as nearly every negative item has it.
 */
export function badgeView(labels: Labels, options: { replyLanguages?: readonly string[]; answered?: boolean } = {}): BadgeView {
  const marks: string[] = [];
  const sentences: string[] = [];
  if (options.answered) sentences.push('answered');
  if (labels.stars !== undefined) {
    const stars = Math.round(labels.stars * 10) / 10;
    marks.push(`${stars}★`);
    sentences.push(`${stars} of 5 stars`);
  }
  const language = labels.language;
  const known = options.replyLanguages ?? ['en'];
  if (language && language !== 'und' && !known.includes(language)) {
    marks.push(language.toUpperCase());
    sentences.push(`written in ${languageName(language)}`);
  }
  const flags = flagsByUrgency(labels.flags as ItemFlag[]);
  marks.push(
    ...flags
      .filter((f) => f !== 'complaint')
      .slice(0, 2)
      .map((f) => FLAG_WORDS[f]),
  );
  if (flags.length) sentences.push(`flags: ${flags.map((f) => FLAG_WORDS[f]).join(', ')}`);
  sentences.push(...labels.reasons.slice(0, 2));
  return { marks, detail: sentences.join('; ') };
}
