// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LabelledItem } from '@/lib/messaging/protocol';
import { jsonSize, mergeTabItems, tabsToEvict, takeWriteAllowance, type StoredTab } from './tab-budget';

const labels = { tone: 'neutral' as const, scores: { positive: 0.1, neutral: 0.8, negative: 0.1 }, flags: [], topics: [], reasons: [] };
const item = (id: string, text = 'ok'): LabelledItem => ({ id, site: 'yelp', kind: 'review', text, isOwnerReply: false, labels });
const ids = (items: LabelledItem[]) => items.map((i) => i.id);

describe('mergeTabItems', () => {
  it('keeps only the newest items within the count budget and says how many were left out', () => {
    const first = mergeTabItems(
      [],
      Array.from({ length: 8 }, (_, i) => item(`a${i}`)),
      { replace: true, maxItems: 5 },
    );
    expect(ids(first.items)).toEqual(['a3', 'a4', 'a5', 'a6', 'a7']);
    expect(first.dropped).toBe(3);
    const next = mergeTabItems(first.items, [item('b0'), item('b1')], { replace: false, droppedBefore: first.dropped, maxItems: 5 });
    expect(ids(next.items)).toEqual(['a5', 'a6', 'a7', 'b0', 'b1']);
    expect(next.dropped).toBe(5);
  });

  it('updates a re-reported item in place of its old copy, and a fresh scan starts over', () => {
    const merged = mergeTabItems([item('a'), item('b')], [item('a', 'edited')], { replace: false });
    expect(merged.items.map((i) => [i.id, i.text])).toEqual([
      ['b', 'ok'],
      ['a', 'edited'],
    ]);
    expect(mergeTabItems([item('a')], [item('c')], { replace: true, droppedBefore: 9 })).toEqual({ items: [item('c')], dropped: 0 });
  });

  it('keeps a tab within its byte budget even with a 1 MB comment', () => {
    const huge = item('huge', 'x'.repeat(1_000_000));
    const merged = mergeTabItems([], [huge, item('a'), item('b')], { replace: true, maxBytes: 600_000 });
    expect(ids(merged.items)).toEqual(['a', 'b']);
    expect(merged.dropped).toBe(1);
  });

  it('never exceeds either budget and never loses count (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ maxLength: 200 }), { maxLength: 30 }), { maxLength: 8 }),
        fc.integer({ min: 1, max: 20 }),
        (bursts, maxItems) => {
          let state = { items: [] as LabelledItem[], dropped: 0 };
          const seen = new Set<string>();
          bursts.forEach((texts, burst) => {
            const incoming = texts.map((text, index) => item(`${burst}-${index}`, text));
            incoming.forEach((i) => seen.add(i.id));
            state = mergeTabItems(state.items, incoming, { replace: false, droppedBefore: state.dropped, maxItems, maxBytes: 5_000 });
            expect(state.items.length).toBeLessThanOrEqual(maxItems);
            const bytes = state.items.reduce((sum, kept) => sum + jsonSize(kept) + 1, 0);
            expect(state.items.length <= 1 || bytes <= 5_000).toBe(true);
          });
          expect(state.items.length + state.dropped).toBe(seen.size);
        },
      ),
    );
  });
});

describe('tabsToEvict', () => {
  const tab = (tabId: number, updatedAt: number, bytes: number): StoredTab => ({ key: `tab:${tabId}`, tabId, updatedAt, bytes });

  it('evicts closed tabs first, then stale, then the least recently updated, never the writing tab', () => {
    const now = 100 * 3_600_000;
    const stored = [
      tab(1, now - 1000, 3_000_000),
      tab(2, now - 2000, 3_000_000),
      tab(3, now - 10 * 3_600_000, 1_000_000),
      tab(4, now, 2_000_000),
      tab(9, now, 500_000),
    ];
    const open = new Set([1, 2, 3, 4]);
    expect(tabsToEvict(stored, { openTabIds: open, keepTabId: 4, needed: 1_000, now, maxTotalBytes: 8_000_000 })).toEqual(['tab:9']);
    expect(tabsToEvict(stored, { openTabIds: open, keepTabId: 4, needed: 2_000_000, now, maxTotalBytes: 8_000_000 })).toEqual([
      'tab:9',
      'tab:3',
    ]);
    expect(tabsToEvict(stored, { openTabIds: open, keepTabId: 4, needed: 5_000_000, now, maxTotalBytes: 8_000_000 })).toEqual([
      'tab:9',
      'tab:3',
      'tab:2',
    ]);
    expect(tabsToEvict(stored, { openTabIds: open, keepTabId: 4, needed: 50_000_000, now })).not.toContain('tab:4');
  });
});

describe('takeWriteAllowance', () => {
  const budget = { perPage: 10, perMinute: 4, windowMs: 60_000 };

  it('caps the rows a page can write per minute and per visit', () => {
    let allowance = takeWriteAllowance(undefined, 'https://a/1', 6, 0, budget);
    expect(allowance.allowed).toBe(4);
    allowance = takeWriteAllowance(allowance.next, 'https://a/1', 6, 30_000, budget);
    expect(allowance.allowed).toBe(0);
    let total = 4;
    for (let minute = 1; minute <= 5; minute += 1) {
      allowance = takeWriteAllowance(allowance.next, 'https://a/1', 6, minute * 60_000, budget);
      total += allowance.allowed;
    }
    expect(total).toBe(10);
    expect(takeWriteAllowance(allowance.next, 'https://a/2', 3, 400_000, budget).allowed).toBe(3);
  });
});
