import { defineExtensionMessaging } from '@webext-core/messaging';
import { z } from 'zod';
import { ItemSchema } from '@/lib/sites/item';
import { LabelsSchema, ToneSchema } from '@/lib/classifier/labels';
import { ResponseInputSchema } from '@/lib/storage/schemas';

/**
 * The single list of cross-context calls. Each has the Zod schema of its real data;
 * receivers validate with `validated()` before doing anything with it, and nothing
 * downstream parses it again.
 */
export const DiagnosticsSchema = z.object({
  /** True when the page's markup suggests items should be there but none were found. */
  suspectOutdated: z.boolean(),
  /** Selectors that matched nothing although the page looked like it should have items. */
  failedSelectors: z.array(z.string().max(500)).max(50),
});

export const LabelledItemSchema = ItemSchema.extend({ labels: LabelsSchema });
export type LabelledItem = z.infer<typeof LabelledItemSchema>;

export const MessageSchemas = {
  /** content → background: what the content script found; the reply is the labels per item id. */
  itemsFound: z.object({
    pageUrl: z.string().max(4096),
    siteId: z.string().max(40),
    siteName: z.string().max(100),
    items: z.array(ItemSchema).max(5000),
    /** True when this is the full list for the page (a fresh scan), false when it adds to it. */
    replace: z.boolean(),
    diagnostics: DiagnosticsSchema.optional(),
  }),
  /** content → background: a badge was clicked; open the side panel on that item. */
  openPanel: z.object({ itemId: z.string().max(2048).optional() }),
  /**
   * panel → background: log what the user did with an item. The panel never writes the
   * log itself: the background does, through lib/storage/writes.ts (the one module every
   * write to the log goes through; the dashboard calls it for its own edits).
   */
  logResponse: z.object({ response: ResponseInputSchema }),
  /**
   * panel → background: Insert with write-ahead (lib/storage/intents.ts). The background
   * records the intent, asks the page to insert, and logs the response under `id` once the
   * page took the text, so a closed panel or a stopped worker never loses the row.
   */
  insertAndLog: z.object({
    id: z.string().min(1).max(200),
    tabId: z.number().int(),
    pageUrl: z.string().max(4096),
    itemId: z.string().max(2048),
    text: z.string().max(100_000),
    response: ResponseInputSchema.omit({ id: true }),
  }),
  /** panel → background: correct an item's tone (`null` removes the correction). */
  correctTone: z.object({ itemId: z.string().min(1).max(2048), tone: ToneSchema.nullable() }),
  /**
   * dashboard → background: the dashboard changed the log (a tone correction, an import, a
   * wipe); the background derives the open tabs' items again (all of them without `itemIds`).
   */
  logChanged: z.object({ itemIds: z.array(z.string().max(2048)).max(5000).optional() }),
  /** panel → background: the Insert's answer never came back; log its intent now if still pending. */
  recoverInsert: z.object({ id: z.string().min(1).max(200) }),
  /**
   * panel → content: put this text into the item's reply box (never press Post).
   * `tabId` is set only when the target is an extension page (the demo), which hears
   * runtime messages from every tab; content scripts get theirs through tabs.sendMessage.
   */
  insertReply: z.object({ itemId: z.string().max(2048), text: z.string().max(100_000), tabId: z.number().optional() }),
  /** content → background: may this site's reply boxes show the chip, and which shortcut names exist (never their phrases). */
  replyBoxSetup: z.object({ siteId: z.string().max(40) }),
  /** content → background: the draft in an item's own reply box; answered with the draft check and the top suggestion. */
  replyBoxAssist: z.object({ siteId: z.string().max(40), itemId: z.string().max(2048), draft: z.string().max(20_000) }),
  /** content → background: a typed shortcut's phrase, filled from the item under the box (when the box has one). */
  expandShortcut: z.object({ siteId: z.string().max(40), itemId: z.string().max(2048).optional(), name: z.string().max(40) }),
  /** panel → content: scroll the page to an item and highlight it. */
  focusItem: z.object({ itemId: z.string().max(2048), tabId: z.number().optional() }),
  /**
   * dashboard → background: the inbox's "Open on the page": bring a tab showing the item to the
   * front and scroll to it, else open its page in a new tab and scroll once the page found it.
   * The addresses come from the log (pages wrote them): the background opens only http(s) ones.
   */
  openItem: z.object({
    itemId: z.string().min(1).max(2048),
    pageUrl: z.string().max(4096).optional(),
    permalink: z.string().max(4096).optional(),
  }),
} as const;

export type MessageName = keyof typeof MessageSchemas;
export type MessageData<N extends MessageName> = z.infer<(typeof MessageSchemas)[N]>;

