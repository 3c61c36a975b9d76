// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/classifier';
import { primed, primePatterns, registeredPatterns } from '@/lib/classifier/pattern-priming';
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
});
