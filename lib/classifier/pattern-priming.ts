/**
 * Compiling the reading's patterns straight to machine code.
 *
 * V8 in Node 20 runs a pattern's first match in its bytecode interpreter and compiles it to machine
 * code at the second match: every pattern was compiled twice, and the bytecode compile of the
 * reading's long cue lists costs more than the machine-code one (~60 ms for the largest). A first
 * match on a subject of 1,000 characters or more skips the interpreter
 * (JSRegExp::kTierUpForSubjectLengthValue). `primePatterns` gives each registered pattern that first
 * match, once per process or worker, before the first items are read: their cold reading then costs
 * one compile per pattern instead of two (Node: 866 -> 87 + 481 ms on a saved 35-review page,
 * scripts/bench/reading-cold.bench.ts). Chromium 156 compiles a pattern once in any case, so in the
 * extension's worker priming only moves that compile earlier (scripts/bench/worker-restart.bench.ts).
 * Matching is unchanged; only when the compiling happens.
 */

const registered: RegExp[] = [];

/** Registers a pattern the reading matches on most items, and returns it. */
export function primed<T extends RegExp>(pattern: T): T {
  registered.push(pattern);
  return pattern;
}

/** 1,000 spaces: long enough to skip the interpreter, one-byte like most folded texts. */
const PRIMING_SUBJECT = ' '.repeat(1000);
let primedCount = 0;

/**
 * Matches each pattern registered since the last call once on the priming subject (lastIndex is
 * kept). Returns how many were primed. Cheap to call again: it only primes new ones.
 */
export function primePatterns(): number {
  const from = primedCount;
  for (; primedCount < registered.length; primedCount++) {
    const pattern = registered[primedCount]!;
    const lastIndex = pattern.lastIndex;
    pattern.lastIndex = 0;
    pattern.test(PRIMING_SUBJECT);
    pattern.lastIndex = lastIndex;
  }
  return primedCount - from;
}

/** The registered patterns, in registration order (for tests and the start-up bench). */
export function registeredPatterns(): readonly RegExp[] {
  return registered;
}
