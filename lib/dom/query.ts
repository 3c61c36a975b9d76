/** An ordered list of CSS selectors (lib/sites `Selectors`): the first that matches wins. */
type Selectors = readonly string[];

/**
 * Selector mini-syntax used by the adapters (see lib/sites/schema.ts):
 * `:scope` alone is the element itself (`div.x:scope`: itself when it is a `div.x`),
 * a trailing `@attr` reads an attribute.
 */
export interface ParsedSelector {
  css: string;
  attr?: string;
}

const cache = new Map<string, ParsedSelector>();

export function parseSelector(selector: string): ParsedSelector {
  const cached = cache.get(selector);
  if (cached) return cached;
  let parsed: ParsedSelector = { css: selector.trim() };
  const at = selector.lastIndexOf('@');
  if (at > 0) {
    const attr = selector.slice(at + 1);
    // `a[href*="/@"]` keeps its @: only a bare attribute name after the last @ counts.
    if (/^[a-zA-Z_][\w:-]*$/.test(attr) && !selector.slice(at).includes(']')) {
      parsed = { css: selector.slice(0, at).trim(), attr };
    }
  }
  cache.set(selector, parsed);
  return parsed;
}

/** All elements matching `css` inside `scope`, including `scope` itself for `:scope`. */
export function queryAllIn(scope: Element | Document, css: string): Element[] {
  // No `instanceof Element`: the global differs between jsdom, Node and the page.
  if (css === ':scope' || css === '') return isElement(scope) ? [scope] : [];
  // `div.x:scope` = the element itself when it is a `div.x` (querySelectorAll never returns the scope).
  if (css.endsWith(':scope') && !/[\s>+~]/.test(css.slice(0, -6).replace(/\[[^\]]*\]/g, ''))) {
    return isElement(scope) && scope.matches(css.slice(0, -6)) ? [scope] : [];
  }
  return Array.from(scope.querySelectorAll(css));
}

function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}

/**
 * First element (in selector order, then document order) matching inside `scope`
 * that `accept` allows. Returns the attribute name to read too.
 */
export function queryFirst(
  scope: Element,
  selectors: Selectors | undefined,
  accept: (element: Element) => boolean = () => true,
): { element: Element; attr?: string } | undefined {
  if (!selectors) return undefined;
  for (const selector of selectors) {
    const { css, attr } = parseSelector(selector);
    try {
      // The first match usually wins: only walk all matches when it is fenced off or lacks the attribute.
      const first = css === ':scope' || css === '' || css.endsWith(':scope') ? queryAllIn(scope, css)[0] : scope.querySelector(css);
      if (!first) continue;
      if ((attr === undefined || first.hasAttribute(attr)) && accept(first)) return { element: first, attr };
      for (const element of queryAllIn(scope, css)) {
        if (attr !== undefined && !element.hasAttribute(attr)) continue;
        if (accept(element)) return { element, attr };
      }
    } catch {
      continue; // a selector this engine cannot parse is a miss, not a crash
    }
  }
  return undefined;
}

/** True when any selector matches somewhere in `root`. Bad selectors count as no match. */
export function matchesAny(root: Document | Element, selectors: Selectors | undefined): boolean {
  if (!selectors) return false;
  return selectors.some((selector) => {
    const { css } = parseSelector(selector);
    try {
      return queryAllIn(root, css).length > 0;
    } catch {
      return false;
    }
  });
}

/** `element.matches` that treats an unparsable selector as no match. */
export function safeMatches(element: Element, css: string): boolean {
  try {
    return element.matches(css);
  } catch {
    return false;
  }
}

/** `element.closest` that treats an unparsable selector as no match. */
export function safeClosest(element: Element, css: string): Element | null {
  try {
    return element.closest(css);
  } catch {
    return null;
  }
}
