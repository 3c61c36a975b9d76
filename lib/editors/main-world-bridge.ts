import { insertInMainWorld } from './main-world';
import type { MainWorldRunner } from './types';

/**
 * A bridge between the content script (isolated world) and a `world: 'MAIN'` content script,
 * over DOM CustomEvents with JSON-string details (strings cross worlds; objects do not
 * reliably). Needs no `scripting` permission. The page can see these events; they carry only
 * the reply text that is going into its own box anyway, and a forged request can only type
 * into the page's own editor.
 */
const REQUEST_EVENT = 'replybook:main-world-insert';
const RESULT_EVENT = 'replybook:main-world-result';

interface BridgeRequest {
  id: string;
  marker: string;
  text: string;
}

function parseRequest(detail: unknown): BridgeRequest | null {
  if (typeof detail !== 'string' || detail.length > 200_000) return null;
  try {
    const value: unknown = JSON.parse(detail);
    if (typeof value !== 'object' || value === null) return null;
    const { id, marker, text } = value as Record<string, unknown>;
    if (typeof id !== 'string' || typeof marker !== 'string' || typeof text !== 'string') return null;
    if (!/^[a-z0-9]{1,40}$/.test(marker) || id.length > 64) return null;
    return { id, marker, text };
  } catch {
    return null;
  }
}

/**
 * MAIN world side: call once from a `world: 'MAIN'` content script (e.g. WXT
 * `defineContentScript({ world: 'MAIN', matches, main: () => listenForMainWorldInserts() })`).
 */
export function listenForMainWorldInserts(signal?: AbortSignal): void {
  document.addEventListener(
    REQUEST_EVENT,
    (event) => {
      const request = parseRequest((event as CustomEvent<unknown>).detail);
      if (!request) return;
      const result = insertInMainWorld(request.marker, request.text);
      document.dispatchEvent(new CustomEvent(RESULT_EVENT, { detail: JSON.stringify({ id: request.id, ok: result.ok }) }));
    },
    { signal },
  );
}

/**
 * Isolated-world side: a `runInMainWorld` for `insertReply` that asks the MAIN-world listener
 * and resolves when it answers (or after `timeoutMs` when no listener is there).
 */
export function createMainWorldBridge(timeoutMs = 500): MainWorldRunner {
  return (marker, text) =>
    new Promise<boolean>((resolve) => {
      const id = Math.random().toString(36).slice(2);
      const onResult = (event: Event) => {
        const detail = (event as CustomEvent<unknown>).detail;
        if (typeof detail !== 'string') return;
        try {
          const answer = JSON.parse(detail) as { id?: unknown; ok?: unknown };
          if (answer.id !== id) return;
          finish(answer.ok === true);
        } catch {
          // not ours
        }
      };
      const finish = (ok: boolean) => {
        clearTimeout(timer);
        document.removeEventListener(RESULT_EVENT, onResult);
        resolve(ok);
      };
      const timer = setTimeout(() => finish(false), timeoutMs);
      document.addEventListener(RESULT_EVENT, onResult);
      document.dispatchEvent(new CustomEvent(REQUEST_EVENT, { detail: JSON.stringify({ id, marker, text }) }));
    });
}
