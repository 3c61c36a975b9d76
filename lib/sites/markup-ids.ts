import { generic } from './generic';
import { MARKUP_SITES } from './markup';

/** Ids of the adapters the on-demand blogs script runs (markup.ts), for the panel's "Always scan this site". */
export const MARKUP_SITE_IDS: readonly string[] = [...MARKUP_SITES.map((site) => site.id), generic.id];
