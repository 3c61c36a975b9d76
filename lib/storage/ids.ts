/** A random id for stored rows (crypto.randomUUID exists in every context we run in). */
export function newId(): string {
  return crypto.randomUUID();
}

/** One person on one site: their profile URL when shown, else their display name. */
export function authorKeyFor(site: string, author?: string, authorUrl?: string): string | undefined {
  const who = authorUrl?.trim() || author?.trim().toLowerCase();
  return who ? `${site}:${who}` : undefined;
}
