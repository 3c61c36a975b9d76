/**
 * Letter and digit classes that V8 compiles cheaply, for the reading's long cue lists.
 *
 * In a unicode pattern, `\p{L}` and `\p{N}` include the astral planes, so every use of them (each
 * word-start lookbehind `(?<![\p{L}\p{N}])`, each word end, each `\p{L}+`) is compiled to code
 * that decodes surrogate pairs and tests hundreds of ranges. The cue lists hold dozens of such
 * uses each, and compiling them was most of a new service worker's first labels. In Chromium 156,
 * compiling the 166 common patterns took 869 ms with `\p{L}` / `\p{N}` and 301 ms with the classes
 * below, and matching went from 128 to 81 ns per character and pattern (`npx tsx
 * scripts/bench/word-classes.bench.ts`); in Node a warm pass of scripts/bench/reading-hash.ts went
 * 12.2 → 10.7 s, with the same readings (hash `049d8e96…` before and after).
 *
 * The classes hold the Basic Multilingual Plane only, as few ranges:
 * - exactly `\p{L}` / `\p{N}` below U+0100 (ASCII and Latin-1: "ª", "µ", "º", "²", "½" are word
 *   characters; "×", "÷", "«", "»", "¿", "€" are not);
 * - from U+0100 to U+1FFF (Latin Extended, Greek, Cyrillic, Armenian, Hebrew, Arabic, the Indic and
 *   other alphabets), U+2C00–U+2DFF, U+3040–U+D7FF (kana, CJK, Hangul), U+F900–U+FDFF and
 *   U+FE70–U+FEFC, every code point is a letter but the spacing accents ("˜", "˘"), the Arabic
 *   comma, semicolon and question mark, and the katakana middle dot "・": those blocks are letters
 *   but for a few signs of their own scripts (the danda, "՟"), which never border a cue word;
 * - General Punctuation to Miscellaneous Symbols and Arrows (U+2000–U+2BFF: dashes, quotes, "…",
 *   "•", "€", "★", "✓", "❤"; also the rare letters and numbers there, "ⁿ", "ℓ", "①"), CJK
 *   punctuation, private use, surrogates, variation selectors and the specials are neither, nor
 *   are astral code points (emoji; also the "mathematical" letters of fancy text, "𝓱𝓸𝓽");
 * - the fullwidth letters and digits and the CJK ideographic digits as `\p{L}` / `\p{N}` say.
 * Cues match folded text (no combining marks, no upper case). On the 19 million characters of
 * ../shared/data and tests/replies, folded, these classes and `\p{L}` / `\p{N}` disagree on 45:
 * "⁰", "ⁿ", "٪", "՟", "﴿", "꒳" and fancy-text letters (`word-classes.test.ts` checks the reading sets).
 */

/** Inclusive [first, last] code point ranges. */
type Ranges = readonly (readonly [number, number])[];

const LETTER_RANGES: Ranges = [
  [0x41, 0x5a],
  [0x61, 0x7a],
  [0xaa, 0xaa],
  [0xb5, 0xb5],
  [0xba, 0xba],
  [0xc0, 0xd6],
  [0xd8, 0xf6],
  [0xf8, 0x2c1],
  [0x2c6, 0x2d1],
  [0x2e0, 0x5ff],
  [0x620, 0x1fff],
  [0x2c00, 0x2dff],
  [0x3005, 0x3006],
  [0x3031, 0x3035],
  [0x303b, 0x303c],
  [0x3040, 0x30fa],
  [0x30fc, 0xd7ff],
  [0xf900, 0xfdff],
  [0xfe70, 0xfefc],
  [0xff21, 0xff3a],
  [0xff41, 0xff5a],
  [0xff66, 0xffdc],
];

const DIGIT_RANGES: Ranges = [
  [0x30, 0x39],
  [0xb2, 0xb3],
  [0xb9, 0xb9],
  [0xbc, 0xbe],
  [0x3007, 0x3007],
  [0x3021, 0x3029],
  [0x3038, 0x303a],
  [0xff10, 0xff19],
];

/** One range's part of a class: the characters themselves (short sources), escaped where a class needs it. */
function classChar(code: number): string {
  const char = String.fromCharCode(code);
  return /[\\\]\[^-]/u.test(char) ? `\\${char}` : char;
}

const classBody = (ranges: Ranges) =>
  ranges.map(([first, last]) => (first === last ? classChar(first) : `${classChar(first)}-${classChar(last)}`)).join('');

/** The contents (without brackets) of the lean letter, digit and letter-or-digit classes. */
export const LEAN_LETTER = classBody(LETTER_RANGES);
export const LEAN_DIGIT = classBody(DIGIT_RANGES);
const LEAN_WORD = LEAN_LETTER + LEAN_DIGIT;

const WORD_CLASS = '[\\p{L}\\p{N}]';

/**
 * `source` with each `\p{L}` and `\p{N}` (inside a class or alone) and each `[\p{L}\p{N}]` replaced
 * by the lean classes. Escapes and classes are followed, so `\\p{L}` (a backslash, then "p{L}") stays.
 */
export function leanWordClasses(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i]!;
    if (!inClass && source.startsWith(WORD_CLASS, i)) {
      out += `[${LEAN_WORD}]`;
      i += WORD_CLASS.length - 1;
      continue;
    }
    if (char === '\\') {
      const escaped = source.slice(i, i + 5);
      if (escaped === '\\p{L}' || escaped === '\\p{N}') {
        const body = escaped === '\\p{L}' ? LEAN_LETTER : LEAN_DIGIT;
        out += inClass ? body : `[${body}]`;
        i += 4;
      } else {
        out += source.slice(i, i + 2);
        i += 1;
      }
      continue;
    }
    if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    out += char;
  }
  return out;
}
