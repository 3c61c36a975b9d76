// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBuiltItemValid, ItemSchema } from './item';

/** Strings around each limit of ItemSchema: empty, at the limit, one past it. */
const sized = (max: number) => fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', 'x'.repeat(max), 'x'.repeat(max + 1)));
const url = fc.oneof(
  fc.constantFrom('https://example.com/a', 'HTTP://x.y', 'ftp://x.y', 'javascript:alert(1)', '/relative', ''),
  fc.constant(`https://e.com/${'a'.repeat(4096)}`),
  fc.webUrl(),
);
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const number = fc.oneof(
  fc.double({ min: -2, max: 12 }),
  fc.constantFrom(0, 1, 10, 10.0001, -0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
);

/** Items as the extractor builds them (plain fields, undefined ones removed), valid or not. */
const candidate = fc
  .record({
    id: sized(2048),
    site: fc.constantFrom('trustpilot', 'google-maps', 'Bad Site', '', 'x'.repeat(41)),
    kind: fc.constantFrom('post', 'comment', 'reply', 'review', 'tweet'),
    author: maybe(sized(500)),
    authorUrl: maybe(url),
    text: fc.oneof(fc.string(), fc.constant('x'.repeat(1_000_001))),
    title: maybe(sized(2000)),
    rating: maybe(number),
    ratingMax: maybe(number),
    postedAt: maybe(
      fc.constantFrom('2025-03-01T10:00:00Z', '2025-03-01T10:00:00+01:00', '2025-03-01', 'yesterday', '2025-13-01T00:00:00Z'),
    ),
    timeText: maybe(sized(200)),
    permalink: maybe(url),
    isOwnerReply: fc.boolean(),
    parentId: maybe(sized(2048)),
    hasOwnerReply: maybe(fc.boolean()),
  })
  .map((fields) => {
    const item: Record<string, unknown> = { ...fields };
    for (const key of Object.keys(item)) if (item[key] === undefined) delete item[key];
    return item;
  });

describe('isBuiltItemValid', () => {
  it('agrees with ItemSchema on generated items (seeded)', () => {
    fc.assert(
      fc.property(candidate, (item) => {
        expect(isBuiltItemValid(item)).toBe(ItemSchema.safeParse(item).success);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses what the schema refuses at each limit', () => {
    const good = { id: 'a', site: 'trustpilot', kind: 'review', text: 'Fine', isOwnerReply: false };
    expect(isBuiltItemValid(good)).toBe(true);
    expect(isBuiltItemValid({ ...good, id: '' })).toBe(false);
    expect(isBuiltItemValid({ ...good, author: 'x'.repeat(501) })).toBe(false);
    expect(isBuiltItemValid({ ...good, permalink: 'javascript:alert(1)' })).toBe(false);
    expect(isBuiltItemValid({ ...good, rating: Number.NaN })).toBe(false);
    expect(isBuiltItemValid({ ...good, postedAt: '2025-03-01' })).toBe(false);
    expect(isBuiltItemValid({ ...good, reply: { editor: 'none', available: false } })).toBe(false);
  });
});
