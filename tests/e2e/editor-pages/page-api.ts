/**
 * What every test page exposes on `window.__page` (MAIN world): the editor's OWN state,
 * read through the library's API, so tests assert the model and not just the DOM.
 */
export interface TestPageApi {
  /** The editor's model text: Lexical root text, Draft plain text, Quill getText, React state. */
  getState(): string;
  /** How many times the page saw a submit (must stay 0: Replybook never posts). */
  submits: number;
}

declare global {
  interface Window {
    __page: TestPageApi;
  }
}

export function exposePage(getState: () => string): TestPageApi {
  const api: TestPageApi = { getState, submits: 0 };
  window.__page = api;
  return api;
}
