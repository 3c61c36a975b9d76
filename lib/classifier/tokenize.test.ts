// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeEntities, decodeLiteralEscapes, MAX_CHARS, normalizeFully, normalizeText, toWellFormed } from './normalize';
import { emoticonCategory, squeezeElongation, tokenize, type Token } from './tokenize';

const texts = (tokens: Token[]): string[] => tokens.map((t) => t.text);
const kinds = (tokens: Token[]): string[] => tokens.map((t) => `${t.kind}:${t.text}`);

describe('normalizeText', () => {
  it('decodes HTML entities, named and numeric', () => {
    expect(decodeEntities('Fish &amp; chips &lt;3 &#39;ok&#39; &#x1F600; &hellip;')).toBe("Fish & chips <3 'ok' 😀 …");
    expect(decodeEntities('&notanentity; & alone')).toBe('&notanentity; & alone');
    expect(normalizeText('a &amp;amp; b')).toBe('a & b');
  });

  it('decodes literal \\u escapes, including escaped surrogate pairs', () => {
    expect(decodeLiteralEscapes('don\\u2019t')).toBe('don\u2019t');
    expect(decodeLiteralEscapes('lol \\ud83d\\ude02')).toBe('lol 😂');
    expect(decodeLiteralEscapes('bad \\ud83d alone')).toBe('bad \ufffd alone');
    expect(decodeLiteralEscapes('say \\"hi\\"')).toBe('say "hi"');
    expect(normalizeText('I don\\u2019t like it')).toBe("I don't like it");
  });

  it('decodes literal escapes exactly as the two global replaces it was written as', () => {
    // The reference: what decodeLiteralEscapes was before it was scanned by hand.
    const reference = (text: string): string =>
      text
        .replace(/\\u([0-9a-fA-F]{4})(?:\\u([0-9a-fA-F]{4}))?/g, (_whole, a: string, b: string | undefined) => {
          const hi = parseInt(a, 16);
          if (hi >= 0xd800 && hi <= 0xdbff && b !== undefined) {
            const lo = parseInt(b, 16);
            if (lo >= 0xdc00 && lo <= 0xdfff) return String.fromCodePoint(((hi - 0xd800) << 10) + (lo - 0xdc00) + 0x10000);
          }
          const first = hi >= 0xd800 && hi <= 0xdfff ? '\ufffd' : String.fromCharCode(hi);
          return b === undefined ? first : first + reference(`\\u${b}`);
        })
        .replace(/\\([nrt"'\\/])/g, (_whole, c: string) => (c === 'n' || c === 'r' || c === 't' ? ' ' : c));
    // Seeded strings dense in backslashes, "u", hex digits (surrogate ranges too) and escape letters.
    const pieces = [
      '\\',
      '\\u',
      'u',
      'd8',
      'd83d',
      'de02',
      'DC00',
      '2019',
      '005c',
      '005C6e',
      'ffff',
      '0',
      'aF',
      'g',
      'n',
      't',
      'r',
      '"',
      "'",
      '/',
      ' ',
      'x',
      '😀',
    ];
    let seed = 12345;
    const next = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed >>> 8;
    };
    for (let k = 0; k < 20_000; k++) {
      let text = '';
      const count = 1 + (next() % 12);
      for (let p = 0; p < count; p++) text += pieces[next() % pieces.length];
      expect(decodeLiteralEscapes(text), JSON.stringify(text)).toBe(reference(text));
    }
    expect(decodeLiteralEscapes('\\u005Cn \\\\u2019 \\ud83d\\u0041 end\\u12')).toBe(
      reference('\\u005Cn \\\\u2019 \\ud83d\\u0041 end\\u12'),
    );
  });

  it('replaces unpaired surrogates and keeps pairs', () => {
    expect(toWellFormed('a\ud800b')).toBe('a\ufffdb');
    expect(toWellFormed('end\udc00')).toBe('end\ufffd');
    expect(toWellFormed('ok 😀')).toBe('ok 😀');
  });

  it('drops bidi controls and zero-width characters but keeps RTL letters', () => {
    expect(normalizeText('\u202bשלום\u202c\u200b world')).toBe('שלום world');
  });

  it('caps huge input', () => {
    expect(normalizeText('a'.repeat(1_000_000)).length).toBe(MAX_CHARS);
  });

  it('takes its no-change shortcut only when the full passes would change nothing', () => {
    // Every UTF-16 code unit alone, between letters, after a high and before a low surrogate.
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `a${ch}b`, `\ud83d${ch}`, `${ch}\ude00`]) expect(normalizeText(text)).toBe(normalizeFully(text));
    }
    for (const text of ['x😀y', '\ude00\ud83d', '\ud83d\ud83d\ude00', '&#39;', '\\u2019', "it's", 'it`s', 'tab\there\r\n']) {
      expect(normalizeText(text)).toBe(normalizeFully(text));
    }
    // A cap that cuts a surrogate pair leaves a lone high surrogate, which is repaired.
    expect(normalizeText(`${'a'.repeat(MAX_CHARS - 1)}😀`)).toBe(`${'a'.repeat(MAX_CHARS - 1)}\ufffd`);
  });
});

