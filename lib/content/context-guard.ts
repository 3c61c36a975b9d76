import { browser } from 'wxt/browser';
import type { RunContext } from './run-site';

/**
 * WXT's ContentScriptContext stops itself when the document hears a CustomEvent named
 * `<extension id>:<script>:wxt:content-script-started` (meant for a newer copy of the
 * same script). The page can dispatch that event too, and so stop Replybook on its tab.
 * The engine therefore runs on this guarded context: it stops only when the extension
 * is really gone (reloaded, updated, removed: `browser.runtime.id` is unset) or when a
 * newer copy of the script registered itself here — in the content scripts' isolated
 * world, which the page cannot reach. It also watches navigations itself instead of
 * through WXT's window events, which the page could forge as well.
 * (Its other half: each content script sets `noScriptStartedPostMessage`, so WXT does
 * not post the event's name, which holds the extension id, to the page.)
 */
const COPIES = Symbol.for('replybook.content-script-copies');
const LOCATION_POLL_MS = 1000;

function extensionIsAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

export function guardContext(wxtContext: { signal: AbortSignal }, scriptName: string): RunContext {
  const scope = globalThis as unknown as Record<symbol, Map<string, object> | undefined>;
  const copies = (scope[COPIES] ??= new Map<string, object>());
  const self = {};
  copies.set(scriptName, self);

  const controller = new AbortController();
  const stop = (reason: string) => {
    if (!controller.signal.aborted) controller.abort(reason);
  };
  const onWxtAbort = () => {
    if (!extensionIsAlive()) return stop('extension context invalidated');
    if (copies.get(scriptName) !== self) return stop('a newer copy of this content script started');
    console.warn('[replybook] ignored a forged "content script started" event from the page');
  };
  if (wxtContext.signal.aborted) onWxtAbort();
  else wxtContext.signal.addEventListener('abort', onWxtAbort, { once: true });

  const onNavigate = new Set<() => void>();
  let lastUrl = location.href;
  const timer = setInterval(() => {
    if (!extensionIsAlive()) return stop('extension context invalidated');
    if (location.href === lastUrl) return;
    lastUrl = location.href;
    for (const handler of onNavigate) handler();
  }, LOCATION_POLL_MS);
  controller.signal.addEventListener('abort', () => {
    clearInterval(timer);
    onNavigate.clear();
    if (copies.get(scriptName) === self) copies.delete(scriptName);
  });

  return {
    signal: controller.signal,
    addEventListener: (_target, _type, handler) => void onNavigate.add(handler),
  };
}
