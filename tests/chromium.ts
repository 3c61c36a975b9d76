import { existsSync } from 'node:fs';

/**
 * Flags for every Chromium the tests and benchmarks start: headless-friendly, and
 * quiet on the network (no background fetches, updates, sync or QUIC probes, which
 * this machine's closed network would refuse many times over).
 */
export const QUIET_CHROMIUM_ARGS: readonly string[] = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

/** Chromium from CHROME_PATH or Debian's package; a clear failure (never a silent pass) when absent. */
export function chromiumPath(): string {
  const candidate = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(candidate)) {
    throw new Error(
      `Chromium was not found at ${candidate}. Install Debian's package (sudo apt-get install chromium) ` +
        'or set CHROME_PATH to a Chromium/Chrome binary, then run the tests again.',
    );
  }
  return candidate;
}
