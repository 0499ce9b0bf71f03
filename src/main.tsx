import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { loadEnglishCatalog, loadedEnglishCatalog } from './catalog/englishCatalog';
import { initialLanguage } from './ui/i18n/language';
import { keepEnglish, loadEnglish, loadedEnglish } from './ui/i18n/english/loadEnglish';
import { listenForClearing } from './ui/storage/clearBrowser';
import { anySaved, stores } from './ui/storage/savedSessions';
import { reloadOnStaleChunk } from './ui/offline/reloadOnStaleChunk';
import { englishTemplateId, prerenderShown } from './ui/prerender/prerenderShown';
import { whenIdle } from './ui/prerender/whenIdle';
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
// page's paint. Each in an idle task of its own: together, they made one long task.
afterLoad(() => {
  if (anySaved(stores))
    import('./ui/storage/readSavedSessions')
      .then(({ sweepSaved }) => {
        sweepSaved();
      })
      .catch(() => undefined); // swept on a later visit
});
afterLoad(() => {
  import('./ui/offline/registerWorker')
    .then(({ registerWorker }) => {
      registerWorker();
    })
    .catch(() => undefined); // no worker: the app works, online only
});
// A reader in English: the English chunks, not precached, are kept by the worker too.
if (initialLanguage() === 'en') afterLoad(keepEnglish);
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
// In English, the page is drawn once its words have come, the home page's list in English too, so
// that French never flashes (the boot script showed the home page pre-rendered in English, or
// hid the French one); in French (or should the English chunks not come), at once.
if (initialLanguage() === 'en')
  Promise.all([
    loadEnglish(),
    parseRoute(window.location.hash).page === 'home' ? loadEnglishCatalog() : undefined,
  ])
    .finally(startSoon)
    .catch(() => undefined);
else startSoon();

/**
 * React's set-up (hydrateRoot's listeners, the first slice of the page) in a task of its own,
 * not at the end of the entry's evaluation (or of the English chunk's): two shorter tasks in
 * which the page answers a tap, rather than one long one.
 */
function startSoon() {
  setTimeout(start, 0);
}

function start() {
  if (!root) return;
  document.getElementById(englishTemplateId)?.remove(); // a French reader's, or another page's
  // index.html holds the home page pre-rendered by the build (scripts/build/prerenderPlugin.ts), in
  // French or, shown by the boot script, in English. When it is this visit's page, in the
  // language React is about to draw, React adopts it as drawn; otherwise (another route, a saved
  // session to list, English that did not load, or the dev server's empty page) it goes, unread,
  // before React draws the page.
  if (
    root.getAttribute('data-prerendered') === openingLanguage() &&
    prerenderShown(window.location.hash)
  )
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
 * The language of React's first render, as LanguageProvider decides it: English once its words
 * have come, and for the home page its list too (with the words alone, the list would be French
 * where the pre-rendered page has it in English).
 */
function openingLanguage() {
  return initialLanguage() === 'en' && loadedEnglish() && loadedEnglishCatalog() ? 'en' : 'fr';
}

/**
 * Runs `then` once the page has loaded and the browser is idle: after React has adopted the home
 * page, in a task of its own rather than at the end of the entry's (on the home page the entry
 * starts after the first paint, often after `load` has fired), so that the entry's evaluation,
 * React's slices and this work each stay short and the page answers a tap between them.
 */
function afterLoad(then: () => void) {
  if (document.readyState === 'complete') whenIdle(then);
  else
    window.addEventListener(
      'load',
      () => {
        whenIdle(then);
      },
      { once: true },
    );
}
