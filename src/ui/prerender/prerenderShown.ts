import { parseRoute } from '../routing/parseRoute';
import { sessionPrefix } from '../storage/storageKeys';

/**
 * Set on `<html>` by hidePrerender.ts, before the body is parsed, when the pre-rendered home
 * page is not what this visit shows: styles.css then hides it (display: none, so screen readers
 * skip it too) until main.tsx replaces it.
 */
export const prerenderHiddenClass = 'prerender-hidden';

/**
 * Whether the home page the build pre-rendered into index.html is the page this visit shows, so
 * that React can adopt it as it is: the route is the home page, and no saved session may add
 * « Reprendre » to it (the build knows no one's storage). Any saved session counts, even one the
 * home page will not list: keeping it hidden for nothing only costs the early paint.
 */
export function prerenderShown(hash: string): boolean {
  if (parseRoute(hash).page !== 'home') return false;
  try {
    const local = window.localStorage;
    for (let index = 0; index < local.length; index++)
      if (local.key(index)?.startsWith(sessionPrefix)) return false;
    return true;
  } catch {
    return true; // storage refused: nothing saved, nothing to list
  }
}
