import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hrefFor, parseHash } from './use-hash-route';

describe('hash route', () => {
  it('links to an author key with a lone surrogate without throwing', () => {
    const key = 'yelp:bad \uD800 name';
    const href = hrefFor('people', key);
    expect(parseHash(href)).toEqual({ page: 'people', params: ['yelp:bad \uFFFD name'] });
  });

  it('reads a malformed escape as typed instead of throwing "URI malformed"', () => {
    expect(parseHash('#/log/%E0%A4%A')).toEqual({ page: 'log', params: ['%E0%A4%A'] });
  });

  it('round-trips every well-formed parameter', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }), (param) => {
        expect(parseHash(hrefFor('log', param)).params).toEqual([param]);
      }),
    );
  });
});
