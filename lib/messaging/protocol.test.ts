// @vitest-environment node
import { describe, expect, test, vi } from 'vitest';
import { makeResponse } from '@/lib/storage/testing';
import { InvalidMessageError, validated } from './protocol';

const item = { id: 'a1', site: 'demo', kind: 'comment', text: 'Hello', isOwnerReply: false };

describe('validated', () => {
  test('passes a well-formed message through unchanged', () => {
    const data = { pageUrl: 'https://x.com/a', siteId: 'x', siteName: 'X', items: [item], replace: true };
    expect(validated('itemsFound', data)).toEqual(data);
  });

  test('rejects a malformed message with a logged reason naming the field', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const bad = { pageUrl: 'https://x.com/a', siteId: 'x', siteName: 'X', items: [{ ...item, kind: 'tweetstorm' }], replace: true };
    expect(() => validated('itemsFound', bad)).toThrow(InvalidMessageError);
    expect(() => validated('itemsFound', bad)).toThrow(/items\.0\.kind/);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  test('rejects an unknown message name', () => {
    expect(() => validated('dropTables' as never, {})).toThrow(/unknown message/);
  });

  test('rejects data that is not an object at all', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(() => validated('insertReply', 'insert everything')).toThrow(InvalidMessageError);
    expect(() => validated('insertReply', { itemId: 'x', text: 'a'.repeat(100_001) })).toThrow(/text/);
    warn.mockRestore();
  });

  test('refuses an invalid response to log before anything reaches the page (the storage schema is the message schema)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const insert = { id: 'bad', tabId: 3, pageUrl: 'https://x.com/a', itemId: 'x:1', text: 'Hi' };
    expect(() => validated('insertAndLog', { ...insert, response: { ...makeResponse(), repliedAt: 9e15 } })).toThrow(
      /response\.repliedAt: expected a time between/,
    );
    expect(() => validated('logResponse', { response: { ...makeResponse(), action: 'posted' } })).toThrow(/response\.action/);
    expect(validated('logResponse', { response: makeResponse() }).response.item.id).toMatch(/^item-/);
    warn.mockRestore();
  });
});
