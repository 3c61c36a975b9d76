import type { ReplyLanguage } from '../point-phrases';
import type { ComposeContext } from '../types';

/**
 * One of a sentence's wordings, picked by the item's seed: the same item always gets the same
 * one, and without a seed (the playbook editor's defaults) the first. `slot` keeps two sentences
 * of one reply from always moving together.
 */
export function pick<T>(c: Pick<ComposeContext, 'seed'>, wordings: readonly [T, ...T[]], slot = 0): T {
  if (c.seed === undefined) return wordings[0];
  const mixed = Math.imul((c.seed ^ Math.imul(slot + 1, 0x9e3779b1)) >>> 0, 0x85ebca6b) >>> 0;
  return wordings[(mixed >>> 16) % wordings.length]!;
}

/** First letter in capitals. */
export function cap(text: string): string {
  // A link, a handle or a domain keeps its lower case ("https://…", "@brand", "brand.example/demo").
  if (/^(?:https?:\/\/|www\.|@|[\p{Ll}\d-]+\.[\p{Ll}]{2,}(?:\/|$|\s))/u.test(text)) return text;
  return text ? text.charAt(0).toLocaleUpperCase() + text.slice(1) : text;
}

/** A fact or phrase as a sentence: capital first, a full stop at the end unless it has one. */
export function sentence(text: string): string {
  const trimmed = text.trim().replace(/[;,:\s]+$/u, '');
  if (!trimmed) return '';
  return /[.!?…]$/u.test(trimmed) ? cap(trimmed) : `${cap(trimmed)}.`;
}

/** "[answer: do you have a high chair?]" → "[answer]": the second reply marks the gap without repeating the question. */
export function shortGap(gap: string): string {
  return gap.replace(/^\[([^:\]]+):.*\]$/u, '[$1]').replace(/^\[(?:whether|our|where|when|what|why|how|who|which) .*\]$/u, '[answer]');
}

/** The answer from the profile's facts as a sentence, or the marked gap when there is none. */
export function answerOrGap(c: ComposeContext): string {
  return c.answer ? factSentence(c, c.answer) : (c.gap ?? '');
}

/** Language names as each reply language writes them, for labelling a fact written in another. */
const LANGUAGE_NAMES: Record<ReplyLanguage, Record<ReplyLanguage, string>> = {
  en: { en: 'English', fr: 'French', es: 'Spanish', de: 'German', it: 'Italian', pt: 'Portuguese' },
  fr: { en: 'anglais', fr: 'français', es: 'espagnol', de: 'allemand', it: 'italien', pt: 'portugais' },
  es: { en: 'inglés', fr: 'francés', es: 'español', de: 'alemán', it: 'italiano', pt: 'portugués' },
  de: { en: 'Englisch', fr: 'Französisch', es: 'Spanisch', de: 'Deutsch', it: 'Italienisch', pt: 'Portugiesisch' },
  it: { en: 'inglese', fr: 'francese', es: 'spagnolo', de: 'tedesco', it: 'italiano', pt: 'portoghese' },
  pt: { en: 'inglês', fr: 'francês', es: 'espanhol', de: 'alemão', it: 'italiano', pt: 'português' },
};

/** "Our info on this (in English): "…"": a fact quoted as the profile writes it, labelled, not spliced into a sentence. */
const FACT_LABEL: Record<ReplyLanguage, (language: string, fact: string) => string> = {
  en: (language, fact) => `Our info on this (in ${language}): "${fact}"`,
  fr: (language, fact) => `Notre information à ce sujet (en ${language}) : « ${fact} »`,
  es: (language, fact) => `Nuestra información al respecto (en ${language}): «${fact}»`,
  de: (language, fact) => `Unsere Angaben dazu (auf ${language}): „${fact}“`,
  it: (language, fact) => `Le nostre informazioni in merito (in ${language}): «${fact}»`,
  pt: (language, fact) => `A nossa informação sobre isto (em ${language}): «${fact}»`,
};

/**
 * A fact from the profile as a sentence of the reply. Facts are quoted as written; when they
 * are in another language than the reply, they are labelled with their language and quoted
 * whole, so no foreign clause is spliced into a sentence.
 */
export function factSentence(c: ComposeContext, fact: string): string {
  if (!c.factLanguage || c.factLanguage === c.language) return sentence(fact);
  return FACT_LABEL[c.language](LANGUAGE_NAMES[c.language][c.factLanguage], sentence(fact));
}

/** "Good question: <fact>" when the fact is in the reply's language; the labelled fact after "Good question!" when not. */
export function leadIntoFact(c: ComposeContext, lead: string, fact: string, lowerFirst = false): string {
  if (c.factLanguage && c.factLanguage !== c.language) {
    const exclaimed = c.language === 'fr' ? `${lead} !` : c.language === 'es' ? `¡${lead}!` : `${lead}!`;
    // Quoted with its language after it: the first reply's label is not repeated word for word.
    const quoted =
      { en: `"${sentence(fact)}"`, fr: `« ${sentence(fact)} »`, de: `„${sentence(fact)}“` }[c.language as 'en' | 'fr' | 'de'] ??
      `«${sentence(fact)}»`;
    return `${exclaimed} ${quoted} (${LANGUAGE_NAMES[c.language][c.factLanguage]})`;
  }
  const said = sentence(fact);
  return `${lead}${c.language === 'fr' ? ' :' : ':'} ${lowerFirst ? said.replace(/^./u, (x) => x.toLowerCase()) : said}`;
}
