import { useSyncExternalStore } from 'react';

export type Route =
  | { page: 'home' }
  /**
   * `step`: the step number a wizard's history entry carries (see useStepHistory), if any;
   * `resume`: everything after `#/procedure/<id>/reprendre/`, for resumeSession to judge.
   */
  | { page: 'flow'; id: string; step?: number; resume?: string }
  | { page: 'author' }
  | { page: 'authorFlow'; id: string }
  | { page: 'preview'; id: string; stateId: string }
  /** `record`: everything after `#/diagnostic/`, as typed, for decodeDiagnostic to judge. */
  | { page: 'diagnostic'; record: string };

/** A percent-encoded segment; a broken encoding (`%E0`) stays as typed rather than throw. */
function segment(value: string | undefined): string {
  try {
    return decodeURIComponent(value ?? '');
  } catch {
    return value ?? '';
  }
}

const diagnosticRoute = /^#\/?diagnostic(?:\/|$)/;
const resumeRoute = /^#\/?procedure\/([^/?#]+)\/reprendre(?:\/|$)/;

/**
 * `#/` is home, `#/procedure/<id>` a flow (`#/procedure/<id>/<n>` at its step n,
 * `#/procedure/<id>/reprendre/<record>` where another device left it), `#/auteur…` the authors'
 * pages, `#/diagnostic/<record>` the agent's view of a ticket: hash routes work on any static
 * host, with no server rule, and a fragment is never sent to the server.
 */
export function parseRoute(hash: string): Route {
  // A record is read whole: a `/`, `?` or `#` in it is damage to report, not a separator.
  if (diagnosticRoute.test(hash))
    return { page: 'diagnostic', record: hash.replace(diagnosticRoute, '') };
  const resume = resumeRoute.exec(hash);
  if (resume) return { page: 'flow', id: segment(resume[1]), resume: hash.slice(resume[0].length) };
  const parts = hash.replace(/^#\/?/, '').split(/[?#]/)[0]?.split('/') ?? [];
  const [section, id, sub, stateId] = parts;
  if (section === 'procedure' && id)
    return sub !== undefined && /^[1-9][0-9]{0,5}$/.test(sub)
      ? { page: 'flow', id: segment(id), step: Number(sub) }
      : { page: 'flow', id: segment(id) };
  if (section !== 'auteur') return { page: 'home' };
  if (id && sub === 'apercu' && stateId)
    return { page: 'preview', id: segment(id), stateId: segment(stateId) };
  return id ? { page: 'authorFlow', id: segment(id) } : { page: 'author' };
}

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

let navigated = false;

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
    navigated = true;
    onChange();
  };
  window.addEventListener('hashchange', listener);
  return () => {
    window.removeEventListener('hashchange', listener);
  };
}

export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
