import type { Plugin } from 'vite';

/**
 * V8's explicit compile hint (Chromium; to other engines, a comment): every function of the file
 * is compiled while the file streams in, on a background thread, instead of on the page's main
 * thread when it is first called.
 */
const hint = '//# allFunctionsCalledOnLoad';

/**
 * Puts the compile hint on the entry chunk: React and the home page, nearly all of it called while
 * React adopts the pre-rendered page. Compiled on first call, that code's compilation lengthened
 * the main-thread tasks after the first paint, which Lighthouse counts as blocking (`npm run
 * bench` gives the JavaScript time on the main thread). Only the entry: the other chunks load
 * later, each for what it needs.
 */
export function compileHint(): Plugin {
  return {
    name: 'compile-hint',
    apply: 'build',
    enforce: 'post',
    // The hint changes the file, so its name must too (a cached old entry would be kept).
    augmentChunkHash: (chunk) => (chunk.isEntry ? hint : undefined),
    generateBundle: {
      // After Vite has written its own first line (the lazy chunks' dependency map): the hint
      // must be the file's first line.
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
          chunk.code = `${hint}\n${chunk.code}`;
          // A source map (`vite build --sourcemap`), already written out, maps one line further
          // down: an empty first line (`;`) in its mappings.
          const map = bundle[`${chunk.fileName}.map`];
          if (map?.type === 'asset' && typeof map.source === 'string')
            map.source = map.source.replace('"mappings":"', '"mappings":";');
        }
      },
    },
  };
}
