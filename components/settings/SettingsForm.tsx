import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { addedSitePermissions } from '@/lib/browser-support';
import { DEFAULT_SETTINGS, ExtraSiteSchema, SettingsSchema, type Profile, type Settings, type ToolbarBadge } from '@/lib/settings/schema';
import { fieldErrorsOf, loadSettings, saveSettings, type FieldErrors } from '@/lib/settings/storage';
import { BadgeChoice } from './BadgeChoice';
import { SettingsLoading } from './SettingsLoading';
import { ProfileFields } from './ProfileFields';
import { SiteToggles } from './SiteToggles';
import { DEFAULT_SITE_OPTIONS, type SiteOption } from './sites';

export interface SettingsFormProps {
  onSaved?: (settings: Settings) => void;
  sites?: SiteOption[];
}

/** Profile, follow-up delay, sites on/off and extra sites for the generic adapter. */
export function SettingsForm({ onSaved, sites = DEFAULT_SITE_OPTIONS }: SettingsFormProps) {
  const [loaded, setLoaded] = useState<Settings | undefined>();
  const [profile, setProfile] = useState<Profile>(DEFAULT_SETTINGS.profile);
  const [followUpDays, setFollowUpDays] = useState(String(DEFAULT_SETTINGS.followUpDays));
  const [siteSwitches, setSiteSwitches] = useState<Record<string, boolean>>({});
  const [extraSites, setExtraSites] = useState<string[]>([]);
  const [newSite, setNewSite] = useState('');
  const [newSiteError, setNewSiteError] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState('');
  const [toolbarBadge, setToolbarBadge] = useState<ToolbarBadge>(DEFAULT_SETTINGS.toolbarBadge);
  const [loadError, setLoadError] = useState('');

  useEffect(() => {
    let live = true;
    loadSettings().then(
      (settings) => {
        if (!live) return;
        setLoaded(settings);
        setProfile(settings.profile);
        setFollowUpDays(String(settings.followUpDays));
        setSiteSwitches(settings.sites);
        setExtraSites(settings.extraSites);
        setToolbarBadge(settings.toolbarBadge);
      },
      (error: unknown) => {
        if (live) setLoadError((error as Error).message);
      },
    );
    return () => {
      live = false;
    };
  }, []);

  const addSite = () => {
    const parsed = ExtraSiteSchema.safeParse(newSite);
    if (!parsed.success) {
      setNewSiteError(parsed.error.issues[0]!.message);
      return;
    }
    const origin = parsed.data;
    if (extraSites.includes(origin)) {
      setNewSiteError('That site is already in the list.');
      return;
    }
    setNewSiteError('');
    // Requested straight from the click (a user gesture), for this one origin only ("scripting",
    // which the background needs to run the blog adapters there, is part of the install).
    void browser.permissions.request(addedSitePermissions(origin)).then(
      (granted) => {
        if (granted) {
          setExtraSites((current) => [...current, origin]);
          setNewSite('');
          // Saved at once (only the site list): a granted site needs no second "Save settings".
          void loadSettings()
            .then((current) => saveSettings({ ...current, extraSites: [...new Set([...current.extraSites, origin])] }))
            .then((saved) =>
              setStatus(
                saved.ok
                  ? `Access to ${origin} granted: Replybook now reads its comments.`
                  : `Access to ${origin} granted. Save to keep it.`,
              ),
            );
        } else {
          setNewSiteError(`Access to ${origin} was not granted, so it was not added.`);
        }
      },
      (error: unknown) => setNewSiteError(`Could not ask for access: ${(error as Error).message}`),
    );
  };

  const removeSite = (origin: string) => {
    setExtraSites((current) => current.filter((site) => site !== origin));
    void browser.permissions.remove({ origins: [`${origin}/*`] }).catch(() => undefined);
  };

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const days = followUpDays.trim() === '' ? Number.NaN : Number(followUpDays);
    // On the settings as stored now: other parts of the page (reply boxes) save their own fields.
    const current = await loadSettings().catch(() => loaded ?? DEFAULT_SETTINGS);
    const candidate = { ...current, profile, followUpDays: days, sites: siteSwitches, extraSites, toolbarBadge };
    const parsed = SettingsSchema.safeParse(candidate);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      setStatus('Not saved: some fields need fixing.');
      return;
    }
    const result = await saveSettings(parsed.data);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setLoaded(result.settings);
    setStatus('Settings saved.');
    onSaved?.(result.settings);
  };

  const followUpError = errors.followUpDays;
  if (!loaded) return <SettingsLoading error={loadError} />;
  return (
    <form className="rb-settings" onSubmit={(event) => void save(event)} noValidate aria-label="Settings">
      <ProfileFields idPrefix="rb-settings" profile={profile} errors={errors} onChange={setProfile} />

      <fieldset className="rb-fieldset">
        <legend>Follow-ups</legend>
        <label htmlFor="rb-settings-followup">Remind me after (days)</label>
        <input
          id="rb-settings-followup"
          type="number"
          min={1}
          max={90}
          inputMode="numeric"
          value={followUpDays}
          aria-invalid={followUpError ? true : undefined}
          aria-describedby={followUpError ? 'rb-settings-followup-error' : undefined}
          onChange={(event) => setFollowUpDays(event.target.value)}
        />
        {followUpError && (
          <span id="rb-settings-followup-error" className="rb-error" role="alert">
            {followUpError}
          </span>
        )}
      </fieldset>

      <BadgeChoice idPrefix="rb-settings" value={toolbarBadge} onChange={setToolbarBadge} />

      <SiteToggles idPrefix="rb-settings" sites={sites} value={siteSwitches} onChange={setSiteSwitches} />

      <fieldset className="rb-fieldset">
        <legend>Other sites</legend>
        <p className="rb-hint">
          Blogs and review pages without their own adapter. Replybook asks the browser for access to each one you add, and to nothing else.
        </p>
        <ul aria-label="Other sites">
          {extraSites.map((origin) => (
            <li key={origin}>
              {origin}{' '}
              <button type="button" onClick={() => removeSite(origin)} aria-label={`Remove ${origin}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
        <label htmlFor="rb-settings-new-site">Site address</label>
        <input
          id="rb-settings-new-site"
          type="url"
          placeholder="https://blog.example.com"
          value={newSite}
          aria-invalid={newSiteError ? true : undefined}
          aria-describedby={newSiteError ? 'rb-settings-new-site-error' : undefined}
          onChange={(event) => setNewSite(event.target.value)}
        />
        <button type="button" onClick={addSite}>
          Add site
        </button>
        {newSiteError && (
          <span id="rb-settings-new-site-error" className="rb-error" role="alert">
            {newSiteError}
          </span>
        )}
        {Object.entries(errors)
          .filter(([key]) => key.startsWith('extraSites'))
          .map(([key, message]) => (
            <span key={key} className="rb-error" role="alert">
              {message}
            </span>
          ))}
      </fieldset>

      <button type="submit">Save settings</button>
      <p role="status" aria-live="polite">
        {status}
      </p>
    </form>
  );
}
