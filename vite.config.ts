import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { flowCatalog } from './scripts/flowCatalogPlugin.ts';

export default defineConfig({
  plugins: [react(), flowCatalog()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
  },
});
