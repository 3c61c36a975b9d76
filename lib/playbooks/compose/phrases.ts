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
/** One wording per slot. */
export type PhraseSlots = Partial<Record<PhraseSlot, string>>;
/**
 * A language's wording: the slots used in both registers, and optionally slots only for the
 * formal one (vous, Sie, usted, Lei: review sites, LinkedIn) or the informal one (tu, du, tú:
 * Instagram, X, YouTube). A register's own slot wins over the shared one.
 */
export type PhraseSet = PhraseSlots & { formal?: PhraseSlots; informal?: PhraseSlots };
export const PHRASE_REGISTERS = ['formal', 'informal'] as const;
export type PhraseRegister = (typeof PHRASE_REGISTERS)[number];

/** Words that mark the informal and the formal "you" in each language (English has one "you"). */
const REGISTER_MARKS: Partial<Record<ReplyLanguage, { informal: RegExp; formal: RegExp }>> = {
  fr: { informal: /(?<![\p{L}])(?:tu|te|toi|ton|ta|tes|t['’])(?![\p{L}])/iu, formal: /(?<![\p{L}])(?:vous|votre|vos)(?![\p{L}])/iu },
  de: {
    informal: /(?<![\p{L}])(?:du|dich|dir|dein\p{L}*|euch|eu(?:er|re)\p{L}*)(?![\p{L}])/u,
    formal: /(?<![\p{L}])(?:Sie|Ihnen|Ihr\p{L}*)(?![\p{L}])/u,
  },
  es: {
    informal: /(?<![\p{L}])(?:tú|te|ti|tu|tus|contigo|vosotr\p{L}+|os)(?![\p{L}])/iu,
    formal: /(?<![\p{L}])(?:usted(?:es)?)(?![\p{L}])/iu,
  },
  it: {
    informal: /(?<![\p{L}])(?:tu|ti|te|tuo|tua|tuoi|tue)(?![\p{L}])/iu,
    formal: /(?<![\p{L}])(?:Lei|Suo|Sua|Suoi|Sue|La ringrazi\p{L}*)(?![\p{L}])/u,
  },
  pt: {
    informal: /(?<![\p{L}])(?:tu|te|ti|teu|tua|teus|tuas|contigo)(?![\p{L}])/iu,
    formal: /(?<![\p{L}])(?:você|vocês|o senhor|a senhora|consigo)(?![\p{L}])/iu,
  },
};

/** The register a phrase is written in, when its words say ("Merci à toi" is informal), else undefined. */
export function registerOf(text: string, language: ReplyLanguage): PhraseRegister | undefined {
  const marks = REGISTER_MARKS[language];
  if (!marks) return undefined;
  const bare = text.replace(/\{\{\{?\s*\w+\s*\}?\}\}/gu, ' ');
  const informal = marks.informal.test(bare);
  const formal = marks.formal.test(bare);
  return informal === formal ? undefined : informal ? 'informal' : 'formal';
}

/**
 * The slots to use for one register: the register's own, then the shared ones whose words do
 * not say the other register (a shared "Merci à toi !" is not used on a review site, where the
 * built-in formal wording stands in).
 */
export function phrasesForRegister(set: PhraseSet | undefined, language: ReplyLanguage, formal: boolean): PhraseSlots | undefined {
  if (!set) return undefined;
  const register: PhraseRegister = formal ? 'formal' : 'informal';
  const out: PhraseSlots = {};
  for (const slot of PHRASE_SLOTS) {
    const own = set[register]?.[slot];
    const shared = set[slot];
    if (own) out[slot] = own;
    else if (shared) {
      const said = registerOf(shared, language);
      if (!said || said === register) out[slot] = shared;
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

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
export function defaultPhrases(language: ReplyLanguage, family: Family, options: PhraseDefaultsOptions = {}): PhraseSlots {
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
  const phrases: PhraseSlots = { greeting: bank.greeting(context), signOff: '{{signature}}' };
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
export function withPhrases(sentences: string[], phrases: PhraseSlots, family: Family, values: PhraseValues): string[] {
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
