import { defineConfig } from 'vitest/config';

/** Real-browser tests: Node drives Debian's Chromium against the production build. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two files at once, each with its own preview server (port 0) and Chromium: Vitest's
    // default on 2 cores is one worker, which left a core idle (one file keeps about one core
    // busy). Every wait is on a condition, so a slower file only waits longer.
    maxWorkers: 2,
  },
});
