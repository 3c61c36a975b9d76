import type { Family } from '../family';
import { BANKS, ENGLISH_NOUNS } from './banks';
import type { ReplyLanguage } from './point-phrases';
import type { BusinessKind, ChannelKind, ComposeContext } from './types';

/**
 * The user's own wording: the parts of a reply a playbook may override per language.
 * Greeting and sign-off apply to every suggestion; the opening (thanks or apology) and the
 * next step replace those sentences of the first suggestion, the one the user posts most.
 */
export const PHRASE_SLOTS = ['greeting', 'thanks', 'apology', 'nextStep', 'signOff'] as const;
export type PhraseSlot = (typeof PHRASE_SLOTS)[number];
export type PhraseSet = Partial<Record<PhraseSlot, string>>;

/** What a phrase may say, filled from the item and the profile. */
export const PHRASE_VARIABLES = ['name', 'points', 'brand', 'channel', 'signature'] as const;
export type PhraseVariable = (typeof PHRASE_VARIABLES)[number];

export const PHRASE_SLOT_LABELS: Record<PhraseSlot, string> = {
  greeting: 'Greeting',
  thanks: 'Thanks',
  apology: 'Apology',
  nextStep: 'Next step',
  signOff: 'Sign-off',
};

/** The opening sentence is an apology in these families, a thank-you in the others. */
const APOLOGY_FAMILIES = new Set<Family>(['complaint', 'escalation']);

/** The slots a family's first suggestion has. `ignore` writes nothing; `light` is one line. */
export function slotsFor(family: Family): PhraseSlot[] {
  if (family === 'ignore') return [];
  if (family === 'light') return ['greeting', 'thanks', 'signOff'];
  return ['greeting', APOLOGY_FAMILIES.has(family) ? 'apology' : 'thanks', 'nextStep', 'signOff'];
}

/** Where each slot sits in the first suggestion's sentences: the opening, or the last sentence. */
function sentenceIndex(slot: PhraseSlot, count: number): number | undefined {
  if (slot === 'thanks' || slot === 'apology') return 0;
  if (slot === 'nextStep') return count > 1 ? count - 1 : undefined;
  return undefined;
}

export interface PhraseDefaultsOptions {
  kind?: BusinessKind;
  nounKey?: string;
  channelKind?: ChannelKind;
  formal?: boolean;
}

/**
 * The built-in wording of each slot for a family and language, with its variables showing
 * ("I'm really sorry about {{points}}."): what the editor shows and resets to.
 */
export function defaultPhrases(language: ReplyLanguage, family: Family, options: PhraseDefaultsOptions = {}): PhraseSet {
  const bank = BANKS[language];
  const intent = bank.families[family][0];
  if (!intent) return {};
  const nounKey = options.nounKey ?? 'visit';
  const context: ComposeContext = {
    language,
    formal: options.formal ?? true,
    name: '{{name}}',
    brand: '{{brand}}',
    kind: options.kind ?? 'cafe',
    noun: ENGLISH_NOUNS[nounKey] ?? nounKey,
    nounKey,
    points: '{{points}}',
    mainPoint: '{{points}}',
    praised: family === 'fan' ? '{{points}}' : '',
    channel: { kind: options.channelKind ?? 'email', value: '{{channel}}' },
    ...(family === 'question' ? { topic: '{{points}}' } : {}),
    refund: false,
    openQuestion: false,
    short: false,
  };
  const sentences = intent.write(context);
  const phrases: PhraseSet = { greeting: bank.greeting(context), signOff: '{{signature}}' };
  for (const slot of slotsFor(family)) {
    const at = sentenceIndex(slot, sentences.length);
    if (at !== undefined && sentences[at]) phrases[slot] = sentences[at];
  }
  return phrases;
}

export interface PhraseValues {
  name?: string;
  points: string;
  brand: string;
  channel: string;
  signature: string;
}

/**
 * A phrase with its variables filled, or undefined when one it needs is empty (no points
 * were read, no channel in the profile): the built-in sentence, which has a wording for
 * that case, is used instead. A greeting without a name drops the name and its comma.
 */
export function fillPhrase(template: string, values: PhraseValues, slot: PhraseSlot): string | undefined {
  let text = template;
  if (slot === 'greeting' && !values.name) text = text.replace(/[\s,]*\{\{\s*name\s*\}\}/gu, '');
  let missing = false;
  text = text.replace(/\{\{\{?\s*(\w+)\s*\}?\}\}/gu, (_, variable: string) => {
    const value = (values as unknown as Record<string, string | undefined>)[variable];
    if (!value) missing = true;
    return value ?? '';
  });
  // A space left before a comma or full stop by an empty variable goes; French " !" and " :" stay.
  const clean = text
    .replace(/[ \t]+([,.])/gu, '$1')
    .replace(/[ \t]{2,}/gu, ' ')
    .trim();
  return missing || !clean ? undefined : clean;
}

/** The first suggestion's sentences with the user's opening and next step put in. */
export function withPhrases(sentences: string[], phrases: PhraseSet, family: Family, values: PhraseValues): string[] {
  const out = [...sentences];
  for (const slot of slotsFor(family)) {
    const template = phrases[slot];
    const at = sentenceIndex(slot, sentences.length);
    if (!template || at === undefined) continue;
    const filled = fillPhrase(template, values, slot);
    if (filled) out[at] = filled;
  }
  return out;
}
