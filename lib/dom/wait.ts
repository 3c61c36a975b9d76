/*
 * Waiting for the page: driven by a MutationObserver (nodes added, and the attributes that show
 * or hide a box), not by polling.
 */

/**
 * Resolves with `probe()`'s first defined value: checked now, after every DOM mutation batch
 * under `root` (and every `input` event, for a field whose value the page sets), and once
 * more at the deadline. Undefined after `timeoutMs` or when `signal` aborts.
 * @example await waitForDom(() => findOwnBox(), 3000)
 */
export function waitForDom<T>(
  probe: () => T | undefined,
  timeoutMs: number,
  signal?: AbortSignal,
  root: Node = document.documentElement,
): Promise<T | undefined> {
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