/** What the page answers to `insertReply` (a reply from our own content script: typed, not parsed). */
export interface InsertResult {
  ok: boolean;
  /** Which strategy put the text in (e.g. "native-setter", "beforeinput", "paste", "execCommand"). */
  strategy?: string;
  /** True when insertion failed and the text was copied to the clipboard instead. */
  copiedToClipboard?: boolean;
  message: string;
  /** Where the text went, read back from the box: "in the reply box under Pappu Das's comment". */
  where?: string;
  /** The site takes owner replies elsewhere (Trustpilot's business account): copy the reply, nothing was typed. */
  repliesElsewhere?: boolean;
}

/** What the chip beside a reply box shows (computed by the background: it holds the reading, the profile and the playbooks). */
export interface ReplyBoxAssist {
  ok: true;
  check: {
    warnings: Array<{ rule: string; severity: 'info' | 'warn' | 'block'; message: string }>;
    gaps: string[];
    length: number;
    maxChars: number;
    blocked: boolean;
  };
  /** The playbook's first reply for the item, unless the playbook says not to engage. */
  suggestion?: { text: string; why: string; gaps: string[] };
  /** Why there is no suggestion (spam, abusive, nothing to answer). */
  notice?: string;
}

interface ProtocolMap {
  itemsFound(data: MessageData<'itemsFound'>): { labels: Record<string, z.infer<typeof LabelsSchema>>; replyLanguages?: string[] };
  openPanel(data: MessageData<'openPanel'>): { ok: boolean };
  logResponse(data: MessageData<'logResponse'>): { ok: true; id: string } | { ok: false; message: string };
  insertAndLog(data: MessageData<'insertAndLog'>): {
    result: InsertResult;
    logged?: { ok: true; id: string } | { ok: false; message: string };
  };
  recoverInsert(data: MessageData<'recoverInsert'>): { logged: boolean };
  correctTone(data: MessageData<'correctTone'>): { ok: true } | { ok: false; message: string };
  logChanged(data: MessageData<'logChanged'>): void;
  insertReply(data: MessageData<'insertReply'>): InsertResult;
  focusItem(data: MessageData<'focusItem'>): { ok: boolean };
  openItem(data: MessageData<'openItem'>): OpenItemResult;
  replyBoxSetup(data: MessageData<'replyBoxSetup'>): { chip: boolean; shortcuts: string[] };
  replyBoxAssist(data: MessageData<'replyBoxAssist'>): ReplyBoxAssist | { ok: false; message: string };
  expandShortcut(data: MessageData<'expandShortcut'>): { ok: true; text: string; unfilled: string[] } | { ok: false; message: string };
}

/** What "Open on the page" did: an open tab brought to front (and scrolled when the page had the item), or a new tab. */
export type OpenItemResult = { ok: true; opened: 'existing-tab' | 'new-tab'; focused: boolean } | { ok: false; message: string };

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

/** Thrown (and logged) when a received message does not match its schema. */
export class InvalidMessageError extends Error {
  constructor(name: string, detail: string) {
    super(`Rejected message "${name}": ${detail}`);
    this.name = 'InvalidMessageError';
  }
}

/**
 * Parse a received message's data with its schema. A malformed message is
 * rejected with a logged reason; it never reaches the handler.
 */
export function validated<N extends MessageName>(name: N, data: unknown): MessageData<N> {
  const schema = MessageSchemas[name];
  if (!schema) throw new InvalidMessageError(String(name), 'unknown message');
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : '(root)';
    const error = new InvalidMessageError(name, `${where}: ${issue?.message ?? 'invalid'}`);
    console.warn('[replybook]', error.message);
    throw error;
  }
  return result.data as MessageData<N>;
}

/** Whether a sender may send a message at all, decided before its data is parsed. */
export type SenderCheck = (sender: chrome.runtime.MessageSender) => { ok: true } | { ok: false; reason: string };

/**
 * Register a handler that only ever sees data that passed its schema, from a sender that
 * passed `senderCheck` (checked first: a sender that may not send it learns only that).
 */
export function onValidatedMessage<N extends MessageName>(
  name: N,
  handler: (data: MessageData<N>, sender: chrome.runtime.MessageSender) => unknown,
  senderCheck?: SenderCheck,
) {
  return onMessage(name, ((message: { data: unknown; sender: chrome.runtime.MessageSender }) => {
    const verdict = senderCheck?.(message.sender);
    if (verdict && !verdict.ok) {
      const text = `Rejected message "${name}": ${verdict.reason}`;
      console.warn('[replybook]', text);
      throw new Error(text);
    }
    return handler(validated(name, message.data), message.sender);
  }) as never);
}
