import { generic } from './generic';
import { siteById, SITES } from './index';
import type { ReplyLimit } from './schema';

/** A site's reply length and name in replies (its adapter's `replyLimit`). */
export type SiteLimit = ReplyLimit;

/** Reply limits per site id, for the sites whose adapter states one. */
export const SITE_LIMITS: Readonly<Record<string, SiteLimit>> = Object.fromEntries(
  SITES.flatMap((site) => (site.replyLimit ? [[site.id, site.replyLimit] as const] : [])),
);

/** The site's reply limit; a site that states none (or an unknown id) gets generic's. */
export function siteLimitFor(site: string): SiteLimit {
  return siteById(site)?.replyLimit ?? generic.replyLimit;
}

/** Can a person who commented on this site be messaged directly there? */
export function canMessageDirectly(site: string): boolean {
  return siteById(site)?.directMessages === true;
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
