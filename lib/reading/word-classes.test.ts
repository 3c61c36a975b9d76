// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fold } from './cues';
import { LEAN_DIGIT, LEAN_LETTER, leanWordClasses } from './word-classes';

const leanWord = new RegExp(`^[${LEAN_LETTER}${LEAN_DIGIT}]$`, 'u');
const exactWord = /^[\p{L}\p{N}]$/u;
const codePoints = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));

describe('leanWordClasses', () => {
  it('replaces \\p{L} and \\p{N} alone, inside a class and as [\\p{L}\\p{N}], and nothing else', () => {
    const source = "(?<![\\p{L}\\p{N}])cold(?![\\p{L}])|\\p{L}+ \\p{N}|[\\p{L}'-]+|\\P{L}x";
    const lean = leanWordClasses(source);
    expect(lean).not.toMatch(/\\p\{[LN]\}/u);
    // \P{L} (not a letter) is left as it is, and so is "p{L}" after an escaped backslash.
    expect(lean.endsWith('|\\P{L}x')).toBe(true);
    expect(leanWordClasses('a\\\\p{L}')).toBe('a\\\\p{L}');
    const text = 'icecold cold café 12 rock-n-roll';
    expect(text.match(new RegExp(lean, 'gu'))).toEqual(['icecold', 'cold', 'café 1', 'rock-n-roll']);
    expect(text.match(new RegExp(lean, 'gu'))).toEqual(text.match(new RegExp(source, 'gu')));
  });

  it('finds what the \\p{L} pattern finds in text of the supported languages', () => {
    const source = "(?<![\\p{L}\\p{N}])(?:cold|frío|kalt|très|froid)(?![\\p{L}\\p{N}])|(?:\\p{L}+ ){2}late|[\\p{L}']+ß";
    const texts = [
      'Ice-cold «cold» coffee',
      'el café estaba frío… muy frío',
      'Das Essen war kalt, eiskalt',
      'très froid',
      'arrived way too late',
      'die Straße',
    ];
    for (const text of texts) {
      const folded = fold(text);
      expect([...folded.matchAll(new RegExp(leanWordClasses(source), 'gu'))].map((m) => [m.index, m[0]])).toEqual(
        [...folded.matchAll(new RegExp(source, 'gu'))].map((m) => [m.index, m[0]]),
      );
    }
  });
});

describe('the lean letter and digit classes', () => {
  it('agree with \\p{L} and \\p{N} on ASCII and Latin-1', () => {
    const disagree = codePoints(0, 0xff).filter((char) => leanWord.test(char) !== exactWord.test(char));
    expect(disagree).toEqual([]);
    expect(codePoints(0, 0xff).filter((char) => new RegExp(`^[${LEAN_DIGIT}]$`, 'u').test(char) !== /^\p{N}$/u.test(char))).toEqual([]);
  });

  it('count the letters of every script and none of the punctuation, symbols and emoji a review holds', () => {
    for (const char of [...'ŁłŒœĞğıŞşőűřčžάωжЯաבعسकअกა漢字かなカナ한글ａＺ０９']) expect([char, leanWord.test(char)]).toEqual([char, true]);
    for (const char of [...'…“”‘’«»–—•€£¥°¡¿★☆♥❤✓✔✨☕⭐→،؛؟・˜'].concat(['👍', '😀', '🔥', '\u00a0', '\u200b', '\ufeff']))
      expect([char, leanWord.test(char)]).toEqual([char, false]);
  });

  it('agree with \\p{L} and \\p{N} on every character of the reading sets, folded', () => {
    const dir = resolve(__dirname, '../../tests/replies');
    const seen = new Set<string>();
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.jsonl')))
      for (const char of fold(readFileSync(resolve(dir, file), 'utf8'))) seen.add(char);
    expect(seen.size).toBeGreaterThan(200);
    expect([...seen].filter((char) => leanWord.test(char) !== exactWord.test(char))).toEqual([]);
  });
});
