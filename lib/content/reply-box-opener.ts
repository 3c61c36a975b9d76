import { waitForDom } from '@/lib/dom/wait';
import { readBoxText, resolveEditable } from '@/lib/editors';

/*
 * Opening an item's reply box the way a person does: click the site's own Reply control, then
 * wait (lib/dom/wait.ts, a MutationObserver) for the box the page renders.
 */

/** How long a site gets to render the box its Reply opens. */
export const REPLY_BOX_WAIT_MS = 3000;
/** How long a site gets to prefill its composer after Reply (Instagram's @mention). */
const SETTLE_MS = 600;

export type OpenOutcome = { box: HTMLElement } | { failure: 'left-page' | 'no-box' };

/**
 * Clicks the item's Reply control and waits for the item's own box (`ownBox` decides which box
 * is its own: never another item's).
 */
export async function openOwnBox(control: HTMLElement, ownBox: () => HTMLElement | undefined, signal: AbortSignal): Promise<OpenOutcome> {
  if (clickReplyControl(control).followedLink) return { failure: 'left-page' };
  const box = await waitForDom(ownBox, REPLY_BOX_WAIT_MS, signal);
  return box ? { box } : { failure: 'no-box' };
}

/**
 * On a site with one comment box per post, clicks the item's Reply so the site puts the
 * person's `mention` in the composer, and waits for it. False when the click would leave the page.
 */
export async function addressComposer(control: HTMLElement, composer: HTMLElement, mention: string, signal: AbortSignal): Promise<boolean> {
  if (clickReplyControl(control).followedLink) return false;
  await waitForDom(() => (boxText(composer).includes(mention) ? true : undefined), SETTLE_MS, signal);
  return true;
}

/** A box's text now (a field's value, else its rendered text). */
export function boxText(box: HTMLElement): string {
  const editable = resolveEditable(box);
  return editable ? readBoxText(editable) : '';
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
