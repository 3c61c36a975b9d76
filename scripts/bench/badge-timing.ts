/**
 * The 20th badge labelled, timed on the page's own clock (the benches' polling adds the CDP
 * notice's delay and its interval): `markLabelledBadges` before the page opens, `labelledSinceDomReady`
 * after its badges are labelled. Shared by startup.bench.ts and worker-restart.bench.ts.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** Marks, in every page of the context, the moment 20 badges are labelled. */
export async function markLabelledBadges(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const marks = { labelled: 0 };
    (window as unknown as { __rbBench: typeof marks }).__rbBench = marks;
    new MutationObserver((_, observer) => {
      if (document.querySelectorAll('replybook-badge[data-rb-state="labelled"]').length < 20) return;
      marks.labelled = performance.now();
      observer.disconnect();
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-rb-state'] });
  });
}

/** DOMContentLoaded to the 20th badge labelled, in ms (undefined before it is). */
export async function labelledSinceDomReady(page: Page): Promise<number | undefined> {
  return page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const marks = (window as unknown as { __rbBench?: { labelled: number } }).__rbBench;
    return navigation && marks?.labelled ? Math.round(marks.labelled - navigation.domContentLoadedEventStart) : undefined;
  });
}
