/**
 * What every thread test page exposes on `window.__thread` (MAIN world): each reply box's text as
 * the editor's OWN model holds it (Lexical root text, Draft plain text, Quill getText, React
 * state), keyed by the item it sits under (`data-key` on the item; "post" for the post's
 * composer), plus what the person posted with the site's own buttons.
 */
export interface ThreadPageApi {
  texts(): Record<string, string>;
  /** Presses of a Post/Send button or form submits that did not come from the test (must stay 0). */
  submits: number;
  /** What the site's Post button sent: to whom (item key) and the text. */
  posted: Array<{ to: string; text: string }>;
}

declare global {
  interface Window {
    __thread: ThreadPageApi;
  }
}

const readers = new Map<string, () => string>();

export const page: ThreadPageApi = {
  texts: () => Object.fromEntries([...readers].map(([key, read]) => [key, read()])),
  submits: 0,
  posted: [],
};
window.__thread = page;

/** Registers a box's model reader under its item's key (replacing a box the site re-rendered). */
export function trackBox(key: string, read: () => string): void {
  readers.set(key, read);
}

export function forgetBox(key: string): void {
  readers.delete(key);
}

/** Every click on a Post button (`[data-post-button]`) and every submit is counted: Replybook presses none. */
document.addEventListener(
  'click',
  (event) => {
    if (event.target instanceof Element && event.target.closest('[data-post-button]')) page.submits += 1;
  },
  true,
);
document.addEventListener(
  'submit',
  (event) => {
    event.preventDefault();
    page.submits += 1;
  },
  true,
);

/** The item's key, from the closest `[data-key]`. */
export function keyOf(el: Element): string {
  return el.closest('[data-key]')?.getAttribute('data-key') ?? 'post';
}

/** The site builds the box a moment after Reply is clicked, as the real pages do (async render). */
export function later(run: () => void, ms = 150): void {
  setTimeout(run, ms);
}

/** A Post button that records what it sends and then clears the box (the person's own press). */
export function postButton(label: string, to: string, read: () => string, clear: () => void): HTMLElement {
  const button = document.createElement('div');
  button.setAttribute('role', 'button');
  button.setAttribute('data-post-button', '');
  button.tabIndex = 0;
  button.textContent = label;
  button.addEventListener('click', () => {
    page.posted.push({ to, text: read() });
    clear();
  });
  return button;
}
