import { defineConfig } from 'vitest/config';

/** Real-browser tests: Node drives Debian's Chromium against the production build. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
