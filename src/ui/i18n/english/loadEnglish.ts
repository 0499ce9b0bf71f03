import type { English } from '../dictionary';

let loading: Promise<English> | undefined;
let loaded: English | undefined;

/**
 * The English chunk (en.ts), fetched once, when English is on: a French reader never downloads
 * it. A failed load (offline before any English visit) may be tried again.
 */
export function loadEnglish(): Promise<English> {
  loading ??= import('./en').then(
    ({ en }) => {
      loaded = en;
      return en;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The English chunk if it has arrived, for a first render that must not wait. */
export function loadedEnglish(): English | undefined {
  return loaded;
}

/** Has the worker keep the English chunks for offline use (keepEnglishOffline, a chunk of its own). */
export function keepEnglish(): void {
  import('./keepEnglishOffline')
    .then(({ keepEnglishOffline }) => keepEnglishOffline())
    .catch(() => undefined); // offline now: kept on a later visit in English
}
