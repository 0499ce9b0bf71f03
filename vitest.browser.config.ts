import { defineConfig } from 'vitest/config';

/** Real-browser tests: Node drives Debian's Chromium against the production build. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // expect.poll gives up after 1 s by default: a procedure's first step (its chunk loaded,
    // parsed and rendered) once took longer than that beside another file on a busy 2-core CI.
    // A wait on a condition only returns sooner when the condition holds.
    expect: { poll: { timeout: 15_000 } },
    // Two files at once, each with its own preview server (port 0) and Chromium: Vitest's
    // default on 2 cores is one worker, which left a core idle (one file keeps about one core
    // busy). Every wait is on a condition, so a slower file only waits longer.
    maxWorkers: 2,
  },
});
