// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/classifier';
import {
  patternsLeftToPrime,
  primed,
  primedWhenIdle,
  primePatterns,
  primeWhileIdle,
  registeredPatterns,
} from '@/lib/classifier/pattern-priming';
import { readItem } from '@/lib/reading';

describe('pattern priming', () => {
  it('is done by the first reading, for the cues, situations, points and tokenizer patterns', () => {
    // The reading's common patterns register when their modules load.
    expect(registeredPatterns().length).toBeGreaterThan(100);
    readItem({ text: 'The soup was cold and the waiter rude.', rating: 2, ratingMax: 5 }, { classify });
    // Already primed by that reading: nothing left to do.
    expect(primePatterns()).toBe(0);
  });

  it('primes a pattern registered later, once, keeping its lastIndex and its matches', () => {
    const late = primed(/cold (soup|coffee)/gu);
    late.lastIndex = 2;
    expect(primePatterns()).toBe(1);
    expect(late.lastIndex).toBe(2);
    expect(primePatterns()).toBe(0);
    late.lastIndex = 0;
    expect(late.exec('a cold coffee')?.[1]).toBe('coffee');
    expect(late.lastIndex).toBe(13);
  });

  it('with a budget, primes at least one pattern per call and the rest on later calls', () => {
    // (The reading's rare patterns stay unprimed: primePatterns leaves them to first use.)
    const left = patternsLeftToPrime();
    const late = [primed(/late (one|two)/u), primed(/late (three|four)/u), primed(/late (five|six)/u)];
    expect(patternsLeftToPrime()).toBe(left + 3);
    // A spent budget still primes one, so steps always make progress.
    expect(primePatterns(0)).toBe(1);
    expect(patternsLeftToPrime()).toBe(left + 2);
    expect(primePatterns(60_000)).toBe(2);
    expect(patternsLeftToPrime()).toBe(left);
    expect(late[2]!.exec('a late six')?.[1]).toBe('six');
  });

  it('primes the patterns few items reach only while idle, after the common ones', () => {
    const left = patternsLeftToPrime();
    const rare = primedWhenIdle(/rare (seven|eight)/u);
    const common = primed(/common (nine|ten)/u);
    expect(patternsLeftToPrime()).toBe(left + 2);
    // The first reading's priming leaves the rare one to compile on first use.
    expect(primePatterns()).toBe(1);
    expect(patternsLeftToPrime()).toBe(left + 1);
    expect(primeWhileIdle(60_000)).toBe(left + 1);
    expect(patternsLeftToPrime()).toBe(0);
    expect([rare.exec('a rare eight')?.[1], common.exec('common ten')?.[1]]).toEqual(['eight', 'ten']);
  });
});
