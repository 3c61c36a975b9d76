import { SITE_LIMITS } from '@/lib/playbooks/site-limits';

export interface SiteOption {
  id: string;
  name: string;
}

/**
 * Sites that can be turned on or off. The site registry (lib/sites) is the real source;
 * until it is passed in as a prop, this list comes from the per-site reply limits.
 */
export const DEFAULT_SITE_OPTIONS: SiteOption[] = Object.entries(SITE_LIMITS)
  .filter(([id]) => id !== 'generic')
  .map(([id, limit]) => ({ id, name: limit.name === 'the blog' ? id.charAt(0).toUpperCase() + id.slice(1) : limit.name }));

/** A site is on unless the settings turn it off. */
export function isSiteOn(sites: Record<string, boolean>, id: string): boolean {
  return sites[id] !== false;
}
