import type { Plugin, Rollup } from 'vite';
import { isEnglishModule } from './englishChunks.ts';

/** Where a lazy chunk starts that people walking a procedure never load: the authors' pages, Mermaid. */
const staffOnly = [/\/src\/ui\/author\/AuthorPages\.tsx$/, /\/node_modules\/mermaid\//];

function staffOnlyChunk(chunk: Rollup.OutputChunk): boolean {
  const module = chunk.facadeModuleId ?? '';
  return staffOnly.some((pattern) => pattern.test(module));
}

/** A chunk left to the worker's runtime cache: only English readers need it (scripts/build/englishChunks.ts). */
function leftOut(chunk: Rollup.OutputChunk): boolean {
  return staffOnlyChunk(chunk) || isEnglishModule(chunk.facadeModuleId);
}

/**
 * The files of the built app that a person can need with no network: the entry, and every chunk
 * it imports or may import lazily (the wizard, each flow, the agent's view, the QR code…),
 * with their stylesheets and assets, except what lies behind the authors' page or Mermaid, and
 * the English chunks, cached when an English reader fetches them. Taken
 * from the bundle's own import graph, so a chunk Vite names differently, or a new flow, needs no
 * edit here.
 */
export function offlineFiles(bundle: Rollup.OutputBundle): Set<string> {
  const chunks = new Map<string, Rollup.OutputChunk>();
  for (const item of Object.values(bundle))
    if (item.type === 'chunk') chunks.set(item.fileName, item);
  const kept = new Set<string>();
  const visit = (chunk: Rollup.OutputChunk) => {
    if (kept.has(chunk.fileName) || leftOut(chunk)) return;
    kept.add(chunk.fileName);
    for (const file of chunk.viteMetadata?.importedCss ?? []) kept.add(file);
    for (const file of chunk.viteMetadata?.importedAssets ?? []) kept.add(file);
    for (const file of [...chunk.imports, ...chunk.dynamicImports]) {
      const next = chunks.get(file);
      if (next) visit(next);
    }
  };
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk);
  // A script that is no chunk is a classic one index.html names (the page's boot script, see
  // scripts/build/prerenderPlugin.ts): no import graph leads to it, and every page needs it.
  for (const item of Object.values(bundle))
    if (item.type === 'asset' && item.fileName.endsWith('.js')) kept.add(item.fileName);
  return kept;
}

/**
 * The service worker's precache: Workbox lists every file its globs match in `dist/`; this keeps,
 * under `assets/`, only the files `offlineFiles` found in the bundle just written. The plugin
 * records them as the bundle is generated; `transform` is given to Workbox's `manifestTransforms`,
 * which runs after (vite-plugin-pwa writes the worker once the bundle is closed).
 */
export function offlinePrecache(assetsDir = 'assets/'): {
  plugin: Plugin;
  transform: <Entry extends { url: string }>(
    entries: Entry[],
  ) => { manifest: Entry[]; warnings: string[] };
} {
  let kept: Set<string> | undefined;
  return {
    plugin: {
      name: 'offline-precache',
      apply: 'build',
      generateBundle(_, bundle) {
        kept = offlineFiles(bundle);
      },
    },
    transform: (entries) => {
      if (!kept) throw new Error('offline-precache: the bundle was not seen before the worker.');
      const files = kept;
      return {
        manifest: entries.filter(
          (entry) => !entry.url.startsWith(assetsDir) || files.has(entry.url),
        ),
        warnings: [],
      };
    },
  };
}
