import { SWITCHABLE_SITES } from '@/lib/sites';

export interface SiteOption {
  id: string;
  name: string;
}

/** The sites a user can turn on or off, from the site registry (lib/sites). */
export const DEFAULT_SITE_OPTIONS: SiteOption[] = SWITCHABLE_SITES.map((site) => ({ id: site.id, name: site.name }));

/** A site is on unless the settings turn it off. */
export function isSiteOn(sites: Record<string, boolean>, id: string): boolean {
  return sites[id] !== false;
}
