import { amazon } from './amazon';
import { adapterForMarkup, MARKUP_SITES } from './markup';
import { demo } from './demo';
import { facebook } from './facebook';
import { generic } from './generic';
import { googleMaps } from './google-maps';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { reddit } from './reddit';
import { tiktok } from './tiktok';
import { tripadvisor } from './tripadvisor';
import { trustpilot } from './trustpilot';
import type { SiteAdapter } from './schema';
import { x } from './x';
import { yelp } from './yelp';
import { youtube } from './youtube';

/** Adapters for a known host, tried first. */
export const HOST_SITES: readonly SiteAdapter[] = [
  facebook,
  instagram,
  x,
  linkedin,
  youtube,
  googleMaps,
  yelp,
  tripadvisor,
  trustpilot,
  amazon,
  reddit,
  tiktok,
];

export { MARKUP_SITES };

/** The sites a user can turn on or off, and the panel names as supported: every adapter but the demo and the generic fallback. */
export const SWITCHABLE_SITES: readonly SiteAdapter[] = [...HOST_SITES, ...MARKUP_SITES];

/** Every registered adapter. `generic` comes last: it is the fallback. */
export const SITES: readonly SiteAdapter[] = [...HOST_SITES, ...MARKUP_SITES, demo, generic];

/** The adapter registered under `id`. */
export function siteById(id: string): SiteAdapter | undefined {
  return SITES.find((site) => site.id === id);
}

/**
 * Does a Chrome match pattern (`https://*.example.com/*`) match this URL?
 * Scheme, host and path, as the browser decides for content scripts.
 */
export function matchPattern(pattern: string, url: string): boolean {
  const m = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const protocol = parsed.protocol.slice(0, -1);
  if (scheme === '*' ? !['http', 'https'].includes(protocol) : scheme !== protocol) return false;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (parsed.hostname !== base && !parsed.hostname.endsWith(`.${base}`)) return false;
    } else if (parsed.hostname !== host) return false;
  }
  const escaped = path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`).test(parsed.pathname + parsed.search);
}

/** The site adapter whose match patterns cover this URL. */
export function adapterForUrl(url: string): SiteAdapter | undefined {
  return HOST_SITES.find((site) => site.matches.some((pattern) => matchPattern(pattern, url)));
}

/**
 * The adapter for a page: the host's own adapter first, then a blog platform or
 * widget recognised by markup, then `generic` if the page carries schema.org
 * reviews/comments or common comment markup. Undefined when nothing fits.
 */
export function adapterForPage(doc: Document, url: string): SiteAdapter | undefined {
  return adapterForUrl(url) ?? adapterForMarkup(doc);
}
