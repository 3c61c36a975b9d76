/** True when the element is rendered and not hidden by CSS (display, visibility, opacity 0, zero size). */
export function isVisible(el: Element): boolean {
  if (!el.isConnected) return false;
  const check = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  if (typeof check === 'function' && !check.call(el, { checkOpacity: true, checkVisibilityCSS: true })) return false;
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

/** The first visible element matching the selectors, tried in order. Hidden decoys are skipped. */
export function findVisible<T extends Element = HTMLElement>(
  root: ParentNode,
  selectors: readonly string[],
): T | null {
  for (const selector of selectors) {
    for (const el of root.querySelectorAll<T & Element>(selector)) {
      if (isVisible(el)) return el;
    }
  }
  return null;
}

/**
 * Opens an item's reply box and resolves with it once it is in the page and visible.
 * Clicks the site's Reply control (never a Post/Send button) only when the box is not
 * already showing, then watches the DOM until `findBox` returns a visible element.
 * @returns the box, or null after `timeoutMs`.
 * @example await openReplyBox(item.querySelector('[data-testid="reply"]'), () => findVisible(document, box), 3000)
 */
export function openReplyBox(
  openControl: HTMLElement | null | undefined,
  findBox: () => HTMLElement | null,
  timeoutMs = 3000,
): Promise<HTMLElement | null> {
  const visibleBox = (): HTMLElement | null => {
    const box = findBox();
    return box && isVisible(box) ? box : null;
  };
  const ready = visibleBox();
  if (ready) return Promise.resolve(ready);
  openControl?.click();
  return new Promise((resolve) => {
    let done = false;
    const finish = (box: HTMLElement | null) => {
      if (done) return;
      done = true;
      observer.disconnect();
      clearInterval(poll);
      clearTimeout(timer);
      resolve(box);
    };
    const check = () => {
      const box = visibleBox();
      if (box) finish(box);
    };
    // Mutations catch a box being added; the poll catches CSS-only reveals (class on an ancestor, transitions).
    const observer = new MutationObserver(check);
    observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true });
    const poll = setInterval(check, 100);
    const timer = setTimeout(() => finish(null), timeoutMs);
    check();
  });
}
