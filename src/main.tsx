import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { listenForClearing } from './ui/storage/clearBrowser';
import { reloadOnStaleChunk } from './ui/offline/reloadOnStaleChunk';
import { sweepSaved } from './ui/storage/savedSessions';
import { startRouteLoads } from './ui/routing/startRouteLoads';
import './ui/styles.css';

// Before React's first render: a procedure URL fetches its wizard and its flow in parallel.
startRouteLoads(window.location.hash);
// Saved sessions past their time go before anything can show them, whichever page opens.
sweepSaved();
listenForClearing();
reloadOnStaleChunk();
// The service worker registers once the page has loaded: its downloads (the whole app, for
// offline use) never compete with the first screen's, and its code is not in the first download.
window.addEventListener(
  'load',
  () => {
    import('./ui/offline/registerWorker')
      .then(({ registerWorker }) => {
        registerWorker();
      })
      .catch(() => undefined); // no worker: the app works, online only
  },
  { once: true },
);
// Audience measurement, only in a build whose settings give a Matomo server (`__MESURE__`):
// otherwise this and its chunk are not in the build at all. After the page, as the worker.
if (__MESURE__)
  window.addEventListener(
    'load',
    () => {
      import('./ui/measure/startMeasure')
        .then(({ startMeasure }) => {
          startMeasure();
        })
        .catch(() => undefined); // not loaded: nothing is measured
    },
    { once: true },
  );

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
