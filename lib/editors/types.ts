import type { EditorKind } from '@/lib/sites/item';

export type { EditorKind };

/** What `insertReply` reports back. Maps onto `InsertResult` in lib/messaging/protocol.ts. */
export interface InsertOutcome {
  ok: boolean;
  /** The strategy that put the text in and was verified, when one did. */
  strategy?: string;
  /** Every strategy tried, in order (the last one is the winner when ok). */
  tried: string[];
  /** True when insertion failed and the reply was copied to the clipboard instead. */
  copiedToClipboard?: boolean;
  /** Plain words for the user. */
  message: string;
}

/**
 * Runs `insertInMainWorld(marker, text)` (lib/editors/main-world.ts) in the page's MAIN world
 * and resolves when it has returned. The content script cannot reach page objects (a Quill
 * instance, a React fiber) from its isolated world; the caller wires this through WXT's
 * `injectScript` or `browser.scripting.executeScript({ world: 'MAIN' })`, or uses
 * `createMainWorldBridge()` with a `world: 'MAIN'` content script running
 * `listenForMainWorldInserts()`. Resolving to `false` means "did nothing".
 */
export type MainWorldRunner = (marker: string, text: string) => Promise<unknown>;

export interface InsertOptions {
  /** The editor the site adapter declares; detection decides when absent. */
  editor?: EditorKind;
  /** Enables the main-world strategies (Quill's own API). Absent: isolated-world strategies only. */
  runInMainWorld?: MainWorldRunner;
  /** Copy to the clipboard when every strategy fails (default true). */
  copyOnFailure?: boolean;
  /**
   * Strategy names to try instead of the editor's default chain, in order (see
   * `STRATEGY_NAMES`). For a site hook that knows better, and for tests of each strategy.
   */
  strategies?: readonly string[];
  /** How long to wait for an editor to render after each strategy, in ms (default 120). */
  settleMs?: number;
}
