import { registerSW } from 'virtual:pwa-register';
import { offerUpdate } from './appUpdate';

/** How often a tab left open asks the server for a newer build (the browser also asks at each page load). */
const checkEvery = 60 * 60 * 1000;

function reload() {
  window.location.reload();
}

/**
 * Registers the service worker (Workbox, written by vite-plugin-pwa at build time) that keeps
 * the app in the browser's cache, so it opens and runs with no network after one visit.
 * A newer build found later waits ('prompt') until the person chooses to switch, which the page
 * offers only on the home page and on endings (PageNotices.tsx): the new worker then takes over
 * and this tab reloads, onto the saved session. Loaded after the page, in a chunk of its own.
 */
export function registerWorker() {
  if (!('serviceWorker' in navigator)) return;
  let asked = false;
  // The switch is seen on the page's own `controllerchange`, not on vite-plugin-pwa's reload
  // (workbox-window's `controlling`), which a tab whose first visit installed the worker never
  // gets. A change from no worker is that first install taking charge of the tab: no reload.
  let controlled = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    const wasControlled = controlled;
    controlled = true;
    if (asked) reload();
    // Another tab switched to the new build: this tab's code is the old one. It reloads when
    // the person says so, not in the middle of whatever they are doing.
    else if (wasControlled) offerUpdate(reload);
  });
  const update = registerSW({
    immediate: true,
    onNeedRefresh() {
      offerUpdate(() => {
        asked = true;
        void update();
      });
    },
    onNeedReload() {
      // Handled by the listener above: without this, the plugin would reload every tab at once.
    },
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      const check = () => {
        if (navigator.onLine) registration.update().catch(() => undefined);
      };
      setInterval(check, checkEvery);
      window.addEventListener('online', check);
    },
  });
}
