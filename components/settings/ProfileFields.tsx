import { useEffect, useState } from 'react';
import { BUSINESS_KINDS, type Profile } from '@/lib/settings/schema';
import type { FieldErrors } from '@/lib/settings/storage';

type TextKey = 'brand' | 'replierName' | 'signature' | 'email' | 'phone' | 'dmHandle' | 'supportUrl';

const FIELDS: { key: TextKey; label: string; hint?: string; type?: string; autoComplete?: string }[] = [
  { key: 'brand', label: 'Brand or business name', autoComplete: 'organization' },
  { key: 'replierName', label: 'Your name', hint: 'Replies come from one human voice.', autoComplete: 'name' },
  { key: 'signature', label: 'Signature', hint: 'Ends most replies, e.g. “— Maya, Harbor & Pine”.' },
  { key: 'email', label: 'Contact email', type: 'email', autoComplete: 'email' },
  { key: 'phone', label: 'Contact phone', type: 'tel', autoComplete: 'tel' },
  { key: 'dmHandle', label: 'Direct-message handle', hint: 'Offered on X, Instagram, Facebook and similar, e.g. @yourbrand.' },
  { key: 'supportUrl', label: 'Help or support page', type: 'url', hint: 'Starts with https://' },
];

export interface ProfileFieldsProps {
  profile: Profile;
  errors: FieldErrors;
  onChange: (profile: Profile) => void;
  /** Prefix for element ids, so two forms can share a page. */
  idPrefix: string;
}

/** The replier's name, signature and contact channels, as labelled inputs with their errors. */
export function ProfileFields({ profile, errors, onChange, idPrefix }: ProfileFieldsProps) {
  return (
    <fieldset className="rb-fieldset">
      <legend>Who replies</legend>
      {FIELDS.map(({ key, label, hint, type, autoComplete }) => {
        const id = `${idPrefix}-${key}`;
        const error = errors[`profile.${key}`];
        const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
        return (
          <div className="rb-field" key={key}>
            <label htmlFor={id}>{label}</label>
            <input
              id={id}
              name={key}
              type={type ?? 'text'}
              autoComplete={autoComplete ?? 'off'}
              value={profile[key]}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
              onChange={(event) => onChange({ ...profile, [key]: event.target.value })}
            />
            {hint && (
              <small id={`${id}-hint`} className="rb-hint">
                {hint}
              </small>
            )}
            {error && (
              <span id={`${id}-error`} className="rb-error" role="alert">
                {error}
              </span>
            )}
          </div>
        );
      })}
      <BusinessFields profile={profile} errors={errors} onChange={onChange} idPrefix={idPrefix} />
    </fieldset>
  );
}

const KIND_LABELS: Record<(typeof BUSINESS_KINDS)[number], string> = {
  cafe: 'Café',
  restaurant: 'Restaurant',
  hotel: 'Hotel',
  shop: 'Shop (online or in person)',
  app: 'App or software',
  service: 'Service business',
};
const NOUNS = ['visit', 'stay', 'order', 'meal', 'account', 'appointment', 'experience'];

/** Facts as the user edits them: one "name: text" per line. */
export function factsToText(facts: Record<string, string>): string {
  return Object.entries(facts)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
}

/** Parses "name: text" lines; a line without a colon is reported, not dropped silently. */
export function textToFacts(text: string): { facts: Record<string, string>; problem?: string } {
  const facts: Record<string, string> = {};
  let problem: string | undefined;
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    const at = line.indexOf(':');
    if (at <= 0) {
      problem ??= `Line ${index + 1}: write it as "name: text", e.g. "hours: Mon–Fri 9–17".`;
      return;
    }
    facts[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  });
  return problem ? { facts, problem } : { facts };
}

