import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { withoutTracking } from './extract';

/** What withoutTracking did before it stopped iterating URLSearchParams (see extract.ts). */
function byUrlSearchParams(url: string): string {
  const parsed = new URL(url);
  for (const key of [...parsed.searchParams.keys()]) {
    if (key.startsWith('__') || key.startsWith('utm_')) parsed.searchParams.delete(key);
  }
  return parsed.href;
}

describe('withoutTracking', () => {
  test('drops __* and utm_* parameters and keeps the rest', () => {
    expect(withoutTracking('https://www.facebook.com/x?comment_id=1&__tn__=R&utm_source=a')).toBe(
      'https://www.facebook.com/x?comment_id=1',
    );
    expect(withoutTracking('https://www.facebook.com/x?comment_id=1')).toBe('https://www.facebook.com/x?comment_id=1');
  });

  test('decodes keys exactly as URLSearchParams does (encoded, malformed and non-ASCII keys)', () => {
    const text = fc.stringMatching(/^[a-zA-F_%0-9+=.é€ ]{0,8}$/);
    const prefix = fc.constantFrom('', '__', 'utm_', '_', '%5F%5F', '%5f_', 'a', '%', '%E2%82', '%C3%A9', '+');
    fc.assert(
      fc.property(fc.array(fc.tuple(prefix, text, text), { maxLength: 5 }), (pairs) => {
        const url = 'https://x.com/p?' + pairs.map(([p, k, v]) => `${p}${k}=${v}`).join('&');
        expect(withoutTracking(url)).toBe(byUrlSearchParams(url));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});
