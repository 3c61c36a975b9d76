// Made on first use: building it costs about 20 ms (Node and Chromium), which every page's content
// script paid when it loaded although most pages never name a language.
let names: Intl.DisplayNames | undefined;

/** "French" for "fr": the platform's own names (Intl.DisplayNames), so every ISO code has one. */
export function languageName(code: string): string {
  if (code === 'und') return 'an unknown language';
  try {
    names ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
    const name = names.of(code);
    return name && name !== code ? name : code.toUpperCase();
  } catch {
    // Not a well-formed language tag (e.g. "und-"), shown as it came.
    return code.toUpperCase();
  }
}
