import type { ReplyLanguage } from '../point-phrases';
import type { PhraseBank } from '../types';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { pt } from './pt';

export const BANKS: Record<ReplyLanguage, PhraseBank> = { en, fr, es, de, it, pt };

/** The business noun (profile.business.noun) as English replies say it after "your". */
export const ENGLISH_NOUNS: Record<string, string> = {
  visit: 'visit',
  stay: 'stay',
  order: 'order',
  meal: 'meal',
  account: 'experience with us',
  appointment: 'appointment',
  experience: 'experience',
};
