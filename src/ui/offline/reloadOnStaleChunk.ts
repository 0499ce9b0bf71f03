const key = 'depannage:reloaded-for-chunk';

/** A second failure this soon after reloading for one is not a deployment: the page shows its error. */
const loopWindow = 60_000;

/**
 * A tab opened before a deployment asks for chunks of its own build, which the new one no
 * longer has (nor the service worker, once it has switched): Vite then emits `vite:preloadError`.
 * The page reloads, once, onto the new build, and the saved session resumes where it was.
 * Not when offline, where a reload would show the browser's error page instead of the app's
 * message, nor twice within a minute, nor when the tab cannot remember it did (storage refused):
 * a chunk missing from the new build too would reload forever. The page's error boundary then
 * says to check the connection and reload.
 */
export function reloadOnStaleChunk() {
  window.addEventListener('vite:preloadError', () => {
    if (!navigator.onLine) return;
    try {
      const last = Number(sessionStorage.getItem(key) ?? 0);
      if (Date.now() - last < loopWindow) return;
      sessionStorage.setItem(key, String(Date.now()));
    } catch {
      return;
    }
    window.location.reload();
  });
}
