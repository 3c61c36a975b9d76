// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { LabelledItem } from '@/lib/messaging/protocol';
import { countByTone, orderForAnswering } from './order';
import type { LoggedFacts } from '@/lib/storage/queries';
import { withStatus } from './status';

const item = (id: string, tone: LabelledItem['labels']['tone'], postedAt?: string, extra: Partial<LabelledItem> = {}): LabelledItem => ({
  id,
  site: 'demo',
  kind: 'comment',
  text: id,
  isOwnerReply: false,
  postedAt,
  labels: { tone, scores: { positive: 0, neutral: 0, negative: 0 }, flags: [], topics: [], reasons: [] },
  ...extra,
});

/** The items as the background stores them, with what the log knows about each. */
const stored = (items: LabelledItem[], facts: Record<string, LoggedFacts> = {}) => items.map((i) => withStatus(i, facts[i.id] ?? {}));

describe('orderForAnswering', () => {
  test('puts unanswered negatives first, oldest first, and answered ones last', () => {
    const items = [
      item('pos-old', 'positive', '2026-01-01T00:00:00Z'),
      item('neg-new', 'negative', '2026-03-01T00:00:00Z'),
      item('neg-old', 'negative', '2026-02-01T00:00:00Z'),
      item('neg-answered', 'negative', '2026-01-01T00:00:00Z'),
      item('neu', 'neutral', '2026-01-05T00:00:00Z'),
      item('owner', 'positive', undefined, { isOwnerReply: true }),
      item('troll', 'negative', '2026-01-01T00:00:00Z', {
        labels: { tone: 'negative', scores: { positive: 0, neutral: 0, negative: 1 }, flags: ['abusive'], topics: [], reasons: [] },
      }),
    ];
    const order = orderForAnswering(stored(items, { 'neg-answered': { latestAction: 'inserted' } })).map((i) => i.id);
    expect(order).toEqual(['neg-old', 'neg-new', 'neu', 'pos-old', 'troll', 'neg-answered']);
  });

  test("a user's correction moves an item with its corrected tone", () => {
    const items = stored([item('a', 'negative', '2026-01-01T00:00:00Z'), item('b', 'positive', '2026-02-01T00:00:00Z')], {
      a: { correction: 'positive' },
      b: { correction: 'negative' },
    });
    expect(orderForAnswering(items).map((i) => i.id)).toEqual(['b', 'a']);
    expect(countByTone(items)).toEqual({ negative: 1, neutral: 0, positive: 1 });
  });
});
