// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as cues from './cues';
import {
  allMatches,
  cueInParts,
  fold,
  PATTERN_OPTIMIZE_LIMIT,
  PRAISE,
  PROBLEM,
  rememberingTests,
  sharedWordStart,
  SPAM,
  topLevelAlternatives,
  TROUBLE,
} from './cues';
import * as points from './points';
import * as situations from './situations';
import { registeredPatterns } from '@/lib/classifier/pattern-priming';

const B = '(?<![\\p{L}\\p{N}])';

/** Every pattern the reading exports or primes, and PROBLEM's parts. */
const readingPatterns = (): RegExp[] => [
  ...[cues, points, situations].flatMap((module) => Object.values(module).flatMap((value) => (value instanceof RegExp ? [value] : []))),
  ...registeredPatterns(),
  ...PROBLEM.parts,
];

describe('topLevelAlternatives', () => {
  test('splits on | outside groups, classes and escapes only', () => {
    expect(topLevelAlternatives('a|(?:b|c)|[|]|d\\|e|f')).toEqual(['a', '(?:b|c)', '[|]', 'd\\|e', 'f']);
    expect(topLevelAlternatives('[\\]|]x|y')).toEqual(['[\\]|]x', 'y']);
  });
});

describe('sharedWordStart', () => {
  test('neighbouring alternatives that start at a word start share one check, in the same order', () => {
    expect(sharedWordStart(`${B}(?:a)|${B}b|^c|${B}d`)).toBe(`${B}(?:(?:a)|b)|^c|${B}d`);
    expect(sharedWordStart('plain|other')).toBe('plain|other');
  });

  test('finds the same match, at the same place, as the pattern it came from', () => {
    const source = `${B}(?:cat|category)|\\d+ ${B}dogs?|${B}(?:go(?:ing)?|went) (?:public|viral)|^first!*$`;
    const texts = [
      'a category of cats',
      'concatenate',
      'i have 2 dogs',
      'going viral now',
      'first!!',
      'they went public, then went viral',
      '',
    ];
    for (const text of texts) {
      const before = new RegExp(source, 'u').exec(text);
      const after = new RegExp(sharedWordStart(source), 'u').exec(text);
      expect([after?.[0], after?.index]).toEqual([before?.[0], before?.index]);
    }
  });
});

describe('rememberingTests', () => {
  test('answers as the pattern does, text after text, and the same again from memory', () => {
    const plain = /(?<![\p{L}])(?:cold|late)(?![\p{L}])/u;
    const remembering = rememberingTests(new RegExp(plain.source, plain.flags));
    const texts = ['the soup was cold', 'fine', 'coldly', 'late again', 'fine', 'the soup was cold', ''];
    expect(texts.map((t) => remembering.test(t))).toEqual(texts.map((t) => plain.test(t)));
    expect(texts.map((t) => remembering.test(t))).toEqual([true, false, false, true, false, true, false]);
  });

  test('a cue in parts and the shared cues answer as their own patterns do', () => {
    for (const text of ['never disappoints', 'the pizza arrived cold', 'not too sweet', 'rude staff, lovely view', 'lovely'].map(fold)) {
      expect(PROBLEM.test(text)).toBe(PROBLEM.parts.some((part) => RegExp.prototype.test.call(part, text)));
      expect(PRAISE.test(text)).toBe(PRAISE.parts.some((part) => RegExp.prototype.test.call(part, text)));
      expect(TROUBLE.test(text)).toBe(RegExp.prototype.test.call(TROUBLE, text));
    }
  });

  test('refuses a global or sticky pattern, whose test keeps state between calls', () => {
    expect(() => rememberingTests(/cold/gu)).toThrow(/global or sticky/);
    expect(() => rememberingTests(/cold/uy)).toThrow(/global or sticky/);
  });
});

describe('allMatches', () => {
  test('gives the matches matchAll gives, empty ones and surrogate pairs included, and leaves lastIndex at 0', () => {
    const patterns = [/a+/gu, /x*/gu, /(?:)/gu, /\p{L}+/gu, /b|(?=c)/g, /😀|/gu];
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'x', ' ', '😀', '\ud83d', 'é'), maxLength: 30 });
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: patterns.length - 1 }), (subject, which) => {
        const pattern = patterns[which]!;
        pattern.lastIndex = 3;
        const expected = [...subject.matchAll(new RegExp(pattern.source, pattern.flags))].map((m) => [m.index, m[0]]);
        expect(allMatches(pattern, subject).map((m) => [m.index, m[0]])).toEqual(expected);
        expect(pattern.lastIndex).toBe(0);
      }),
    );
  });

  test('refuses a pattern that is not global (exec would loop on its first match)', () => {
    expect(() => allMatches(/a/u, 'aaa')).toThrow(TypeError);
  });
});

