import type { LengthClass } from './schema';

export interface SiteLimit {
  /** Display name used in replies ("your review on Yelp"). */
  name: string;
  /** Longest reply the site accepts, in the site's own counting. */
  maxChars: number;
  /** True when the figure is our estimate rather than a limit the site documents or shows. */
  assumed: boolean;
  /** The reply length that reads best there. */
  preferred: LengthClass;
  /** X counts some characters double and every link as 23 (twitter-text v3 weighting). */
  counting?: 'x-weighted';
}

/**
 * Reply length limits per site id. The figures marked `assumed` come from observation or
 * community reports, not from a documented limit; the draft check blocks only past them.
 */
export const SITE_LIMITS: Record<string, SiteLimit> = {
  x: { name: 'X', maxChars: 280, assumed: false, preferred: 'short', counting: 'x-weighted' },
  'google-maps': { name: 'Google', maxChars: 4096, assumed: false, preferred: 'medium' },
  yelp: { name: 'Yelp', maxChars: 5000, assumed: true, preferred: 'medium' },
  trustpilot: { name: 'Trustpilot', maxChars: 2000, assumed: true, preferred: 'medium' },
  youtube: { name: 'YouTube', maxChars: 10_000, assumed: false, preferred: 'short' },
  facebook: { name: 'Facebook', maxChars: 8000, assumed: true, preferred: 'short' },
  instagram: { name: 'Instagram', maxChars: 2200, assumed: false, preferred: 'short' },
  linkedin: { name: 'LinkedIn', maxChars: 1250, assumed: false, preferred: 'medium' },
  reddit: { name: 'Reddit', maxChars: 10_000, assumed: false, preferred: 'medium' },
  amazon: { name: 'Amazon', maxChars: 5000, assumed: true, preferred: 'medium' },
  tripadvisor: { name: 'Tripadvisor', maxChars: 5000, assumed: true, preferred: 'long' },
  wordpress: { name: 'the blog', maxChars: 5000, assumed: true, preferred: 'medium' },
  blogger: { name: 'the blog', maxChars: 5000, assumed: true, preferred: 'medium' },
  disqus: { name: 'Disqus', maxChars: 5000, assumed: true, preferred: 'medium' },
  generic: { name: 'this site', maxChars: 5000, assumed: true, preferred: 'medium' },
};

export function siteLimitFor(site: string): SiteLimit {
  return SITE_LIMITS[site] ?? SITE_LIMITS.generic!;
}

const URL_PATTERN = /https?:\/\/[^\s]+/giu;

/** X's weighting: Latin-ish ranges count 1, everything else (CJK, emoji) 2, any link 23. */
function xWeight(codePoint: number): number {
  if (
    codePoint <= 0x10ff ||
    (codePoint >= 0x2000 && codePoint <= 0x200d) ||
    (codePoint >= 0x2010 && codePoint <= 0x201f) ||
    (codePoint >= 0x2032 && codePoint <= 0x2037)
  ) {
    return 1;
  }
  return 2;
}

/** The length of a reply as the site counts it. */
export function siteLength(text: string, site: string): number {
  const limit = siteLimitFor(site);
  const normalized = text.normalize('NFC');
  if (limit.counting !== 'x-weighted') return [...normalized].length;
  let urls = 0;
  const withoutUrls = normalized.replace(URL_PATTERN, () => {
    urls += 1;
    return '';
  });
  let length = urls * 23;
  for (const char of withoutUrls) length += xWeight(char.codePointAt(0)!);
  return length;
}
