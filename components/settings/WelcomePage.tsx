import { useEffect, useState } from 'react';
import { browser, type PublicPath } from 'wxt/browser';
import { DEFAULT_SETTINGS, SAMPLE_PROFILE, SettingsSchema, type Profile, type Settings } from '@/lib/settings/schema';
import { fieldErrorsOf, loadSettings, saveSettings, type FieldErrors } from '@/lib/settings/storage';
import { ProfileFields } from './ProfileFields';
import { SettingsLoading } from './SettingsLoading';
import { SiteToggles } from './SiteToggles';
import { DEFAULT_SITE_OPTIONS, type SiteOption } from './sites';

export interface WelcomePageProps {
  /** Called after the details are saved and `onboarded` is set. */
  onDone?: (settings: Settings) => void;
  sites?: SiteOption[];
  /** The bundled demo page; the build puts it at /demo.html. */
  demoUrl?: string;
}

/** First run: who replies, how people reach them, which sites to work on, and where to find the panel. */
export function WelcomePage({ onDone, sites = DEFAULT_SITE_OPTIONS, demoUrl }: WelcomePageProps) {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [profile, setProfile] = useState<Profile>(DEFAULT_SETTINGS.profile);
  const [siteSwitches, setSiteSwitches] = useState<Record<string, boolean>>({});
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState('');
  const [loadError, setLoadError] = useState('');

  useEffect(() => {
    let live = true;
    loadSettings().then(
      (loaded) => {
        if (!live) return;
        setSettings(loaded);
        setProfile(loaded.profile);
        setSiteSwitches(loaded.sites);
      },
      (error: unknown) => {
        if (live) setLoadError((error as Error).message);
      },
    );
    return () => {
      live = false;
    };
  }, []);

  const openDemo = () => {
    const url = demoUrl ?? browser.runtime.getURL('/demo.html' as string as PublicPath);
    void browser.tabs.create({ url });
  };

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const candidate = { ...(settings ?? DEFAULT_SETTINGS), profile, sites: siteSwitches, onboarded: true };
    const parsed = SettingsSchema.safeParse(candidate);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      setStatus('Some details need fixing; see the messages beside the fields.');
      return;
    }
    setErrors({});
    const result = await saveSettings(parsed.data);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setStatus('Saved. You are ready to reply.');
    onDone?.(result.settings);
  };

  return (
    // A section, not a second <main>: the dashboard page around it already has the main landmark.
    <section className="rb-welcome" aria-labelledby="rb-welcome-title">
      <h1 id="rb-welcome-title">Welcome to Replybook</h1>
      <p>
        Replybook reads the comments and reviews on the page you are on, labels their tone on this computer, and suggests replies from your
        playbooks. Nothing leaves your browser, and it never posts for you.
      </p>

      <section aria-labelledby="rb-welcome-panel">
        <h2 id="rb-welcome-panel">Where to find it</h2>
        <p>
          Click the Replybook icon in the toolbar (pin it from the puzzle-piece menu) to open the side panel beside the page. Small tone
          badges also appear next to each comment; clicking one opens the panel on it.
        </p>
        <button type="button" onClick={openDemo}>
          Open the demo page
        </button>
      </section>

      {settings ? (
        <form onSubmit={(event) => void save(event)} noValidate aria-labelledby="rb-welcome-details">
          <h2 id="rb-welcome-details">Your details</h2>
          <p>These fill the replies. Leave any out; replies will show what is missing before you insert them.</p>
          <button type="button" onClick={() => setProfile(SAMPLE_PROFILE)}>
            Fill with sample details
          </button>
          <ProfileFields idPrefix="rb-welcome" profile={profile} errors={errors} onChange={setProfile} />
          <SiteToggles idPrefix="rb-welcome" sites={sites} value={siteSwitches} onChange={setSiteSwitches} />
          <p className="rb-hint" id="rb-welcome-next">
            Then the demo page opens, with Replybook's panel beside it, to walk you through a first reply.
          </p>
          <button type="submit" aria-describedby="rb-welcome-next">
            Save and start
          </button>
          <p role="status" aria-live="polite">
            {status}
          </p>
        </form>
      ) : (
        <SettingsLoading error={loadError} />
      )}
    </section>
  );
}
