import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { ListenForPageCommands, PageCommandHandlers } from '@/lib/content/page-commands';
import { validated } from '@/lib/messaging/protocol';

/*
 * The demo page is an extension page: it hears the runtime messages sent to every extension page
 * (lib/messaging/to-page.ts adds the tab id for it), not a tabs.sendMessage meant for its tab alone.
 * It answers only its own tab's commands and declines the others, so the page they are meant for
 * is the one that answers.
 */

/** The envelope @webext-core/messaging sends ({ id, type, data, timestamp }); only the command names are ours. */
const CommandEnvelopeSchema = z.object({ type: z.enum(['insertReply', 'focusItem']), data: z.unknown(), timestamp: z.number() });

type Respond = (response: { res: unknown } | { err: { name: string; message: string; stack: string } }) => void;

/** Page commands for the demo page in tab `ownTabId` (undefined when it could not learn its tab: it answers all). */
export function listenOnDemoPage(ownTabId: number | undefined): ListenForPageCommands {
  return (handlers: PageCommandHandlers) => {
    const listener = (message: unknown, _sender: unknown, respond: Respond): boolean => {
      const envelope = CommandEnvelopeSchema.safeParse(message);
      if (!envelope.success) return false; // not a page command: other listeners' business
      const { type } = envelope.data;
      // biome-ignore lint/suspicious/noImplicitAnyLet: TypeScript types it from the assignment below (an evolving let, not any).
      let data;
      try {
        data = validated(type, envelope.data.data);
      } catch {
        return false; // malformed (validated logged why): no answer
      }
      // Declined: another tab's page answers it (returning false leaves the response to them).
      if (ownTabId !== undefined && data.tabId !== undefined && data.tabId !== ownTabId) return false;
      const run = async () =>
        type === 'insertReply' ? handlers.insertReply(data as Parameters<PageCommandHandlers['insertReply']>[0]) : handlers.focusItem(data);
      run().then(
        (res) => respond({ res }),
        (error: unknown) => respond({ err: { name: 'Error', message: error instanceof Error ? error.message : String(error), stack: '' } }),
      );
      return true; // answers asynchronously
    };
    browser.runtime.onMessage.addListener(listener as never);
    return () => browser.runtime.onMessage.removeListener(listener as never);
  };
}
