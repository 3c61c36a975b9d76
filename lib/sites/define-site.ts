import type { SiteAdapter } from './schema';

/**
 * Declares a site adapter. Types it; the conventions test validates every
 * registered adapter with SiteAdapterSchema (no parsing at import time, so site
 * files stay side-effect free for WXT's build).
 */
export function defineSite<const T extends SiteAdapter>(site: T): T {
  return site;
}
