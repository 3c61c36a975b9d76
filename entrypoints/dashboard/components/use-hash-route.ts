import { useEffect, useState } from 'react';
import { wellFormed } from '@/lib/display/text';

export interface Route {
  /** First path segment: "inbox", "log", "people", ... ("inbox", the first in the navigation, when empty). */
  page: string;
  /** Decoded remaining segments, e.g. the response id in #/log/<id>. */
  params: string[];
}

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [page = 'inbox', ...rest] = parts;
  return { page, params: rest.map(decodePart) };
}

/** A hand-edited or truncated hash ("%E0%A4%A") is kept as typed rather than throwing "URI malformed". */
function decodePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/**
 * A link to a dashboard page. Ids and author keys come from pages: a lone surrogate in
 * an author name would make encodeURIComponent throw, so it is replaced (U+FFFD) first;
 * the stored key is looked up by the same replacement (see PeoplePage).
 */
export function hrefFor(page: string, ...params: string[]): string {
  return `#/${[page, ...params.map((param) => encodeURIComponent(wellFormed(String(param))))].join('/')}`;
}

/** The current hash route; updates on hashchange. A tiny router with no dependency. */
export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
