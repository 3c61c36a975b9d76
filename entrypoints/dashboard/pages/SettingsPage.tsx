import { SettingsForm } from '@/components/settings/SettingsForm';
import { DEFAULT_SITE_OPTIONS } from '@/components/settings/sites';

/** Profile, follow-up delay, sites on or off, and sites added for the generic adapter. */
export function SettingsPage() {
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      <SettingsForm sites={DEFAULT_SITE_OPTIONS} />
    </section>
  );
}
