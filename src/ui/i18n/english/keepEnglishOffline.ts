import { loadEnglishCatalog } from '../../../catalog/englishCatalog';
import { whenIdle } from '../../prerender/whenIdle';
import { englishChunkUrl } from './englishChunkUrl';

/**
 * Every flow's English, the chunks loadTranslation loads (src/catalog/loadTranslation.ts):
 * here only fetched and evaluated, not checked, so that keeping them costs neither zod nor a
 * long task.
 */
const translations = import.meta.glob('/flows/en/*.ts');

/**
 * Makes the app's English work offline, as its French does: the English chunks are not in the
 * service worker's precache (every reader would download them), so, for a reader in English, they
 * are fetched through the worker once it controls the page, which keeps them (its runtime cache
 * `anglais`). Those this page loaded before the worker took charge are fetched again, through it;
 * the others (every flow's English) are loaded now rather than when the flow is opened, offline
 * maybe: one per idle task, as the page may be in use meanwhile.
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
  ]);
  for (const load of Object.values(translations)) {
    await new Promise<void>((resolve) => {
      whenIdle(resolve);
    });
    await load().catch(() => undefined); // offline now: kept on a later visit in English
  }
}
