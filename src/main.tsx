import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { loadEnglishCatalog } from './catalog/englishCatalog';
import { initialLanguage } from './ui/i18n/language';
import { keepEnglish, loadEnglish } from './ui/i18n/loadEnglish';
import { listenForClearing } from './ui/storage/clearBrowser';
import { anySaved, stores } from './ui/storage/savedSessions';
import { reloadOnStaleChunk } from './ui/offline/reloadOnStaleChunk';
import { prerenderShown } from './ui/prerender/prerenderShown';
import { Root } from './ui/Root';
import { parseRoute } from './ui/routing/parseRoute';
import { startRouteLoads } from './ui/routing/startRouteLoads';
import './ui/styles.css';

// Before React's first render: a procedure URL fetches its wizard and its flow in parallel.
startRouteLoads(window.location.hash);
listenForClearing();
reloadOnStaleChunk();
// Once the page has loaded, with code that is not in its first download: saved sessions past
// their time go, whichever page opened (none was shown: each read drops them), and the service
// worker registers, so its downloads (the whole app, for offline use) never compete with the
// first screen's. With no session saved (a first visit), the sweep's chunk, which holds zod and
// the sessions' schema, is not even loaded: its evaluation was the longest task after the home
// page's paint.
afterLoad(() => {
  if (anySaved(stores))
    import('./ui/storage/readSavedSessions')
      .then(({ sweepSaved }) => {
        sweepSaved();
      })
      .catch(() => undefined); // swept on a later visit
  import('./ui/offline/registerWorker')
    .then(({ registerWorker }) => {
      registerWorker();
    })
    .catch(() => undefined); // no worker: the app works, online only
  // A reader in English: the English chunks, not precached, are kept by the worker too.
  if (initialLanguage() === 'en') keepEnglish();
});
// Audience measurement, only in a build whose settings give a Matomo server (`__MESURE__`):
// otherwise this and its chunk are not in the build at all. After the page, as the worker.
if (__MESURE__)
  afterLoad(() => {
    import('./ui/measure/startMeasure')
      .then(({ startMeasure }) => {
        startMeasure();
      })
      .catch(() => undefined); // not loaded: nothing is measured
  });

const root = document.getElementById('root');
// In English, the page is drawn once its words have come (the pre-rendered French home page is
// hidden meanwhile: bootPage.ts), the home page's list in English too, so that French never
// flashes; in French (or should the English chunks not come), at once.
if (initialLanguage() === 'en')
  Promise.all([
    loadEnglish(),
    parseRoute(window.location.hash).page === 'home' ? loadEnglishCatalog() : undefined,
  ])
    .finally(start)
    .catch(() => undefined);
else start();

function start() {
  if (!root) return;
  // index.html holds the home page pre-rendered by the build (scripts/prerenderPlugin.ts). When
  // it is this visit's page, React adopts it as drawn; otherwise (another route, a saved session
  // to list, or the dev server's empty page) it goes, unread, before React draws the page.
  if (root.hasAttribute('data-prerendered') && prerenderShown(window.location.hash))
    // As a transition, React adopts the page in slices of a few milliseconds, yielding between
    // them: the page, already drawn, answers a click or a key meanwhile (a click is not lost:
    // React hydrates its target first) instead of freezing for the whole tree.
    startTransition(() => {
      hydrateRoot(root, <Root />);
    });
  else {
    root.replaceChildren();
    createRoot(root).render(<Root />);
  }
  root.removeAttribute('data-prerendered');
}

/**
 * Runs `then` once the page has loaded and the browser is idle: after React has adopted the home
 * page, in a task of its own rather than at the end of the entry's (on the home page the entry
 * starts after the first paint, often after `load` has fired), so that the entry's evaluation,
 * React's slices and this work each stay short and the page answers a tap between them.
 */
function afterLoad(then: () => void) {
  const whenIdle = () => {
    // At most 2 s later: a busy or background tab still registers its worker.
    if ('requestIdleCallback' in window) requestIdleCallback(then, { timeout: 2000 });
    else setTimeout(then, 0);
  };
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
