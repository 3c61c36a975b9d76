import { matchesAny } from '@/lib/dom/query';
import { blogger } from './blogger';
import { disqus } from './disqus';
import { generic } from './generic';
import type { SiteAdapter } from './schema';
import { wordpress } from './wordpress';

/** Adapters recognised by the page's markup, on any host (blog platforms, comment widgets). */
export const MARKUP_SITES: readonly SiteAdapter[] = [wordpress, blogger, disqus];

/**
 * A blog platform or widget recognised by markup, else `generic` if the page
 * carries schema.org reviews/comments or common comment markup. Kept apart from
 * the full registry so the on-demand content script carries only these adapters.
 */
export function adapterForMarkup(doc: Document): SiteAdapter | undefined {
  return MARKUP_SITES.find((site) => matchesAny(doc, site.detect)) ?? (hasGenericMarkup(doc) ? generic : undefined);
}

function hasGenericMarkup(doc: Document): boolean {
  const selectors = generic.detect!.filter((selector) => !selector.startsWith('script'));
  if (matchesAny(doc, selectors)) return true;
  // JSON-LD only counts when it describes a review or a comment.
  return Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).some((script) =>
    /"@type"\s*:\s*(?:\[[^\]]*)?"(?:schema:)?(?:Review|Comment)"|"review"\s*:|"comment"\s*:/.test(script.textContent ?? ''),
  );
}
