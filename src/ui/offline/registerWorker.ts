import { registerSW } from 'virtual:pwa-register';
import { offerUpdate } from './appUpdate';

/** How often a tab left open asks the server for a newer build (the browser also asks at each page load). */
const checkEvery = 60 * 60 * 1000;

/**
 * Registers the service worker (Workbox, written by vite-plugin-pwa at build time) that keeps
 * the app in the browser's cache, so it opens and runs with no network after one visit.
 * A newer build found later waits ('prompt') until the person chooses to switch, which the page
 * offers only on the home page and on endings (PageNotices.tsx): the worker then takes over and
 * this tab reloads, onto the saved session. Loaded after the page, in a chunk of its own.
 */
export function registerWorker() {
  let asked = false;
  const update = registerSW({
    immediate: true,
    onNeedRefresh() {
      offerUpdate(() => {
        asked = true;
        void update();
      });
    },
    onNeedReload() {
      if (asked) {
        window.location.reload();
        return;
      }
      // Another tab switched to the new build: this tab's code is the old one. It reloads when
      // the person says so, not in the middle of whatever they are doing.
      offerUpdate(() => {
        window.location.reload();
      });
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
