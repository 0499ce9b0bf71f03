import { catalog } from '../../catalog/catalog';
import { loadEnglishCatalog } from '../../catalog/englishCatalog';
import { loadTranslation } from '../../catalog/loadTranslation';
import { englishChunkUrl } from './englishChunkUrl';

/**
 * Makes the app's English work offline, as its French does: the English chunks are not in the
 * service worker's precache (every reader would download them), so, for a reader in English, they
 * are fetched through the worker once it controls the page, which keeps them (its runtime cache
 * `anglais`). Those this page loaded before the worker took charge are fetched again, through it;
 * the others (every flow's English) are loaded now rather than when the flow is opened, offline
 * maybe.
 */
export async function keepEnglishOffline(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  await navigator.serviceWorker.ready;
  if (!navigator.serviceWorker.controller)
    await new Promise((resolve) => {
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true });
    });
  const fetchedBefore = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => englishChunkUrl.test(new URL(url).pathname));
  await Promise.all([
    ...fetchedBefore.map((url) => fetch(url).catch(() => undefined)),
    loadEnglishCatalog().catch(() => undefined),
    ...catalog.map((entry) => loadTranslation(entry.id)),
  ]);
}
