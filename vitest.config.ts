import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two projects: "unit" (jsdom + fake browser + fake-indexeddb) and "e2e"
// (Node driving a real Chromium: saved pages, the built extension).
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: [
            'lib/**/*.test.{ts,tsx}',
            'components/**/*.test.{ts,tsx}',
            'entrypoints/**/*.test.{ts,tsx}',
            'scripts/**/*.test.{ts,tsx}',
            'tests/unit/**/*.test.{ts,tsx}',
          ],
          setupFiles: ['./tests/unit/setup.ts'],
          testTimeout: 30_000,
          // Vitest's default is one worker fewer than the cores: one on a 2-core machine, where the
          // unit suite then ran file after file (334 s; most of it each file's jsdom and imports).
          maxWorkers: 2,
        },
      },
      {
        plugins: [WxtVitest()],
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts', 'tests/sites/**/*.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // Two files at a time: each drives its own Chromium (own profile, own server port), and
          // most of a browser test is waiting, so two side by side keep CI well under 15 minutes
          // (e2e 475 s one at a time, 325 s two at a time on this 2-core machine).
          fileParallelism: true,
          maxWorkers: 2,
          // After the unit project (group 0), so the two browsers never share the cores with jsdom.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
