import { createServer } from 'vite';

/**
 * A Vite dev server in middleware mode, without the app's config (no plugin, no port): the
 * scripts load the repository's TypeScript in Node through its `ssrLoadModule`.
 */
export function tsLoader(root) {
  return createServer({
    configFile: false,
    root,
    logLevel: 'silent',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
  });
}
