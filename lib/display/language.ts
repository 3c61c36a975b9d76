const NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** "French" for "fr": the platform's own names (Intl.DisplayNames), so every ISO code has one. */
export function languageName(code: string): string {
  if (code === 'und') return 'an unknown language';
  try {
    const name = NAMES.of(code);
    return name && name !== code ? name : code.toUpperCase();
  } catch {
    // Not a well-formed language tag (e.g. "und-"), shown as it came.
    return code.toUpperCase();
  }
}
