// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EpochMsSchema, MAX_EPOCH_MS } from './time';

describe('EpochMsSchema', () => {
  it('accepts times from 1970 to 2100', () => {
    for (const at of [0, Date.UTC(2026, 11, 3), MAX_EPOCH_MS, 1_700_000_000_000.5]) {
      expect(EpochMsSchema.safeParse(at).success).toBe(true);
    }
  });

  it('refuses far-future, negative and non-finite times with a message naming the value', () => {
    for (const at of [1e20, 9e15, MAX_EPOCH_MS + 1, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const result = EpochMsSchema.safeParse(at);
      expect(result.success).toBe(false);
    }
    const result = EpochMsSchema.safeParse(1e20);
    expect(result.error?.issues[0]?.message).toBe(
      'expected a time between 1970-01-01 and 2100-01-01 (ms since 1970), got 100000000000000000000',
    );
    expect(EpochMsSchema.safeParse('1700000000000').success).toBe(false);
  });
});
