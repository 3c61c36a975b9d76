/** Ids of the adapters the on-demand blogs script runs (markup.ts), without importing them. */
export const MARKUP_SITE_IDS: readonly string[] = ['wordpress', 'blogger', 'disqus', 'generic'];
