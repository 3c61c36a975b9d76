import { useMemo, useState } from 'react';
import type { Reading } from '@/lib/reading';
import { composeReplies, type ReplyLanguage } from '@/lib/playbooks/compose/compose';
import {
  defaultPhrases,
  PHRASE_SLOT_LABELS,
  PHRASE_VARIABLES,
  slotsFor,
  type PhraseRegister,
  type PhraseSet,
  type PhraseSlot,
  type PhraseSlots,
} from '@/lib/playbooks/compose/phrases';
import type { Family } from '@/lib/playbooks/family';
import { PHRASE_LANGUAGES, PhraseTextSchema, type Playbook, type PlaybookKind } from '@/lib/playbooks/schema';
import { SAMPLE_PROFILE, type Profile } from '@/lib/settings/schema';
import { PHRASE_VARIABLE_LABELS } from '@/lib/playbooks/template-options';
import type { PlaybookDraft } from './draft';
import { VariableTextField } from './VariableTextField';

const KIND_FAMILY: Record<PlaybookKind, Family> = {
  troll: 'ignore',
  legal: 'legal',
  escalation: 'escalation',
  'low-star': 'complaint',
  detractor: 'complaint',
  question: 'question',
  fan: 'fan',
  indifferent: 'lukewarm',
  light: 'light',
};

/** Which wording is edited: shared by both registers, or for one only. */
type RegisterChoice = 'both' | PhraseRegister;
const REGISTER_LABELS: Record<RegisterChoice, string> = {
  both: 'Both registers',
  formal: 'Formal only (review sites, LinkedIn)',
  informal: 'Informal only (Instagram, X, YouTube)',
};
/** A site of each register for the preview. */
const PREVIEW_SITE: Record<RegisterChoice, string> = { both: 'google-maps', formal: 'google-maps', informal: 'instagram' };

function slotsOf(set: PhraseSet | undefined, register: RegisterChoice): PhraseSlots {
  if (!set) return {};
  if (register !== 'both') return set[register] ?? {};
  const { formal: _formal, informal: _informal, ...shared } = set;
  return shared;
}

const LANGUAGE_LABELS: Record<ReplyLanguage, string> = {
  en: 'English',
  fr: 'French',
  es: 'Spanish',
  de: 'German',
  it: 'Italian',
  pt: 'Portuguese',
};

/** A sample item per reply language for the preview: a dish with its article, as a customer writes it. */
const SAMPLE_DISH: Record<ReplyLanguage, { text: string; dish: string }> = {
  en: { text: 'About the cardamom bun.', dish: 'cardamom bun' },
  fr: { text: 'À propos du pain perdu.', dish: 'pain perdu' },
  es: { text: 'Sobre la tarta de queso.', dish: 'tarta de queso' },
  de: { text: 'Zum Apfelstrudel.', dish: 'Apfelstrudel' },
  it: { text: 'Riguardo il tiramisù.', dish: 'tiramisù' },
  pt: { text: 'Sobre o pastel de nata.', dish: 'pastel de nata' },
};

/** The first suggestion this playbook would compose for a sample item, with the draft's wording. */
function previewOf(family: Family, language: ReplyLanguage, phrases: Playbook['phrases'], profile: Profile, site: string): string {
  const sample = SAMPLE_DISH[language];
  const reading: Reading = {
    language,
    languageConfidence: 1,
    tone: family === 'fan' ? 'positive' : family === 'question' || family === 'light' ? 'neutral' : 'negative',
    scores: { positive: 0.34, neutral: 0.33, negative: 0.33 },
    flags: [],
    questions: family === 'question' ? [sample.text] : [],
    points: [{ aspect: 'product', polarity: family === 'fan' ? 'positive' : 'negative', text: sample.dish }],
    topics: [],
    reasons: [],
  };
  const composition = composeReplies({
    reading,
    family,
    item: { text: sample.text, author: 'Jane Doe', site },
    profile: { ...profile, languages: [language] },
    site,
    ...(phrases ? { phrases } : {}),
  });
  return composition.replies[0]?.text ?? '';
}

export interface PhraseSectionProps {
  draft: PlaybookDraft;
  change: (update: (current: PlaybookDraft) => PlaybookDraft) => void;
  /** The profile the preview is written for (its brand, channel and business words). */
  profile?: Profile;
}

/**
 * The playbook's own wording per reply language: greeting, thanks or apology, next step and
 * sign-off, each shown as the built-in default until edited, with a reset to the default
 * and a preview of the first suggestion using them.
 */
