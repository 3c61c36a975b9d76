import { expect } from 'vitest';
import type { Item } from '@/lib/sites/item';
import type { Expected } from './harness';

/** Checks one extraction against its expected file (shared with the CLI test). */
export function checkAgainstExpected(items: Item[], expected: Expected): void {
  expect(items.length).toBe(expected.count);
  if (expected.countsByKind) {
    const byKind: Record<string, number> = {};
    for (const item of items) byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
    expect(byKind).toEqual(expected.countsByKind);
  }
  if (expected.ownerReplies !== undefined) expect(items.filter((i) => i.isOwnerReply).length).toBe(expected.ownerReplies);
  expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  for (const want of expected.items) {
    const got = items[want.index];
    expect(got, `item ${want.index}`).toBeDefined();
    const where = `item ${want.index}`;
    if (want.kind) expect(got!.kind, where).toBe(want.kind);
    if (want.author !== undefined) expect(got!.author ?? null, where).toBe(want.author);
    if (want.text !== undefined) expect(got!.text, where).toBe(want.text);
    if (want.textStartsWith !== undefined)
      expect(got!.text.startsWith(want.textStartsWith), `${where}: ${got!.text.slice(0, 80)}`).toBe(true);
    if (want.textIncludes !== undefined) expect(got!.text, where).toContain(want.textIncludes);
    if (want.title !== undefined) expect(got!.title, where).toBe(want.title);
    if (want.rating !== undefined) expect(got!.rating ?? null, where).toBe(want.rating);
    if (want.postedAt !== undefined) expect(got!.postedAt ?? null, where).toBe(want.postedAt);
    if (want.timeText !== undefined) expect(got!.timeText ?? null, where).toBe(want.timeText);
    if (want.permalink !== undefined) expect(got!.permalink ?? null, where).toBe(want.permalink);
    if (want.isOwnerReply !== undefined) expect(got!.isOwnerReply, where).toBe(want.isOwnerReply);
    if (want.hasOwnerReply !== undefined) expect(got!.hasOwnerReply, where).toBe(want.hasOwnerReply);
    if (want.hasParent !== undefined) expect(Boolean(got!.parentId), where).toBe(want.hasParent);
  }
}
