// Imports only the schema and the expiry rule, not the engine: the home page reads saved
// sessions without XState.
import { isExpired } from '../../engine/session/isExpired';
import { parseSaved, type SavedSession } from '../../engine/session/savedSessionSchema';
import { settings } from '../../settings/settings';
import { deferUntilPainted } from '../routing/deferUntilPainted';
import { appPrefix, sessionPrefix } from './storageKeys';

/**
 * Sessions saved per flow, so a reload or a later visit finds the user where they were. On a
 * shared computer the next person must not find them, hence two places:
 * - an unfinished session in localStorage, for `settings.sessionRetentionHours` after its last
 *   save, so the person can come back to it from the home page;
 * - a finished one (a resolution or a ticket, with everything typed on the way) in this tab's
 *   sessionStorage only, for the same hours at most: Back and reload still show it, but opening
 *   the procedure again, in this tab or another, starts afresh.
 * Storage may be refused (private mode, quota): then the app simply does not save.
 */
const prefix = sessionPrefix;

type Store = 'local' | 'session';
const stores: readonly Store[] = ['local', 'session'];

/** Even reading `window.localStorage` throws when the browser refuses storage. */
function storage(store: Store): Storage | undefined {
  try {
    return store === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return undefined;
  }
}

function getItem(store: Store, key: string): string | null {
  try {
    return storage(store)?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function setItem(store: Store, key: string, value: string) {
  try {
    storage(store)?.setItem(key, value);
  } catch {
    // Nothing to do: the session goes on, unsaved.
  }
}

function removeItem(store: Store, key: string) {
  try {
    storage(store)?.removeItem(key);
  } catch {
    // Same as above: what cannot be read cannot be found either.
  }
}

function keysOf(store: Store, start: string): string[] {
  try {
    const area = storage(store);
    if (!area) return [];
    const keys = Array.from({ length: area.length }, (_, index) => area.key(index));
    return keys.filter((key): key is string => key?.startsWith(start) === true);
  } catch {
    return [];
  }
}

/**
 * Sessions to save once the step is painted (see useWizardSession), by flow, each taken when
 * it is written so the latest one lands. A read writes them first, so the home page, opened
 * right after an answer, never lists the session as it was one answer before; a removal drops
 * its flow's.
 */
const pending = new Map<string, () => SavedSession>();
const writeLater = deferUntilPainted(writePending);

export function writePending() {
  for (const [flowId, saved] of pending) writeSaved(flowId, saved());
  pending.clear();
}

/** Saves `saved()` after the next paint, or before the next read, whichever comes first. */
export function saveAfterPaint(flowId: string, saved: () => SavedSession) {
  pending.set(flowId, saved);
  writeLater.schedule();
}

function writeSaved(flowId: string, saved: SavedSession) {
  const key = prefix + flowId;
  // One place per kind: the session this tab now has replaces whatever it had in the other.
  // Removed first, so a finished session never stays in localStorage, even when the write fails.
  removeItem(saved.finished ? 'local' : 'session', key);
  setItem(saved.finished ? 'session' : 'local', key, JSON.stringify(saved));
}

/** The entry of `store`, if it is readable, of the kind that store holds, and not expired; else removed. */
function readEntry(
  store: Store,
  flowId: string,
  now: number,
): { text: string; saved: SavedSession } | undefined {
  const key = prefix + flowId;
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
  if (!finishedToo) removeItem('session', prefix + flowId);
  const entry =
    (finishedToo ? readEntry('session', flowId, now) : undefined) ??
    readEntry('local', flowId, now);
  return entry?.text ?? null;
}

export function removeSaved(flowId: string) {
  pending.delete(flowId);
  removeItem('local', prefix + flowId);
  removeItem('session', prefix + flowId);
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
 * (one since removed from the catalogue too): run when the app starts, so nothing outlives
 * its time in the browser just because nobody reopened that procedure.
 */
export function sweepSaved() {
  const now = Date.now();
  for (const store of stores)
    for (const key of keysOf(store, prefix)) readEntry(store, key.slice(prefix.length), now);
}

/**
 * « Effacer mes réponses de ce navigateur »: every key of this app in both storages, and the
 * saves still waiting for a paint, which would otherwise write a session back a frame later.
 */
export function clearSaved() {
  pending.clear();
  writeLater.cancel();
  for (const store of stores) for (const key of keysOf(store, appPrefix)) removeItem(store, key);
}
