import { useEffect, useId, useRef, useState } from 'react';
import { TEMPLATE_VARIABLES } from '@/lib/playbooks/schema';
import { ReplyBoxSettingsSchema, type ReplyBoxSettings } from '@/lib/settings/schema';
import { fieldErrorsOf, loadSettings, updateSettings, type FieldErrors } from '@/lib/settings/storage';
import { SITES, SWITCHABLE_SITES } from '@/lib/sites';
import type { Shortcut } from '@/lib/shortcuts/schema';
import { SettingsLoading } from './SettingsLoading';

export interface ChipSiteOption {
  id: string;
  name: string;
}

/** Sites with a reply box on the page (the demo page too, to try it): the ones a chip can sit beside. */
export const CHIP_SITE_OPTIONS: ChipSiteOption[] = [...SWITCHABLE_SITES, ...SITES.filter((site) => site.id === 'demo')]
  .filter((site) => site.reply && !(site.repliesElsewhere && !site.repliesElsewhere.unlessBoxOnPage))
  .map((site) => ({ id: site.id, name: site.id === 'demo' ? 'The demo page' : site.name }));

export interface ReplyBoxSettingsFormProps {
  sites?: ChipSiteOption[];
  /** Tests pass settings in; the page loads the stored ones. */
  load?: () => Promise<ReplyBoxSettings>;
  save?: (value: ReplyBoxSettings) => Promise<{ ok: true } | { ok: false; errors: FieldErrors }>;
}

/** Row keys for the shortcut list, unique for the page's life. */
let nextRowKey = 0;
const keyed = (list: Shortcut[]) => list.map((shortcut) => ({ ...shortcut, key: nextRowKey++ }));

const loadStored = async () => (await loadSettings()).replyBox;
const saveStored = async (value: ReplyBoxSettings) => {
  const result = await updateSettings((current) => ({ ...current, replyBox: value }));
  return result.ok ? ({ ok: true } as const) : { ok: false as const, errors: result.errors };
};

/**
 * Replybook in the sites' own reply boxes: the chip (per site, off until turned on) and the
 * user's shortcuts (`;thanks` → a phrase with variables). Saved on its own, only these fields.
 */
export function ReplyBoxSettingsForm({ sites = CHIP_SITE_OPTIONS, load = loadStored, save = saveStored }: ReplyBoxSettingsFormProps) {
  const [chipSites, setChipSites] = useState<Record<string, boolean>>({});
  // Each row keeps its own key, so removing one never hands its neighbour's focus or errors to another.
  const [shortcuts, setShortcuts] = useState<Array<Shortcut & { key: number }>>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState('');
  const [loaded, setLoaded] = useState(false);
  const [loadError, setLoadError] = useState('');
  const prefix = useId();
  // Loaded once, with the loader the form was first given.
  const loadOnce = useRef(load);

  useEffect(() => {
    let live = true;
    loadOnce.current().then(
      (value) => {
        if (!live) return;
        setChipSites(value.chipSites);
        setShortcuts(keyed(value.shortcuts));
        setLoaded(true);
      },
      (error: unknown) => {
        if (live) setLoadError((error as Error).message);
      },
    );
    return () => {
      live = false;
    };
  }, []);

  const change = (index: number, patch: Partial<Shortcut>) =>
    setShortcuts((current) => current.map((shortcut, at) => (at === index ? { ...shortcut, ...patch } : shortcut)));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = ReplyBoxSettingsSchema.safeParse({ chipSites, shortcuts: shortcuts.map(({ name, phrase }) => ({ name, phrase })) });
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      setStatus('Not saved: some shortcuts need fixing.');
      return;
    }
    const result = await save(parsed.data);
    if (!result.ok) {
      setErrors(result.errors);
      setStatus('Not saved.');
      return;
    }
    setErrors({});
    setShortcuts(keyed(parsed.data.shortcuts));
    setStatus('Reply box settings saved.');
  };

  const errorFor = (index: number, field: 'name' | 'phrase') =>
    errors[`shortcuts.${index}.${field}`] ?? errors[`replyBox.shortcuts.${index}.${field}`];

  if (!loaded) return <SettingsLoading error={loadError} />;
  return (
    <form className="rb-settings" aria-label="Reply boxes" noValidate onSubmit={(event) => void submit(event)}>
      <fieldset className="rb-fieldset">
        <legend>Chip beside the reply box</legend>
        <p className="rb-hint">
          While you type a reply on the site itself, a small Replybook chip checks your draft and offers the top suggestion. It works inside
          your browser only and never posts.
        </p>
        {sites.map((site) => {
          const id = `${prefix}-chip-${site.id}`;
          return (
            <div className="rb-check" key={site.id}>
              <input
                id={id}
                type="checkbox"
                checked={chipSites[site.id] === true}
                onChange={(event) => setChipSites((current) => ({ ...current, [site.id]: event.target.checked }))}
              />
              <label htmlFor={id}>{site.name}</label>
            </div>
          );
        })}
      </fieldset>

      <fieldset className="rb-fieldset">
        <legend>Shortcuts</legend>
        <p className="rb-hint" id={`${prefix}-shortcut-hint`}>
          Type a shortcut such as ;thanks in any reply box on a supported site and it becomes your phrase. Variables are filled from the
          comment you answer: {TEMPLATE_VARIABLES.map((name) => `{{${name}}}`).join(', ')}.
        </p>
        <ul aria-label="Your shortcuts" className="rb-shortcuts">
          {shortcuts.map((shortcut, index) => {
            const nameError = errorFor(index, 'name');
            const phraseError = errorFor(index, 'phrase');
            const nameId = `${prefix}-shortcut-${index}-name`;
            const phraseId = `${prefix}-shortcut-${index}-phrase`;
            return (
              <li key={shortcut.key}>
                <label htmlFor={nameId}>Shortcut {index + 1}</label>
                <input
                  id={nameId}
                  value={shortcut.name}
                  placeholder=";thanks"
                  aria-invalid={nameError ? true : undefined}
                  aria-describedby={nameError ? `${nameId}-error` : undefined}
                  onChange={(event) => change(index, { name: event.target.value })}
                />
                {nameError && (
                  <span id={`${nameId}-error`} className="rb-error" role="alert">
                    {nameError}
                  </span>
                )}
                <label htmlFor={phraseId}>Phrase for shortcut {index + 1}</label>
                <textarea
                  id={phraseId}
                  rows={2}
                  value={shortcut.phrase}
                  placeholder="Thanks so much, {{firstName}}! — {{brand}}"
                  aria-invalid={phraseError ? true : undefined}
                  aria-describedby={phraseError ? `${phraseId}-error` : `${prefix}-shortcut-hint`}
                  onChange={(event) => change(index, { phrase: event.target.value })}
                />
                {phraseError && (
                  <span id={`${phraseId}-error`} className="rb-error" role="alert">
                    {phraseError}
                  </span>
                )}
                <button
                  type="button"
                  aria-label={`Remove shortcut ${shortcut.name || index + 1}`}
                  onClick={() => setShortcuts((current) => current.filter((_, at) => at !== index))}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
        <button type="button" onClick={() => setShortcuts((current) => [...current, ...keyed([{ name: ';', phrase: '' }])])}>
          Add shortcut
        </button>
        {errors.shortcuts && (
          <span className="rb-error" role="alert">
            {errors.shortcuts}
          </span>
        )}
      </fieldset>

      <button type="submit">Save reply box settings</button>
      <p role="status" aria-live="polite">
        {status}
      </p>
    </form>
  );
}
