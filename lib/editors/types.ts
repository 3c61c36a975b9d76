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

export interface InsertOptions {
  /** The editor the site adapter declares; detection decides when absent. */
  editor?: EditorKind;
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