export function PhraseSection({ draft, change, profile = SAMPLE_PROFILE }: PhraseSectionProps) {
  const [language, setLanguage] = useState<ReplyLanguage>('en');
  const [register, setRegister] = useState<RegisterChoice>('both');
  const family = KIND_FAMILY[draft.kind];
  const slots = slotsFor(family);
  const channelKind = profile.email ? 'email' : profile.dmHandle ? 'dm' : profile.phone ? 'phone' : 'email';
  const defaults = useMemo(
    () =>
      defaultPhrases(language, family, {
        kind: profile.business?.kind,
        nounKey: profile.business?.noun,
        channelKind,
        formal: register !== 'informal',
      }),
    [language, family, profile, channelKind, register],
  );
  const own: PhraseSlots = slotsOf(draft.phrases?.[language], register);
  const preview = useMemo(
    () => (slots.length > 0 ? previewOf(family, language, draft.phrases, profile, PREVIEW_SITE[register]) : ''),
    [family, language, draft.phrases, profile, slots.length, register],
  );

  const setPhrase = (slot: PhraseSlot, text: string | undefined) =>
    change((d) => {
      const current: PhraseSet = { ...(d.phrases?.[language] ?? {}) };
      const target: PhraseSlots = register === 'both' ? current : { ...(current[register] ?? {}) };
      // Text equal to the default is no override: the built-in wording keeps improving with updates.
      if (text === undefined || text === defaults[slot]) delete target[slot];
      else target[slot] = text;
      if (register !== 'both') {
        if (Object.keys(target).length > 0) current[register] = target;
        else delete current[register];
      }
      const phrases = { ...(d.phrases ?? {}), [language]: current };
      if (Object.keys(current).length === 0) delete phrases[language];
      return { ...d, phrases: Object.keys(phrases).length > 0 ? phrases : undefined };
    });

  if (slots.length === 0) return null;
  return (
    <section aria-labelledby="rb-pb-phrases-title" className="rb-pb-phrases">
      <h3 id="rb-pb-phrases-title">Your wording</h3>
      <p className="rb-hint">
        Greeting and sign-off go into every suggestion; the opening and next step into the first one. Variables:{' '}
        {PHRASE_VARIABLES.map((name) => `{{${name}}}`).join(' ')}. A phrase whose variable is empty for an item (no points read, no channel)
        falls back to the built-in wording, and so does a shared phrase written in the other register (a "tu" phrase on a review site).
      </p>
      <div className="rb-field">
        <label htmlFor="rb-pb-phrase-language">Language of the wording</label>
        <select id="rb-pb-phrase-language" value={language} onChange={(e) => setLanguage(e.target.value as ReplyLanguage)}>
          {PHRASE_LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {LANGUAGE_LABELS[code]}
              {draft.phrases?.[code] ? ' (edited)' : ''}
            </option>
          ))}
        </select>
      </div>
      <div className="rb-field">
        <label htmlFor="rb-pb-phrase-register">Register</label>
        <select id="rb-pb-phrase-register" value={register} onChange={(e) => setRegister(e.target.value as RegisterChoice)}>
          {(Object.keys(REGISTER_LABELS) as RegisterChoice[]).map((choice) => (
            <option key={choice} value={choice}>
              {REGISTER_LABELS[choice]}
              {choice !== 'both' && draft.phrases?.[language]?.[choice] ? ' (edited)' : ''}
            </option>
          ))}
        </select>
      </div>
      {slots.map((slot) => {
        const id = `rb-pb-phrase-${slot}`;
        const value = own[slot] ?? defaults[slot] ?? '';
        const edited = own[slot] !== undefined;
        const check = edited ? PhraseTextSchema.safeParse(value) : undefined;
        const problem = check && !check.success ? check.error.issues[0]?.message : undefined;
        return (
          <div className="rb-pb-phrase" key={slot}>
            <VariableTextField
              id={id}
              label={`${PHRASE_SLOT_LABELS[slot]} (${LANGUAGE_LABELS[language]})${edited ? ', edited' : ''}`}
              value={value}
              rows={2}
              variables={PHRASE_VARIABLE_LABELS}
              // Variable problems are the field's own; the schema's other rules (length, characters) show here.
              otherProblem={problem && !/variable|template|tags/u.test(problem) ? `${PHRASE_SLOT_LABELS[slot]}: ${problem}` : undefined}
              onChange={(text) => setPhrase(slot, text)}
            />
            <button
              type="button"
              // The visible words first, so a voice command saying them finds the button.
              aria-label={`Reset to default ${PHRASE_SLOT_LABELS[slot]} (${LANGUAGE_LABELS[language]})`}
              disabled={!edited}
              onClick={() => setPhrase(slot, undefined)}
            >
              Reset to default
            </button>
          </div>
        );
      })}
      <p className="rb-hint" aria-label="Preview of your wording">
        {preview}
      </p>
    </section>
  );
}
