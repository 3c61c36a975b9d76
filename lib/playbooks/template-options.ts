import type { PhraseVariable } from './compose/phrases';
import type { LengthClass, PlaybookKind, TemplateVariable } from './schema';

/** What each template variable is filled with, for the variable picker and autocomplete. */
export const TEMPLATE_VARIABLE_LABELS: Record<TemplateVariable, string> = {
  firstName: 'their first name',
  author: 'their name as shown',
  site: 'the site (Google, Yelp…)',
  rating: 'their star rating',
  quote: 'a quote of what they said',
  topic: 'what they wrote about',
  brand: 'your brand',
  replierName: 'your name',
  signature: 'your signature',
  email: 'your email',
  phone: 'your phone',
  dmHandle: 'your DM handle',
  supportUrl: 'your help page',
  contact: 'the best way to reach you here',
  answer: 'your answer (you write it each time)',
};

export const PHRASE_VARIABLE_LABELS: Record<PhraseVariable, string> = {
  name: 'their first name',
  points: 'what they mentioned',
  brand: 'your brand',
  channel: 'how to reach you',
  signature: 'your signature',
};

/** What a reply does, in words; the value is the code the ranking keeps three different suggestions with. */
export const INTENT_OPTIONS: readonly { value: string; label: string }[] = [
  { value: 'thank', label: 'Say thank you' },
  { value: 'thank+quote', label: 'Thank, quoting what they said' },
  { value: 'thank+story', label: 'Thank and tell a bit of your story' },
  { value: 'thank+ask-detail', label: 'Thank and ask for details' },
  { value: 'thank+contact', label: 'Thank and give a contact' },
  { value: 'thank+private', label: 'Thank and move to a private chat' },
  { value: 'thank+apologise', label: 'Thank and apologise' },
  { value: 'invite-advocate', label: 'Invite them to share or come back' },
  { value: 'invite-detail', label: 'Invite them to say more' },
  { value: 'answer', label: 'Answer the question' },
  { value: 'answer+contact', label: 'Answer and give a contact' },
  { value: 'answer+story', label: 'Answer with a bit of your story' },
  { value: 'point-to-help', label: 'Point to your help page' },
  { value: 'apologise+private', label: 'Apologise and move to a private chat' },
  { value: 'apologise+next-step', label: 'Apologise and say what happens next' },
  { value: 'apologise+ask-detail', label: 'Apologise and ask for details' },
  { value: 'apologise+story', label: 'Apologise and explain' },
  { value: 'acknowledge+ask-detail', label: 'Acknowledge and ask for details' },
  { value: 'acknowledge+route', label: 'Acknowledge and pass it on' },
  { value: 'take-ownership', label: 'Take responsibility' },
  { value: 'offer-fix', label: 'Offer a fix' },
  { value: 'next-step', label: 'Say what happens next' },
  { value: 'ask-detail', label: 'Ask for details' },
  { value: 'ask-detail+private', label: 'Ask for details privately' },
  { value: 'explain+ask-detail', label: 'Explain and ask for details' },
  { value: 'listen+private', label: 'Listen and move to a private chat' },
  { value: 'move-private', label: 'Move to a private chat' },
  { value: 'hold', label: 'Hold: acknowledge without promising' },
  { value: 'story', label: 'Tell a bit of your story' },
];

/** The words for an intent code; an imported code not in the list reads as its words. */
export function intentLabel(value: string): string {
  return INTENT_OPTIONS.find((option) => option.value === value)?.label ?? value.replace(/[+-]/gu, ' ');
}

export const LENGTH_LABELS: Record<LengthClass, string> = {
  short: 'Short (a line)',
  medium: 'Medium (two or three lines)',
  long: 'Long (a paragraph)',
};

/** The situation a playbook answers, in words (the kind code picks it for an item). */
export const KIND_LABELS: Record<PlaybookKind, string> = {
  troll: 'Trolls, hate or flames (no reply)',
  legal: 'A legal threat',
  escalation: 'A threat to go public',
  'low-star': 'A low-star review',
  detractor: 'A complaint or criticism',
  question: 'A question',
  fan: 'A fan or praise',
  indifferent: 'A lukewarm or neutral item',
  light: 'Not about the business',
};