describe('tokenize', () => {
  it('splits words, lower-cases and keeps contractions', () => {
    expect(texts(tokenize("The Food wasn't great"))).toEqual(['the', 'food', "wasn't", 'neg_great']);
  });

  it('marks a negation scope until punctuation or "but"', () => {
    const tokens = tokenize('not good at all. good again, never bad but nice');
    expect(texts(tokens)).toEqual(['not', 'neg_good', 'neg_at', 'neg_all', '.', 'good', 'again', ',', 'never', 'neg_bad', 'but', 'nice']);
    expect(tokens.filter((t) => t.isNegated).map((t) => t.word)).toEqual(['good', 'at', 'all', 'bad']);
  });

  it('limits the negation scope to five words', () => {
    expect(texts(tokenize('no one two three four five six'))).toEqual([
      'no',
      'neg_one',
      'neg_two',
      'neg_three',
      'neg_four',
      'neg_five',
      'six',
    ]);
  });

  it('squeezes elongated words and marks them', () => {
    expect(squeezeElongation('sooooo')).toBe('soo');
    expect(squeezeElongation('good')).toBe('good');
    const [so, good] = tokenize('sooooo gooood');
    expect(so).toMatchObject({ text: 'soo', isElongated: true });
    expect(good).toMatchObject({ text: 'good', isElongated: true });
    expect(tokenize('good')[0]!.isElongated).toBe(false);
  });

  it('gives a repeated surface form the same fields in every context (they are cached)', () => {
    const first = tokenize('#Fail fail FAIL not fail 2024 but fail');
    const again = tokenize('#Fail fail FAIL not fail 2024 but fail');
    expect(kinds(first)).toEqual([
      'hashtag:#fail',
      'word:fail',
      'word:fail',
      'word:not',
      'word:neg_fail',
      'number:<num>',
      'word:but',
      'word:fail',
    ]);
    expect(first.map((t) => t.isAllCaps)).toEqual([false, false, true, false, false, false, false, false]);
    expect(again).toEqual(first);
  });

  it('marks ALL CAPS words of three letters or more', () => {
    const tokens = tokenize('WORST service EVER OK');
    expect(tokens.map((t) => t.isAllCaps)).toEqual([true, false, true, false]);
    expect(tokens[0]!.text).toBe('worst');
  });

  it('recognizes hashtags, mentions, URLs and numbers', () => {
    expect(kinds(tokenize('@Acme_Help your #CustomerService sucks https://t.co/abc?x=1 www.x.com 42'))).toEqual([
      'mention:@user',
      'word:your',
      'hashtag:#customerservice',
      'word:sucks',
      'url:<url>',
      'url:<url>',
      'number:<num>',
    ]);
  });

  it('keeps emoji as tokens, without skin tones or variation selectors', () => {
    expect(kinds(tokenize('love it😍😍 👍🏽 ❤️ 🇺🇸'))).toEqual([
      'word:love',
      'word:it',
      'emoji:😍',
      'emoji:😍',
      'emoji:👍',
      'emoji:❤',
      'emoji:🇺🇸',
    ]);
  });

  it('recognizes emoticons and classes them', () => {
    expect(kinds(tokenize('great :) bad :( lol xD <3 ;) :-P :/'))).toEqual([
      'word:great',
      'emoticon::)',
      'word:bad',
      'emoticon::(',
      'word:lol',
      'emoticon:xD',
      'emoticon:<3',
      'emoticon:;)',
      'emoticon::-P',
      'emoticon::/',
    ]);
    expect(['(:', ':-)', '=)', ':D', 'xD', ':(', ":'(", '<3', '</3', ';)', ':P', ':O', ':/'].map(emoticonCategory)).toEqual([
      '<smile>',
      '<smile>',
      '<smile>',
      '<laugh>',
      '<laugh>',
      '<sad>',
      '<cry>',
      '<heart>',
      '<broken_heart>',
      '<wink>',
      '<tongue>',
      '<surprise>',
      '<annoyed>',
    ]);
  });

  it('does not mistake times, ratios or words for emoticons', () => {
    expect(kinds(tokenize('at 8:00 Note:Delivery'))).toEqual([
      'word:at',
      'number:<num>',
      'punct::',
      'number:<num>',
      'word:note',
      'punct::',
      'word:delivery',
    ]);
  });

  it('collapses ! and ? runs', () => {
    expect(texts(tokenize('why??? no!!!! ok!'))).toEqual(['why', '??', 'no', '!!', 'ok', '!']);
  });

  it('decodes entities and literal escapes before tokenizing', () => {
    expect(texts(tokenize('Tom &amp; Jerry don\\u2019t&#33;'))).toEqual(['tom', 'jerry', "don't", '!']);
  });

  it('handles right-to-left text, lone surrogates, binary junk and huge input', () => {
    expect(texts(tokenize('الخدمة سيئة جدا'))).toEqual(['الخدمة', 'سيئة', 'جدا']);
    expect(texts(tokenize('bad\ud800 day'))).toEqual(['bad', 'day']);
    expect(() => tokenize('\u0000\u0001\uffff\ud83d'.repeat(1000))).not.toThrow();
    expect(tokenize('word '.repeat(300_000)).length).toBeLessThanOrEqual(MAX_CHARS / 5 + 1);
  });
});
