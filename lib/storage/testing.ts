// Builders for storage tests (imported by *.test.ts only).
import type { Labels, Tone } from '@/lib/classifier/labels';
import type { Item } from '@/lib/sites/item';
import { ReplybookDB } from './db';
import type { ResponseInput } from './schemas';

export function freshDb(): ReplybookDB {
  return new ReplybookDB('test-' + crypto.randomUUID());
}

export function labelsFor(tone: Tone): Labels {
  const scores = { positive: 0.1, neutral: 0.1, negative: 0.1, [tone]: 0.8 };
  return { tone, scores, flags: [], topics: [], reasons: [`${tone} words`] };
}

export function makeItem(overrides: Partial<Item> = {}): Item {
  return {
    id: overrides.id ?? 'item-' + crypto.randomUUID(),
    site: 'yelp',
    kind: 'review',
    author: 'Dana K.',
    authorUrl: 'https://www.yelp.com/user_details?userid=dana',
    text: 'The soup was cold and nobody came.',
    isOwnerReply: false,
    ...overrides,
  };
}

export function makeResponse(overrides: Partial<Omit<ResponseInput, 'item'>> & { item?: Partial<Item>; tone?: Tone } = {}): ResponseInput {
  const { item, tone = 'negative', ...rest } = overrides;
  return {
    item: makeItem(item),
    labels: labelsFor(tone),
    pageUrl: 'https://www.yelp.com/biz/cafe',
    replyText: 'Sorry to hear that, we will make it right.',
    action: 'inserted',
    repliedAt: 1_700_000_000_000,
    ...rest,
  };
}
