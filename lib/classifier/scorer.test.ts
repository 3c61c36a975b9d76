// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractFeatures, FeatureBuffer } from './features';
import { getModel } from './index';
import { LEXICON_DIM, lexiconFeatures, lexiconFeaturesOf } from './lexicon';
import type { LoadedModel } from './model';
import { Scorer } from './scorer';
import { tokenize, type Token } from './tokenize';

const OUT = 5;

/** The straightforward way: materialize every feature, then one float loop over them. */
function reference(model: LoadedModel, tokens: readonly Token[]): { sums: number[]; perToken: number[] } {
  const buf = new FeatureBuffer();
  extractFeatures(tokens, model.features, buf);
  const sums = [0, 0, 0, 0, 0];
  const perToken = new Array<number>(tokens.length * OUT).fill(0);
  for (let n = 0; n < buf.length; n++) {
    const v = buf.val[n]!;
    const who = buf.owner[n]! * OUT;
    for (let o = 0; o < OUT; o++) {
      const c = model.quantized[buf.idx[n]! * OUT + o]! * v;
      sums[o]! += c;
      if (buf.isPair[n] === 1) {
        perToken[who - OUT + o]! += c / 2;
        perToken[who + o]! += c / 2;
      } else {
        perToken[who + o]! += c;
      }
    }
  }
  return { sums, perToken };
}

/** Seeded texts mixing words, hashtags, emoticons, emoji, caps, elongation, negation and scripts. */
function texts(): string[] {
  let seed = 7;
  const rnd = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const pieces = [
    'love',
    'this',
    'place',
    'NOT',
    'not',
    'never',
    'but',
    'good',
    'WORST',
    'sooooo',
    'baaad',
    'refund',
    'neg_bad',
    "don't",
    'can\u2019t',
    '#fail',
    '#Best_Day',
    '#123',
    '@acme',
    'http://x.co/a',
    ':)',
    ':-(',
    'xD',
    '<3',
    'T_T',
    '😡',
    '😍',
    '🇺🇸',
    '!!!',
    '?',
    '...',
    ',',
    '3',
    '12.5',
    'fucking',
    'idiot',
    'you',
    'f*ck',
    'sh!t',
    'great',
    'GREAT',
    'terrible',
    'not happy',
    '#love',
    '#shit',
    'you idiot',
    'café',
    'ÉCOLE',
    'Straße',
    'שלום',
    '日本語',
    'e\u0301',
    'supercalifragilisticexpialidocious',
    'a'.repeat(40),
    'i',
    'I',
    'ok',
  ];
  const out = ['', ' ', 'ok', 'Still waiting for my refund, 3 weeks now. Ridiculous.', 'You are a bunch of clowns'];
  for (let k = 0; k < 300; k++) {
    const words = 1 + Math.floor(rnd() * (k % 50 === 0 ? 1500 : 25));
    const parts: string[] = [];
    for (let w = 0; w < words; w++) parts.push(pieces[Math.floor(rnd() * pieces.length)]!);
    out.push(parts.join(rnd() < 0.5 ? ' ' : '  '));
  }
  return out;
}

/** Checks the scorer against the reference on texts(); returns how many went by the float loop. */
function check(model: LoadedModel): number {
  const scorer = new Scorer(model);
  let floatLoops = 0;
  // Twice over: the second pass reads the per-word cache filled by the first.
  for (let pass = 0; pass < 2; pass++) {
    for (const text of texts()) {
      const tokens = tokenize(text);
      const want = reference(model, tokens);
      scorer.score(tokens);
      if (scorer.byFloatLoop) floatLoops++;
      for (let o = 0; o < OUT; o++)
        if (!Object.is(scorer.sums[o], want.sums[o])) expect([text, o, scorer.sums[o]]).toEqual([text, o, want.sums[o]]);
      const fromCache = new Float64Array(LEXICON_DIM);
      const lookedUp = new Float64Array(LEXICON_DIM);
      lexiconFeaturesOf(tokens, scorer.lexicon, fromCache, 0, text);
      lexiconFeatures(tokens, model.lexicon, lookedUp, 0, text);
      expect([...fromCache]).toEqual([...lookedUp]);
      for (let i = 0; i < tokens.length; i++) {
        for (let o = 0; o < OUT; o++) {
          const got = scorer.tokenSum(i, o);
          if (got !== want.perToken[i * OUT + o]) expect([text, i, o, got]).toEqual([text, i, o, want.perToken[i * OUT + o]]);
        }
      }
    }
  }
  return floatLoops;
}

describe('Scorer', () => {
  it('gives bit-identical sums, per-token shares and lexicon features to the float loop over extractFeatures and lexiconFeatures (committed model)', () => {
    // The integer path throughout, 5,000-character texts included.
    expect(check(getModel())).toBe(0);
    const long = tokenize('word '.repeat(2000) + 'supercalifragilistic '.repeat(300));
    const scorer = new Scorer(getModel());
    scorer.score(long);
    expect(scorer.byFloatLoop).toBe(false);
  });

  it('falls back to the float loop, with the same results, when group values are too far apart for exact sums', () => {
    const base = getModel();
    const skewed = { ...base, features: { ...base.features, wordWeight: 2 ** 30 } };
    expect(check(skewed)).toBeGreaterThan(0);
  });

  it('stays bit-identical with dense full-range int8 weights', () => {
    const base = getModel();
    let seed = 11;
    const quantized = new Int8Array(base.quantized.length);
    for (let i = 0; i < quantized.length; i++) quantized[i] = ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24) - 128;
    expect(check({ ...base, quantized })).toBe(0);
  });
});
