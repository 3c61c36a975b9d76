// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, formatDate, formatDateTime, formatDuration, INVALID_TIME, toLocalInputValue } from './format';

const anyNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(1e20, 9e15, -9e15, 8.64e15 + 1, Number.MAX_VALUE, -0, NaN, Infinity, -Infinity),
  fc.integer(),
);
const anyValue = fc.oneof(anyNumber, fc.string(), fc.constant(undefined)) as fc.Arbitrary<number | undefined>;

describe('the formatting layer never throws', () => {
  it('formats any number, string or nothing without throwing', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        for (const format of [formatDateTime, formatDate, formatCount, formatDuration, formatBytes]) {
          expect(typeof format(value as number)).toBe('string');
        }
        expect(typeof toLocalInputValue(value as number)).toBe('string');
      }),
    );
  });

  it('shows an out-of-range time as "invalid date" where Intl.DateTimeFormat would throw', () => {
    expect(() => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(1e20)).toThrow();
    expect(formatDateTime(1e20)).toBe(INVALID_TIME);
    expect(formatDate(9e15)).toBe(INVALID_TIME);
    expect(formatDateTime(Number.NaN)).toBe(INVALID_TIME);
    expect(formatDateTime('not a date')).toBe(INVALID_TIME);
    expect(toLocalInputValue(1e20)).toBe('');
    expect(formatDateTime(undefined)).toBe('');
  });

  it('formats ordinary values as before', () => {
    const at = Date.UTC(2026, 11, 3, 10, 0);
    expect(formatDateTime(at)).toMatch(/2026/);
    expect(formatDate(new Date(at).toISOString())).toMatch(/2026/);
    expect(formatCount(12345)).toMatch(/12.?345/);
    expect(formatCount(Number.POSITIVE_INFINITY)).toBe('–');
    expect(formatDuration(3 * 3_600_000 + 20 * 60_000)).toBe('3 h 20 min');
    expect(formatDuration(Number.NaN)).toBe('–');
    expect(formatBytes(2048)).toBe('2.0 KB');
    expect(formatBytes(-1)).toBe('unknown');
  });
});
