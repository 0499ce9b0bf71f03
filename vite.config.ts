import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicyMeta } from './scripts/cspPlugin.ts';
import { flowCatalog } from './scripts/flowCatalogPlugin.ts';
import { deploymentSettings } from './scripts/settingsPlugin.ts';

export default defineConfig({
  plugins: [react(), flowCatalog(), deploymentSettings(), contentSecurityPolicyMeta()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    // The browser tests need the build and Chromium: they run in `npm run test:browser`.
    exclude: ['tests/browser/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    // A UI test types whole forms key by key: 0.5 s alone, several seconds on a busy 2-core CI.
    testTimeout: 15_000,
  },
});
