import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { listenForClearing } from './ui/storage/clearBrowser';
import { sweepSaved } from './ui/storage/savedSessions';
import { startRouteLoads } from './ui/routing/startRouteLoads';
import './ui/styles.css';

// Before React's first render: a procedure URL fetches its wizard and its flow in parallel.
startRouteLoads(window.location.hash);
// Saved sessions past their time go before anything can show them, whichever page opens.
sweepSaved();
listenForClearing();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
