import { describe, expect, test } from 'vitest';
import { hasLanded, normaliseText, splitLines } from './dom';

describe('normaliseText', () => {
  test.each([
    ['spaces and nbsp collapse', 'a \u00a0  b', 'a b'],
    ['paragraph breaks (rendered as two newlines) count as one', 'a\n\nb', 'a\nb'],
    ['Windows line ends fold', 'a\r\nb\rc', 'a\nb\nc'],
    ['spaces around line breaks go', 'a  \n  b', 'a\nb'],
    ['zero-width marks go (ZWJ too, the same on both sides of a comparison)', 'hi\u200b 👨\u200d👩\u200d👧', 'hi 👨👩👧'],
    ['NFC: composed and decomposed é match', 'cafe\u0301', 'café'],
    ['RTL text is kept as is', ' שלום עליכם ', 'שלום עליכם'],
  ])('%s', (_, input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });
});

describe('hasLanded', () => {
  const reply = 'Thanks!\nSee you soon.';
  test('true when the box gained the reply with its line break', () => {
    expect(hasLanded('', 'Thanks!\n\nSee you soon.\n', reply)).toBe(true);
  });
  test('false when the line break was lost', () => {
    expect(hasLanded('', 'Thanks! See you soon.', reply)).toBe(false);
  });
  test('false when the box already held the reply and nothing was added', () => {
    expect(hasLanded('Thanks!\nSee you soon.', 'Thanks!\nSee you soon.', reply)).toBe(false);
  });
  test('true for a second copy after an existing one', () => {
    expect(hasLanded('Thanks!\nSee you soon.', 'Thanks!\nSee you soon. Thanks!\nSee you soon.', reply)).toBe(true);
  });
  test('false when only part landed', () => {
    expect(hasLanded('', 'Thanks!', reply)).toBe(false);
  });
});

test('splitLines keeps empty lines', () => {
  expect(splitLines('a\r\n\r\nb')).toEqual(['a', '', 'b']);
});