describe('cues matched in parts', () => {
  test('a long list is split into parts, in order, and a text matches when some part does', () => {
    const words = Array.from({ length: 800 }, (_, i) => `${B}word${i}`);
    const cue = cueInParts(words, (source) => new RegExp(`(?:${source})(?![\\p{L}\\p{N}])`, 'u'));
    expect(cue.parts.length).toBeGreaterThan(1);
    expect(cue.parts.every((part) => part.source.length < PATTERN_OPTIMIZE_LIMIT)).toBe(true);
    const whole = new RegExp(`(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'u');
    for (const text of ['a word0 here', 'last word799', 'word400.', 'sword12', 'word10000', 'words']) {
      expect(cue.test(text)).toBe(whole.test(text));
    }
    expect(() => cueInParts(['a'], (source) => new RegExp(source, 'gu'))).toThrow();
  });

  test('no pattern of the reading is longer than V8 optimizes (it would scan several times slower)', () => {
    const tooLong = readingPatterns()
      .filter((pattern) => pattern.source.length >= PATTERN_OPTIMIZE_LIMIT)
      .map((pattern) => `${pattern.source.slice(0, 60)}… (${pattern.source.length})`);
    expect(tooLong).toEqual([]);
    expect(PROBLEM.parts.length).toBeGreaterThan(1);
  });
});

describe('PROBLEM and its praising negations', () => {
  test('a word that only ends like a negation does not negate ("erano", "hanno", "sono" end in "no")', () => {
    for (const text of [
      'Le camere erano sporche',
      'Mi hanno addebitato due volte',
      'Ci hanno dimenticato',
      'The piano was out of tune and broken',
    ])
      expect([text, PROBLEM.test(fold(text))]).toEqual([text, true]);
    for (const text of ['never disappoints', 'not too sweet', 'nothing wrong with it', 'nie enttäuscht', 'mai deluso'])
      expect([text, PROBLEM.test(fold(text))]).toEqual([text, false]);
  });

  test('every word list a pattern must not follow starts at a word ("pizza cold" is not "a cold")', () => {
    expect(PROBLEM.test(fold('pizza cold, soup lukewarm'))).toBe(true);
    expect(PROBLEM.test(fold('la comida ya era tarde'))).toBe(true);
    const unbounded = readingPatterns()
      .map((pattern) => /\(\?<!\(\?:[\p{L}'][^()]*\) \)/u.exec(pattern.source)?.[0])
      .filter(Boolean);
    expect(unbounded).toEqual([]);
  });

  test('sent or charged twice is a problem in six languages', () => {
    for (const text of [
      'my invoice was sent twice to the client',
      'ma facture a été envoyée deux fois',
      'me lo han cobrado dos veces',
      'wurde doppelt abgebucht',
      'la fattura è stata inviata due volte',
      'fui cobrado duas vezes',
    ])
      expect([text, PROBLEM.test(fold(text))]).toEqual([text, true]);
  });
});

describe('cues on folded text', () => {
  test('match as the case-insensitive patterns did: upper case, accents and the long s fold away', () => {
    expect(PRAISE.test(fold('GREAT service'))).toBe(true);
    expect(PROBLEM.test(fold('The food was COLD and the staff RUDE'))).toBe(true);
    expect(PROBLEM.test('The food was COLD and the staff RUDE')).toBe(false);
    expect(fold('Bloſs ÉTÉ')).toBe('bloss ete');
    expect(SPAM.test(fold('Buy CHEAP Instagram FOLLOWERS'))).toBe(true);
  });

  test('fold answers the same for a string seen before (memo) and for a long one', () => {
    const long = 'Ça coûte '.repeat(60);
    expect(fold(long)).toBe(fold(long));
    expect(fold('Œuvre – ß')).toBe('oeuvre - ss');
    expect(fold('Œuvre – ß')).toBe('oeuvre - ss');
  });
});

describe('German praise words are whole words', () => {
  test('"bestellt", "Bestellung", "bestehen" and "Supermarkt" are no praise; "der beste Kaffee" is', () => {
    for (const text of ['zwei Paar bestellt', 'meine Bestellung', 'Kunden bestehen auf Papier', 'wie im Supermarkt'])
      expect(PRAISE.test(fold(text)), text).toBe(false);
    expect(PRAISE.test(fold('der beste Kaffee der Stadt'))).toBe(true);
  });
});

describe('stems that are other words', () => {
  test('"to improve" is no praise, carrots are not dear', () => {
    for (const text of [
      "c'è ancora da migliorare",
      'hay que mejorar el servicio',
      'o serviço precisa de melhorar',
      'a bit superficial',
      'watching the superbowl here',
      'off topic but',
      'deepest sympathy to the family',
      'police brutality',
      'merciless queue',
      'Lindsey was our server',
    ])
      expect(PRAISE.test(fold(text)), text).toBe(false);
    for (const text of [
      'la mejor tortilla',
      'il miglior caffè',
      'o melhor pastel de nata',
      'service au top',
      'super accueil',
      'trop sympa',
      'muito lindo',
    ])
      expect(PRAISE.test(fold(text)), text).toBe(true);
    expect(PROBLEM.test(fold('salade de carottes râpées'))).toBe(false);
    expect(PROBLEM.test(fold('muito caro para o que é'))).toBe(true);
  });
});
