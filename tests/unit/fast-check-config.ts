import type { Parameters as FcParameters } from 'fast-check';

/** The seed every property test uses in CI, so a run fails or passes the same way each time. */
export const DEFAULT_FC_SEED = 20261203;

/**
 * fast-check's global settings from the environment:
 * - FC_SEED=<integer>: replay a run (fast-check prints the seed and path of a failure);
 * - FC_SEED=random: a fresh seed (`npm run test:fuzz`), printed so a failure can be replayed;
 * - FC_NUM_RUNS=<n>: runs per property where a test does not set its own (default 100).
 */
export function fastCheckConfig(env: Record<string, string | undefined>): FcParameters<unknown> & { seed: number } {
  const requested = env.FC_SEED?.trim();
  let seed = DEFAULT_FC_SEED;
  if (requested === 'random') seed = (Math.random() * 2 ** 31) | 0;
  else if (requested) {
    seed = Number(requested);
    if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", got ${JSON.stringify(requested)}`);
  }
  const runs = env.FC_NUM_RUNS?.trim();
  const numRuns = runs ? Number(runs) : undefined;
  if (numRuns !== undefined && !(Number.isSafeInteger(numRuns) && numRuns > 0)) {
    throw new Error(`FC_NUM_RUNS must be a positive integer, got ${JSON.stringify(runs)}`);
  }
  return { seed, ...(numRuns ? { numRuns } : {}) };
}
