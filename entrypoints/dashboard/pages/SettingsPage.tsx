import { ReplyBoxSettingsForm } from '@/components/settings/ReplyBoxSettings';
import { SettingsForm } from '@/components/settings/SettingsForm';
import { DEFAULT_SITE_OPTIONS } from '@/components/settings/sites';

/** Profile, follow-up delay, sites on or off, sites added for the generic adapter; the chip and shortcuts in the sites' reply boxes. */
export function SettingsPage() {
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      <SettingsForm sites={DEFAULT_SITE_OPTIONS} />
      <h2>Reply boxes on the sites</h2>
      <ReplyBoxSettingsForm />
    </section>
  );
}
