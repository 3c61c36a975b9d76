// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { foldText, queryWords, searchWords, textMatcher } from './search-words';

describe('search words', () => {
  it('folds case and accents and splits on anything but letters and digits', () => {
    expect(foldText('Crème BRÛLÉE')).toBe('creme brulee');
    expect(searchWords('Crème brûlée, 5 stars!', 'Merci — à bientôt')).toEqual(['creme', 'brulee', '5', 'stars', 'merci', 'bientot']);
  });
  it('keeps right-to-left scripts and drops emoji and stop words', () => {
    expect(searchWords('שלום 😀 the مرحبا and we')).toEqual(['שלום', 'مرحبا']);
  });
  it('query words drop stop words and repeats', () => {
    expect(queryWords('The soup, the SOUP and the café')).toEqual(['soup', 'cafe']);
    expect(queryWords('the and')).toEqual([]);
    expect(queryWords('😀 !!')).toEqual([]);
  });
});

describe('textMatcher (people and follow-up search)', () => {
  it('needs every query word to start a word of the texts, case and accents ignored', () => {
    const matches = textMatcher('zoe MUL');
    expect(matches('Zoë Müller', 'yelp')).toBe(true);
    expect(matches('Zoë', 'Müller')).toBe(true);
    expect(matches('Zoë Schmidt')).toBe(false);
    expect(textMatcher('ull')('Zoë Müller')).toBe(false); // starts of words only
  });
  it('matches everything on an empty query, and raw text for stop words only', () => {
    expect(textMatcher('  ')('anything')).toBe(true);
    expect(textMatcher('the')('in the end')).toBe(true);
    expect(textMatcher('the')('nothing here')).toBe(false);
  });
});
