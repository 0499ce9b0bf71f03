/*
 * No import: the classic script that runs before the page is drawn (prerenderShown.ts) bundles
 * this file alone, so it must stay free of React and of the app.
 */

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
export const resumeRoute = /^#\/?procedure\/([^/?#]+)\/reprendre(?:\/|$)/;

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
