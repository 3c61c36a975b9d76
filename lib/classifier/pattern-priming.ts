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
/** Patterns few items reach: primed only while a worker waits for its first page. */
const whenIdle: RegExp[] = [];

/** Registers a pattern the reading matches on most items, and returns it. */
export function primed<T extends RegExp>(pattern: T): T {
  registered.push(pattern);
  return pattern;
}

/**
 * Registers a pattern few items reach (one in ten or fewer), and returns it: the first reading
 * leaves it to compile on first use, but a worker waiting for its first page compiles it too
 * (`primeWhileIdle`), since a page of twenty items often reaches a few of them.
 */
export function primedWhenIdle<T extends RegExp>(pattern: T): T {
  whenIdle.push(pattern);
  return pattern;
}

/** 1,000 spaces: long enough to skip the interpreter, one-byte like most folded texts. */
const PRIMING_SUBJECT = ' '.repeat(1000);
let primedCount = 0;
let primedIdleCount = 0;

function prime(pattern: RegExp): void {
  const lastIndex = pattern.lastIndex;
  pattern.lastIndex = 0;
  pattern.test(PRIMING_SUBJECT);
  pattern.lastIndex = lastIndex;
}

/**
 * Matches each common pattern registered since the last call once on the priming subject
 * (lastIndex is kept). Returns how many were primed. Cheap to call again: it only primes new
 * ones. With a budget (milliseconds), stops once it is spent, after at least one pattern.
 */
export function primePatterns(budgetMs = Number.POSITIVE_INFINITY): number {
  const from = primedCount;
  const deadline = performance.now() + budgetMs;
  while (primedCount < registered.length) {
    prime(registered[primedCount]!);
    primedCount++;
    if (performance.now() >= deadline) break;
  }
  return primedCount - from;
}

/**
 * The common patterns first, then those few items reach, for at most `budgetMs` (after at least
 * one pattern). The worker's start-up calls it in steps while it waits for a page, so a report
 * that arrives waits for one step at most. Returns how many were primed.
 */
export function primeWhileIdle(budgetMs: number): number {
  const deadline = performance.now() + budgetMs;
  let count = primePatterns(budgetMs);
  while (primedIdleCount < whenIdle.length && (count === 0 || performance.now() < deadline)) {
    prime(whenIdle[primedIdleCount]!);
    primedIdleCount++;
    count++;
  }
  return count;
}

/** How many registered patterns (common and rare) are not primed yet. */
export function patternsLeftToPrime(): number {
  return registered.length - primedCount + whenIdle.length - primedIdleCount;
}

/** The common patterns, in registration order (for tests and the start-up bench). */
export function registeredPatterns(): readonly RegExp[] {
  return registered;
}
