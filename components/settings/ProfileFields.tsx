import type { Profile } from '@/lib/settings/schema';
import type { FieldErrors } from '@/lib/settings/storage';

const FIELDS: { key: keyof Profile; label: string; hint?: string; type?: string; autoComplete?: string }[] = [
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
    </fieldset>
  );
}
