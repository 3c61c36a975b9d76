import { wellFormed } from '@/lib/display/text';
/** A random id for stored rows (crypto.randomUUID exists in every context we run in). */
export function newId(): string {
  return crypto.randomUUID();
}

/**
 * One person on one site: their profile URL when shown, else their display name.
 * Lone surrogates become U+FFFD so the key can always go into a URL (the People route).
 */
export function authorKeyFor(site: string, author?: string, authorUrl?: string): string | undefined {
  const who = authorUrl?.trim() || author?.trim().toLowerCase();
  return who ? wellFormed(`${site}:${who}`) : undefined;
}
