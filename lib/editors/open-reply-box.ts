/**
 * Opening an item's reply box the way a person does: click the site's own Reply control,
 * then wait for the box the page renders. Waiting is driven by a MutationObserver (nodes
 * added, and the attributes that show or hide a box), not by polling.
 */

/**
 * Resolves with `probe()`'s first defined value: checked now, after every DOM mutation batch
 * under `root` (and every `input` event, for a field whose value the page sets), and once
 * more at the deadline. Undefined after `timeoutMs` or when `signal` aborts.
 * @example await waitForDom(() => findOwnBox(), 3000)
 */
export function waitForDom<T>(probe: () => T | undefined, timeoutMs: number, signal?: AbortSignal, root: Node = document.documentElement): Promise<T | undefined> {
  const ready = probe();
  if (ready !== undefined || signal?.aborted) return Promise.resolve(ready);
  return new Promise((resolve) => {
    let done = false;
    const finish = (value: T | undefined) => {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      root.removeEventListener('input', check, true);
      signal?.removeEventListener('abort', abort);
      resolve(value);
    };
    const check = () => {
      const value = probe();
      if (value !== undefined) finish(value);
    };
    const abort = () => finish(undefined);
    const observer = new MutationObserver(check);
    observer.observe(root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['hidden', 'style', 'class', 'aria-hidden', 'open', 'contenteditable', 'disabled', 'readonly'],
    });
    root.addEventListener('input', check, true);
    signal?.addEventListener('abort', abort);
    const timer = setTimeout(() => finish(probe()), timeoutMs);
  });
}

/**
 * Clicks a site's Reply control as a person would, but never lets the click take the page
 * away: when no page script handled a click on a link (a saved page, a site whose script
 * failed), the navigation is cancelled and `followedLink` says so.
 */
export function clickReplyControl(control: HTMLElement): { followedLink: boolean } {
  const view = control.ownerDocument.defaultView;
  let followedLink = false;
  // Registered last on the window: runs after the page's own handlers have had their say.
  const guard = (event: Event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (link && !event.defaultPrevented) {
      const href = (link.getAttribute('href') ?? '').trim();
      if (href && !href.startsWith('#') && !/^javascript:/i.test(href)) {
        event.preventDefault();
        followedLink = true;
      }
    }
  };
  view?.addEventListener('click', guard);
  try {
    control.click();
  } finally {
    view?.removeEventListener('click', guard);
  }
  return { followedLink };
}

/** True when the element is rendered and not hidden by CSS (display, visibility, opacity 0, zero size). */
export function isVisible(el: Element): boolean {
  if (!el.isConnected) return false;
  const check = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  if (typeof check === 'function' && !check.call(el, { checkOpacity: true, checkVisibilityCSS: true })) return false;
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

/** The first visible element matching the selectors, tried in order. Hidden decoys are skipped. */
export function findVisible<T extends Element = HTMLElement>(root: ParentNode, selectors: readonly string[]): T | null {
  for (const selector of selectors) {
    for (const el of root.querySelectorAll<T & Element>(selector)) {
      if (isVisible(el)) return el;
    }
  }
  return null;
}

/**
 * Clicks `openControl` (never a Post/Send button: the caller picks it) only when `findBox` has
 * no visible box yet, then waits for one with `waitForDom`.
 * @returns the box, or null after `timeoutMs`.
 * @example await openReplyBox(item.querySelector('[data-testid="reply"]'), () => findVisible(document, box), 3000)
 */
export async function openReplyBox(
  openControl: HTMLElement | null | undefined,
  findBox: () => HTMLElement | null,
  timeoutMs = 3000,
  signal?: AbortSignal,
): Promise<HTMLElement | null> {
  const visibleBox = (): HTMLElement | undefined => {
    const box = findBox();
    return box && isVisible(box) ? box : undefined;
  };
  const ready = visibleBox();
  if (ready) return ready;
  if (openControl) clickReplyControl(openControl);
  return (await waitForDom(visibleBox, timeoutMs, signal)) ?? null;
}
