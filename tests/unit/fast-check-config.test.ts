// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FC_SEED, fastCheckConfig } from './fast-check-config';

describe('fast-check seeding', () => {
  it('uses the fixed seed unless FC_SEED says otherwise', () => {
    expect(fastCheckConfig({})).toEqual({ seed: DEFAULT_FC_SEED });
    expect(fastCheckConfig({ FC_SEED: '42', FC_NUM_RUNS: '1000' })).toEqual({ seed: 42, numRuns: 1000 });
    expect(Number.isSafeInteger(fastCheckConfig({ FC_SEED: 'random' }).seed)).toBe(true);
    expect(() => fastCheckConfig({ FC_SEED: 'abc' })).toThrow(/FC_SEED must be an integer/);
    expect(() => fastCheckConfig({ FC_NUM_RUNS: '0' })).toThrow(/FC_NUM_RUNS/);
  });

  it('is applied to every fc.assert in the unit suite (setup file)', () => {
    const seed = fc.readConfigureGlobal().seed;
    expect(Number.isSafeInteger(seed)).toBe(true);
    if (process.env.FC_SEED !== 'random') expect(seed).toBe(fastCheckConfig(process.env).seed);
  });

  it('makes two runs of one property draw the same values, and prints the seed when one fails', () => {
    const draw = () => {
      const seen: number[] = [];
      fc.assert(
        fc.property(fc.integer(), (value) => void seen.push(value)),
        { numRuns: 20 },
      );
      return seen;
    };
    expect(draw()).toEqual(draw());
    expect(() => fc.assert(fc.property(fc.integer({ min: 0, max: 9 }), (value) => value < 0))).toThrow(/seed: -?\d+/);
  });
});
