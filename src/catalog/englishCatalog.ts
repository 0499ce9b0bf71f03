import type { EnglishCatalog } from '../engine/catalog/englishCatalogSchema';

let loading: Promise<EnglishCatalog> | undefined;
let loaded: EnglishCatalog | undefined;

/**
 * The home page's English (titles, descriptions, search words, categories), a chunk of its own:
 * fetched when someone reads in English, never in a French reader's first download. Checked at
 * build time, as the French catalogue is (see src/vite-env.d.ts).
 */
export function loadEnglishCatalog(): Promise<EnglishCatalog> {
  loading ??= import('virtual:flow-catalog-en').then(
    (module) => {
      loaded = module.default;
      return loaded;
    },
    (error: unknown) => {
      loading = undefined; // offline, say: the next call tries again
      throw error;
    },
  );
  return loading;
}

/** The English catalogue if it has arrived, for a render that must not wait (nor flash French). */
export function loadedEnglishCatalog(): EnglishCatalog | undefined {
  return loaded;
}
