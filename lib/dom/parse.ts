/** Parsing ratings, times and links out of page strings. Pure functions. */

const NUMBER = /(\d+(?:[.,]\d+)?)/;

/**
 * A rating from a label or attribute: "4", "4.0 out of 5 stars", "5,0 de 5",
 * "Rated 3 stars", or a class list such as `ui_bubble_rating bubble_40`,
 * `a-star-4-5`, `i-stars--regular-3-half`. Returns undefined when nothing fits.
 */
export function parseRating(value: string | null | undefined, max = 10): number | undefined {
  if (!value) return undefined;
  const text = value.trim();
  const fromClass = ratingFromClass(text);
  if (fromClass !== undefined) return fromClass <= max ? fromClass : undefined;
  const match = NUMBER.exec(text);
  if (!match?.[1]) return undefined;
  const rating = Number(match[1].replace(',', '.'));
  return Number.isFinite(rating) && rating >= 0 && rating <= max ? rating : undefined;
}

function ratingFromClass(value: string): number | undefined {
  let m = /\bbubble_(\d)(\d)\b/.exec(value); // TripAdvisor: bubble_45 = 4.5
  if (m) return Number(m[1]) + Number(m[2]) / 10;
  m = /\ba-star-(?:mini-|medium-|small-)?(\d)(?:-(5))?\b/.exec(value); // Amazon: a-star-4-5
  if (m) return Number(m[1]) + (m[2] ? 0.5 : 0);
  m = /\bstars?--(?:extra-large|large|regular|small|medium)-(\d)(-half)?\b/.exec(value); // Yelp 2018
  if (m) return Number(m[1]) + (m[2] ? 0.5 : 0);
  return undefined;
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * An ISO time with an offset from a machine-readable value (a `datetime`
 * attribute, a unix timestamp in seconds or milliseconds). Date-only or
 * offset-less values are not enough: their zone would be a guess.
 */
export function parseMachineTime(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (ISO_WITH_OFFSET.test(text)) {
    const date = new Date(text.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
  }
  if (/^\d{10}$|^\d{13}$/.test(text)) {
    const ms = text.length === 10 ? Number(text) * 1000 : Number(text);
    const date = new Date(ms);
    // Plausible range for a comment: after 2000, before 2100.
    if (date.getUTCFullYear() >= 2000 && date.getUTCFullYear() < 2100) return date.toISOString();
  }
  return undefined;
}

/** An absolute http(s) URL, resolved against the page, or undefined. */
export function absoluteUrl(href: string | null | undefined, pageUrl: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href.trim(), pageUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A short deterministic hash (cyrb53) as hex: stable ids for items the site
 * gives no id.
 */
export function hashString(value: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < value.length; i++) {
    const ch = value.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

/** The id of an item the site gives no id: site, author and text, hashed. */
export function itemHashId(site: string, author: string | undefined, text: string): string {
  return `${site}-${hashString(`${site}\u0000${author ?? ''}\u0000${text}`)}`;
}
