import { useEffect, useState } from 'react';

export interface Route {
  /** First path segment: "log", "people", "numbers", ... ("log" when empty). */
  page: string;
  /** Decoded remaining segments, e.g. the response id in #/log/<id>. */
  params: string[];
}

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [page = 'log', ...rest] = parts;
  return { page, params: rest.map((part) => decodeURIComponent(part)) };
}

export function hrefFor(page: string, ...params: string[]): string {
  return `#/${[page, ...params.map((param) => encodeURIComponent(param))].join('/')}`;
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
