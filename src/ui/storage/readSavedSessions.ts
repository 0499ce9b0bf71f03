import { isExpired } from '../../engine/session/isExpired';
import { parseSaved, type SavedSession } from '../../engine/session/savedSessionSchema';
import { settings } from '../../settings/settings';
import { getItem, keysOf, removeItem, stores, writePending, type Store } from './savedSessions';
import { sessionPrefix } from './storageKeys';

// Reading what the browser keeps, through its zod schema: in the chunks that read (the wizard,
// the home page's « Reprendre », the sweep after load), not in the home page's first download.

/** The entry of `store`, if it is readable, of the kind that store holds, and not expired; else removed. */
function readEntry(
  store: Store,
  flowId: string,
  now: number,
): { text: string; saved: SavedSession } | undefined {
  const key = sessionPrefix + flowId;
  const text = getItem(store, key);
  if (text === null) return undefined;
  const saved = parseSaved(text, flowId);
  if (
    saved &&
    saved.finished === (store === 'session') &&
    !isExpired(saved, now, settings.sessionRetentionHours)
  )
    return { text, saved };
  removeItem(store, key);
  return undefined;
}

/**
 * The saved session to reopen the flow with, as text for `restoreSession`. An unfinished one
 * always; a finished one only with `finishedToo`, which the wizard sets when its URL has a step
 * number: that is this tab's Back or reload, not someone opening the procedure anew.
 */
export function readSaved(flowId: string, { finishedToo }: { finishedToo: boolean }) {
  writePending();
  const now = Date.now();
  // Opened anew, the flow's session replaces this tab's finished one: gone now, not at its
  // first save, a frame later.
  if (!finishedToo) removeItem('session', sessionPrefix + flowId);
  const entry =
    (finishedToo ? readEntry('session', flowId, now) : undefined) ??
    readEntry('local', flowId, now);
  return entry?.text ?? null;
}

/** The unfinished sessions, for « Reprendre » on the home page; unreadable or expired ones are removed. */
export function unfinishedSessions(flowIds: readonly string[]): SavedSession[] {
  writePending();
  const now = Date.now();
  return flowIds.flatMap((flowId) => {
    const saved = readEntry('local', flowId, now)?.saved;
    return saved && saved.stepNumber > 1 ? [saved] : [];
  });
}

/**
 * Removes every saved session that is expired, unreadable or misplaced, whatever its flow
 * (one since removed from the catalogue too): run once each page has loaded (main.tsx), so
 * nothing outlives its time in the browser just because nobody reopened that procedure. Nothing
 * shows a session before: every read above drops an expired one.
 */
export function sweepSaved() {
  const now = Date.now();
  for (const store of stores)
    for (const key of keysOf(store, sessionPrefix))
      readEntry(store, key.slice(sessionPrefix.length), now);
}
