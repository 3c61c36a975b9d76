import { onValidatedMessage, type InsertResult, type MessageData } from '@/lib/messaging/protocol';
import type { ItemTracker } from './item-tracker';
import type { InsertForItem } from './reply-inserter';

/** What the panel asks of the page it shows: put a reply into an item's box, bring an item into view. */
export interface PageCommandHandlers {
  insertReply(data: MessageData<'insertReply'>): Promise<InsertResult>;
  focusItem(data: MessageData<'focusItem'>): { ok: boolean };
}

/** Starts answering page commands; returns the function that stops. */
export type ListenForPageCommands = (handlers: PageCommandHandlers) => () => void;

/**
 * A content script's way: tabs.sendMessage brings it only its own tab's commands, so every
 * command it hears is its own.
 */
export const listenInTab: ListenForPageCommands = (handlers) => {
  const stops = [
    onValidatedMessage('insertReply', (data) => handlers.insertReply(data)),
    onValidatedMessage('focusItem', (data) => handlers.focusItem(data)),
  ];
  return () => stops.forEach((stop) => stop());
};

const HIGHLIGHT_MS = 1500;

/** The engine's answers to the panel's commands, on the items the tracker knows. */
export function pageCommandHandlers(tracker: ItemTracker, insertForItem: InsertForItem): PageCommandHandlers {
  return {
    insertReply: (data) => insertForItem(data.itemId, data.text),
    focusItem: (data) => {
      const record = tracker.connected(data.itemId);
      if (!record) return { ok: false };
      record.element.scrollIntoView({ block: 'center', behavior: 'smooth' });
      const target = record.element as HTMLElement;
      const previous = target.style.outline;
      target.style.outline = '3px solid #2b5cab';
      setTimeout(() => (target.style.outline = previous), HIGHLIGHT_MS);
      return { ok: true };
    },
  };
}
