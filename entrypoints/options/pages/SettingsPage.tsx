/** Placeholder route: the lead mounts components/settings/SettingsForm here. */
export function SettingsPage() {
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      <p className="muted">Settings will appear here.</p>
    </section>
  );
}
