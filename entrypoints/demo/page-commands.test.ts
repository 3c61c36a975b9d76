import { afterEach, describe, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import type { PageCommandHandlers } from '@/lib/content/page-commands';
import { listenOnDemoPage } from './page-commands';

type Listener = (message: unknown, sender: unknown, respond: (response: unknown) => void) => boolean;

/** Starts the demo page's listener for tab `ownTabId` and hands back the raw runtime listener it added. */
function start(ownTabId: number | undefined, handlers: PageCommandHandlers) {
  const added = vi.spyOn(browser.runtime.onMessage, 'addListener');
  const stop = listenOnDemoPage(ownTabId)(handlers);
  const listener = added.mock.calls.at(-1)![0] as unknown as Listener;
  added.mockRestore();
  return { listener, stop };
}

const envelope = (type: string, data: unknown) => ({ id: 1, type, data, timestamp: 1 });

const handlers = (): PageCommandHandlers => ({
  insertReply: vi.fn(async () => ({ ok: true, message: 'Inserted.' })),
  focusItem: vi.fn(() => ({ ok: true })),
});

let stopListening: (() => void) | undefined;
afterEach(() => stopListening?.());

describe('the demo page hears only its own tab', () => {
  test("declines another tab's command at once (returns false, never answers), so that tab's page answers", () => {
    const h = handlers();
    const { listener, stop } = start(7, h);
    stopListening = stop;
    const respond = vi.fn();
    expect(listener(envelope('insertReply', { itemId: 'r-101', text: 'Hi', tabId: 8 }), {}, respond)).toBe(false);
    expect(h.insertReply).not.toHaveBeenCalled();
    expect(respond).not.toHaveBeenCalled();
  });

  test('answers its own tab asynchronously, in the envelope the sender reads', async () => {
    const h = handlers();
    const { listener, stop } = start(7, h);
    stopListening = stop;
    const respond = vi.fn();
    expect(listener(envelope('insertReply', { itemId: 'r-101', text: 'Hi', tabId: 7 }), {}, respond)).toBe(true);
    await vi.waitFor(() => expect(respond).toHaveBeenCalledWith({ res: { ok: true, message: 'Inserted.' } }));
    expect(h.insertReply).toHaveBeenCalledWith({ itemId: 'r-101', text: 'Hi', tabId: 7 });
  });

  test('leaves other messages and malformed commands alone', () => {
    const h = handlers();
    const { listener, stop } = start(7, h);
    stopListening = stop;
    const respond = vi.fn();
    expect(listener(envelope('itemsFound', {}), {}, respond)).toBe(false);
    expect(listener(envelope('focusItem', { itemId: 42 }), {}, respond)).toBe(false);
    expect(listener('not an envelope', {}, respond)).toBe(false);
    expect(respond).not.toHaveBeenCalled();
    expect(h.focusItem).not.toHaveBeenCalled();
  });
});
