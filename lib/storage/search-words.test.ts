import { describe, expect, it } from 'vitest';
import { foldText, queryWords, searchWords } from './search-words';

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
