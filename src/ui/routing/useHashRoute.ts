import { useSyncExternalStore } from 'react';
import { track } from '../measure/track';
import { parseRoute, resumeRoute } from './parseRoute';

export const authorHref = '#/auteur';

export function authorFlowHref(id: string): string {
  return `${authorHref}/${encodeURIComponent(id)}`;
}

export function previewHref(id: string, stateId: string): string {
  return `${authorFlowHref(id)}/apercu/${encodeURIComponent(stateId)}`;
}

export function flowHref(id: string): string {
  return `#/procedure/${encodeURIComponent(id)}`;
}

export const homeHref = '#/';

/**
 * Whether the fragment changed between the page's load and this module's start. The
 * pre-rendered home page is drawn, its links working, before the app's script has run: a
 * procedure opened from it that early was opened from another screen all the same. The page's
 * navigation entry keeps the URL it was loaded with, fragment included.
 */
function changedBeforeScript(): boolean {
  const [loaded] = performance.getEntriesByType('navigation');
  return loaded !== undefined && new URL(loaded.name).hash !== window.location.hash;
}

let navigated = false;
// From the module's start, not from React's subscription (below): a link pressed before React
// has adopted the page counts too. Not in the build's pre-render, which runs in Node.
if (typeof window !== 'undefined') {
  navigated = changedBeforeScript();
  // Then, only the pre-rendered home page's list can have been clicked: its search answers once
  // React has adopted the page, and « Reprendre » is never pre-rendered. The measurement's own
  // listener (startMeasure.ts), loaded after the page, was not there to see the click.
  if (navigated && parseRoute(window.location.hash).page === 'flow')
    track({ type: 'choose', from: 'liste' });
  window.addEventListener('hashchange', () => {
    navigated = true;
  });
}

/**
 * Whether the app has changed screens since the page loaded. A screen opened from another one
 * (a procedure from the list, say) takes focus on its heading, as each new step does; a page
 * just loaded leaves focus at the top, where the skip link is, as any web page does.
 */
export function hasNavigated(): boolean {
  return navigated;
}

function subscribe(onChange: () => void) {
  const listener = () => {
    // A link from another device, opened in a tab that already runs the app (perhaps on that
    // very procedure, whose wizard would not open again): read as a fresh page reads it.
    if (resumeRoute.test(window.location.hash)) {
      window.location.reload();
      return;
    }
    onChange();
  };
  window.addEventListener('hashchange', listener);
  return () => {
    window.removeEventListener('hashchange', listener);
  };
}

/** The page's fragment, its route (see parseRoute.ts). */
export function useHash(): string {
  // The server snapshot is the home page's, which the build pre-renders (see main.tsx).
  return useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  );
}
