import { browser } from 'wxt/browser';
import { z } from 'zod';
import { pathCanHoldItems, type SiteAdapter } from '@/lib/sites/schema';
import { trackItems } from './item-tracker';
import { listenInTab, pageCommandHandlers, type ListenForPageCommands } from './page-commands';
import { startReplyBoxAssist } from './reply-box-assist';
import { createReplyInserter } from './reply-inserter';

/** The part of WXT's ContentScriptContext the engine needs; the demo page passes its own. */
export interface RunContext {
  signal: AbortSignal;
  addEventListener?: (target: Window, type: 'wxt:locationchange', handler: () => void) => void;
}

export interface RunOptions {
  /** How the page hears the panel's commands; content scripts use the default (their own tab's messages). */
  listen?: ListenForPageCommands;
}

/**
 * Runs one site adapter on a live page: scans, follows mutations (batched,
 * idle-scheduled) and single-page navigations, draws one badge per item, reports
 * items to the background, and answers "insert this reply into item X".
 * Everything hangs off ctx.signal and is torn down when it aborts.
 */
export function runSite(ctx: RunContext, adapter: SiteAdapter, options: RunOptions = {}): void {
  // Guard against double injection (a runtime-registered script injected twice).
  const guard = `__replybook_${adapter.id}`;
  const scope = globalThis as unknown as Record<string, unknown>;
  if (scope[guard]) return;
  scope[guard] = true;
  ctx.signal.addEventListener('abort', () => delete scope[guard]);
  // A site the user turned off in Settings gets no badges and no scans.
  void isSiteTurnedOff(adapter.id).then((off) => {
    if (!ctx.signal.aborted && !off) startWherePathsAllow(ctx, adapter, options);
  });
}

/**
 * The engine runs only on paths where the site can show items (the adapter's `paths`): elsewhere
 * the script idles, with no scan and no observer, and wakes on an in-app navigation to such a
 * path; navigating away stops it again (its badges go with it).
 */
function startWherePathsAllow(ctx: RunContext, adapter: SiteAdapter, options: RunOptions): void {
  if (!adapter.paths) {
    startEngine(ctx, adapter, options);
    return;
  }
  let running: AbortController | undefined;
  const follow = () => {
    const wanted = !ctx.signal.aborted && pathCanHoldItems(adapter, location.pathname);
    if (wanted && !running) {
      const engine = new AbortController();
      running = engine;
      startEngine(
        {
          signal: engine.signal,
          // The engine's own navigation listener hears nothing once it is stopped.
          addEventListener: (target, type, handler) =>
            ctx.addEventListener?.(target, type, () => {
              if (!engine.signal.aborted) handler();
            }),
        },
        adapter,
        options,
      );
    } else if (!wanted && running) {
      running.abort();
      running = undefined;
    }
  };
  ctx.signal.addEventListener('abort', () => running?.abort());
  // Registered before the engine's own listener, so a navigation away stops it before it rescans.
  ctx.addEventListener?.(window, 'wxt:locationchange', follow);
  follow();
}

// Only the on/off switches, from the copy lib/settings publishes for content scripts
// (the settings themselves are in IndexedDB, out of their reach). Unreadable means "on".
const SiteSwitchesSchema = z.object({ sites: z.record(z.string(), z.boolean()) });

async function isSiteTurnedOff(siteId: string): Promise<boolean> {
  try {
    const stored = (await browser.storage.local.get('siteSwitches')).siteSwitches;
    const parsed = SiteSwitchesSchema.safeParse(stored);
    return parsed.success && parsed.data.sites[siteId] === false;
  } catch {
    return false;
  }
}

/** The engine on one page: the item tracker, and the panel's commands answered on what it tracks. */
function startEngine(ctx: RunContext, adapter: SiteAdapter, options: RunOptions): void {
  const tracker = trackItems(ctx, adapter);
  const insertForItem = createReplyInserter(adapter, tracker, ctx.signal);
  const stopListening = (options.listen ?? listenInTab)(pageCommandHandlers(tracker, insertForItem));
  ctx.signal.addEventListener('abort', stopListening);
  startReplyBoxAssist(ctx, adapter, tracker);
}
