/**
 * Stands where a settings form will be while the stored settings are read. The form's fields are
 * not shown before then: a value typed into one would be overwritten when the stored value arrived.
 */
export function SettingsLoading({ error }: { error?: string }) {
  return error ? (
    <p className="rb-error" role="alert">
      Could not read your settings: {error}
    </p>
  ) : (
    <p role="status">Reading your settings…</p>
  );
}
