import { SettingsForm } from '@/components/settings/SettingsForm';
import { REGISTERED_SITE_OPTIONS } from '@/components/settings/site-options';

/** Profile, follow-up delay, sites on or off, and sites added for the generic adapter. */
export function SettingsPage() {
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      <SettingsForm sites={REGISTERED_SITE_OPTIONS} />
    </section>
  );
}
