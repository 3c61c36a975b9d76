// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { fold, PRAISE, PROBLEM, sharedWordStart, SPAM, topLevelAlternatives } from './cues';

const B = '(?<![\\p{L}\\p{N}])';

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
