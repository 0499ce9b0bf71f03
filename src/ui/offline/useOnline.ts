import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/**
 * Whether the browser says it has a network. `false` is reliable (no network at all); `true`
 * only means some network is there, which is all the offline notice needs to know.
 */
export function useOnline(): boolean {
  // On the server (the build's pre-rendered home page), as at the start of any page: online.
  return useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
}