/** What the business is, the languages replies are written in, and facts replies may quote. */
function BusinessFields({ profile, errors, onChange, idPrefix }: ProfileFieldsProps) {
  const [factsText, setFactsText] = useState(() => factsToText(profile.facts));
  const [languagesText, setLanguagesText] = useState(() => profile.languages.join(', '));
  const parsedFacts = textToFacts(factsText);
  // The profile can change from outside (sample details, a loaded profile): show it.
  useEffect(() => {
    if (JSON.stringify(textToFacts(factsText).facts) !== JSON.stringify(profile.facts)) setFactsText(factsToText(profile.facts));
    const typed = languagesText
      .split(',')
      .map((code) => code.trim().toLowerCase())
      .filter(Boolean);
    if (typed.join(',') !== profile.languages.join(',')) setLanguagesText(profile.languages.join(', '));
  }, [profile.facts, profile.languages]); // eslint-disable-line react-hooks/exhaustive-deps
  const factsError = parsedFacts.problem ?? Object.entries(errors).find(([key]) => key.startsWith('profile.facts'))?.[1];
  const languagesError = Object.entries(errors).find(([key]) => key.startsWith('profile.languages'))?.[1];
  const nounError = errors['profile.business.noun'];
  return (
    <>
      <div className="rb-field">
        <label htmlFor={`${idPrefix}-kind`}>Kind of business</label>
        <select
          id={`${idPrefix}-kind`}
          value={profile.business.kind}
          onChange={(event) =>
            onChange({ ...profile, business: { ...profile.business, kind: event.target.value as Profile['business']['kind'] } })
          }
        >
          {BUSINESS_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>
      <div className="rb-field">
        <label htmlFor={`${idPrefix}-noun`}>What customers have with you</label>
        <input
          id={`${idPrefix}-noun`}
          list={`${idPrefix}-nouns`}
          value={profile.business.noun}
          aria-invalid={nounError ? true : undefined}
          aria-describedby={`${idPrefix}-noun-hint${nounError ? ` ${idPrefix}-noun-error` : ''}`}
          onChange={(event) => onChange({ ...profile, business: { ...profile.business, noun: event.target.value } })}
        />
        <datalist id={`${idPrefix}-nouns`}>
          {NOUNS.map((noun) => (
            <option key={noun} value={noun} />
          ))}
        </datalist>
        <small id={`${idPrefix}-noun-hint`} className="rb-hint">
          Used in replies such as “sorry your stay…”: visit, stay, order, meal, account or appointment.
        </small>
        {nounError && (
          <span id={`${idPrefix}-noun-error`} className="rb-error" role="alert">
            {nounError}
          </span>
        )}
      </div>
      <div className="rb-field">
        <label htmlFor={`${idPrefix}-languages`}>Languages you reply in</label>
        <input
          id={`${idPrefix}-languages`}
          value={languagesText}
          aria-invalid={languagesError ? true : undefined}
          aria-describedby={`${idPrefix}-languages-hint${languagesError ? ` ${idPrefix}-languages-error` : ''}`}
          onChange={(event) => {
            setLanguagesText(event.target.value);
            onChange({
              ...profile,
              languages: event.target.value
                .split(',')
                .map((code) => code.trim().toLowerCase())
                .filter(Boolean),
            });
          }}
        />
        <small id={`${idPrefix}-languages-hint`} className="rb-hint">
          Two-letter codes, the default first, e.g. “en, fr”. Comments in these get replies in their language; others in the first.
        </small>
        {languagesError && (
          <span id={`${idPrefix}-languages-error`} className="rb-error" role="alert">
            {languagesError}
          </span>
        )}
      </div>
      <div className="rb-field">
        <label htmlFor={`${idPrefix}-facts`}>Facts replies may quote</label>
        <textarea
          id={`${idPrefix}-facts`}
          rows={5}
          value={factsText}
          aria-invalid={factsError ? true : undefined}
          aria-describedby={`${idPrefix}-facts-hint${factsError ? ` ${idPrefix}-facts-error` : ''}`}
          onChange={(event) => {
            setFactsText(event.target.value);
            onChange({ ...profile, facts: textToFacts(event.target.value).facts });
          }}
        />
        <small id={`${idPrefix}-facts-hint`} className="rb-hint">
          One per line, “name: text”: hours, booking, delivery, returns, website… A question these answer gets the answer; any other gets a
          gap for you to fill.
        </small>
        {factsError && (
          <span id={`${idPrefix}-facts-error`} className="rb-error" role="alert">
            {factsError}
          </span>
        )}
      </div>
    </>
  );
}
