// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutForDisplay, excerpt, neutralText, wellFormed } from './text';

/** Any UTF-16 string, lone surrogates included (fc.string keeps pairs whole). */
const utf16 = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 }).map((codes) => String.fromCharCode(...codes));
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;

describe('neutralText', () => {
  it('removes the override that makes "\\u202EnimdA" display as "Admin"', () => {
    expect(neutralText('\u202EnimdA')).toBe('nimdA');
    expect(neutralText('a\u2067b\u2069c\u200Fd')).toBe('abcd');
  });

  it('keeps right-to-left scripts and emoji as they are', () => {
    expect(neutralText('שלום 👩‍👩‍👧 مرحبا')).toBe('שלום 👩‍👩‍👧 مرحبا');
  });

  it('never leaves a bidi control or a lone surrogate, so encodeURIComponent never throws', () => {
    fc.assert(
      fc.property(utf16, (text) => {
        const safe = neutralText(text);
        expect(BIDI.test(safe)).toBe(false);
        expect(() => encodeURIComponent(safe)).not.toThrow();
        expect(() => encodeURIComponent(wellFormed(text))).not.toThrow();
      }),
    );
  });

  it('turns non-strings into text without throwing', () => {
    expect(neutralText(undefined)).toBe('');
    expect(neutralText(null)).toBe('');
    expect(neutralText(42)).toBe('42');
    expect(
      neutralText({
        toString: () => {
          throw new Error('no');
        },
      }),
    ).toBe('');
  });
});

describe('cutForDisplay', () => {
  it('cuts a 1 MB word to the limit and says how much is hidden', () => {
    const huge = 'x'.repeat(1_000_000);
    const cut = cutForDisplay(huge, 2000);
    expect(cut.text.length).toBe(2000);
    expect(cut.text.endsWith('…')).toBe(true);
    expect(cut.hidden).toBe(1_000_000 - 1999);
  });

  it('never splits a surrogate pair and never exceeds the limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.integer({ min: 1, max: 60 }), (text, max) => {
        const cut = cutForDisplay(text, max);
        expect(cut.text.length).toBeLessThanOrEqual(Math.max(max, 1));
        expect(() => encodeURIComponent(cut.text)).not.toThrow();
        if (cut.hidden === 0) expect(cut.text).toBe(neutralText(text));
      }),
    );
  });

  it('excerpt folds whitespace and stays short for a huge text', () => {
    expect(excerpt('a\n\n b\u202E c')).toBe('a b c');
    expect(excerpt('y'.repeat(1_000_000), 140).length).toBe(140);
  });
});
