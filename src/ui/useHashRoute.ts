import { useSyncExternalStore } from 'react';

export type Route = { page: 'home' } | { page: 'flow'; id: string };

/** `#/` is home, `#/procedure/<id>` a flow: hash routes work on any static host, with no server rule. */
export function parseRoute(hash: string): Route {
  const match = /^#\/procedure\/([^/?#]+)/.exec(hash);
  return match?.[1] ? { page: 'flow', id: decodeURIComponent(match[1]) } : { page: 'home' };
}

export function flowHref(id: string): string {
  return `#/procedure/${encodeURIComponent(id)}`;
}

export const homeHref = '#/';

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
  };
}

export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
