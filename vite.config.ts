import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicyMeta } from './scripts/build/cspPlugin.ts';
import {
  englishChunkPrefix,
  englishChunkUrl,
  isEnglishModule,
} from './scripts/build/englishChunks.ts';
import { flowCatalog } from './scripts/build/flowCatalogPlugin.ts';
import { inlineStylesheet } from './scripts/build/inlineStylesheet.ts';
import { offlinePrecache } from './scripts/build/offlinePrecache.ts';
import { prerenderHome } from './scripts/build/prerenderPlugin.ts';
import { deploymentSettings } from './scripts/build/settingsPlugin.ts';
import { webAppManifest } from './scripts/build/webAppManifest.ts';

const precache = offlinePrecache();

export default defineConfig({
  plugins: [
    react(),
    flowCatalog(),
    deploymentSettings(),
    prerenderHome(),
    inlineStylesheet(),
    // Last of the page's transforms: it hashes the inline script and style the two above write.
    contentSecurityPolicyMeta(),
    precache.plugin,
    // The service worker (Workbox): after one visit the app works with no network. The app
    // registers it itself, from a chunk loaded after the page (src/ui/offline/registerWorker.ts):
    // no inline script for the CSP to allow, nothing added to the home page's first download.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: webAppManifest,
      workbox: {
        globPatterns: ['**/*.{js,css,html}'],
        manifestTransforms: [precache.transform],
        // The worker takes charge of the tab that installed it, not only of the next load: a
        // tab opened once keeps working when the network then drops, and a later update
        // reloads it (an uncontrolled tab would never hear of the switch).
        clientsClaim: true,
        // Hash routes: the app is only ever opened at `/`, which the precache answers. No
        // fallback page for other paths, which may belong to another site on the same host.
        navigateFallback: null,
        // The English chunks, out of the precache, are kept once an English reader fetches
        // them: their names carry a content hash, so a cached one is never stale.
        runtimeCaching: [
          {
            urlPattern: englishChunkUrl,
            handler: 'CacheFirst',
            options: {
              cacheName: 'anglais',
              expiration: { maxEntries: 60 },
              // A server may answer `Vary: Origin` (Vite's does): the chunks kept through
              // keepEnglishOffline's fetch() (no Origin header) would then never answer a
              // module's import() (which has one), and the English would not load offline.
              // Their names carry a content hash: one URL is one file.
              matchOptions: { ignoreVary: true },
            },
          },
        ],
      },
    }),
  ],
  build: {
    modulePreload: {
      // The chunks the page imports once it is drawn and adopted (its notices, the worker's
      // registration, the sweep of old sessions, the measurement): their few dependencies come
      // through the browser's own import, a round trip later, instead of as <link
      // rel=modulepreload> elements that Vite's loader adds one by one on the main thread, a few
      // ms each, inside React's render of the lazy notices.
      resolveDependencies: (file, deps) =>
        /(^|\/)(PageNotices|registerWorker|readSavedSessions|startMeasure)-/.test(file) ? [] : deps,
    },
    rollupOptions: {
      output: {
        chunkFileNames: (chunk) =>
          isEnglishModule(chunk.facadeModuleId)
            ? `${englishChunkPrefix}[name]-[hash].js`
            : 'assets/[name]-[hash].js',
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    // A test that needs no DOM says `// @vitest-environment node` on its first line: jsdom's
    // set-up, paid by every file, cost the engine and flow tests 1.6 times their CPU time.
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    // The browser tests need the build and Chromium: they run in `npm run test:browser`.
    exclude: ['tests/browser/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    // A UI test types whole forms key by key: 0.5 s alone, several seconds on a busy 2-core CI.
    testTimeout: 15_000,
    // expect.poll's default (1 s), like Testing Library's (tests/setup.ts), is a fixed time that
    // would decide the outcome on a busy machine: a lazy chunk imported by jsdom can take longer.
    expect: { poll: { timeout: 10_000 } },
    // Vitest's default for `vitest run` is one worker fewer than the cores: one on a 2-core CI,
    // which then runs the files one after another (their durations add up to the run's wall
    // time). The main process only collects results: a worker per core keeps both cores busy.
    maxWorkers: 2,
  },
});
