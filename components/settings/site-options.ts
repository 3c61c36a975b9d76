import { HOST_SITES, MARKUP_SITES } from '@/lib/sites';
import type { SiteOption } from './sites';

/** The sites a user can turn on or off: every registered adapter except the demo and the generic fallback. */
export const REGISTERED_SITE_OPTIONS: SiteOption[] = [...HOST_SITES, ...MARKUP_SITES].map((site) => ({ id: site.id, name: site.name }));
