// Writing and removing only: reading saved text needs its zod schema, which lives with the
// reading (readSavedSessions.ts), in the chunks that read, not in the home page's first download.
import type { SavedSession } from '../../engine/session/savedSessionSchema';
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

export type Store = 'local' | 'session';
export const stores: readonly Store[] = ['local', 'session'];

/** Even reading `window.localStorage` throws when the browser refuses storage. */
function storage(store: Store): Storage | undefined {
  try {
    return store === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return undefined;
  }
}

export function getItem(store: Store, key: string): string | null {
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

export function removeItem(store: Store, key: string) {
  try {
    storage(store)?.removeItem(key);
  } catch {
    // Same as above: what cannot be read cannot be found either.
  }
}

export function keysOf(store: Store, start: string): string[] {
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
  const key = sessionPrefix + flowId;
  // One place per kind: the session this tab now has replaces whatever it had in the other.
  // Removed first, so a finished session never stays in localStorage, even when the write fails.
  removeItem(saved.finished ? 'local' : 'session', key);
  setItem(saved.finished ? 'session' : 'local', key, JSON.stringify(saved));
}

export function removeSaved(flowId: string) {
  pending.delete(flowId);
  removeItem('local', sessionPrefix + flowId);
  removeItem('session', sessionPrefix + flowId);
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

/**
 * Whether this browser holds any saved session (readable or not, of any flow) in `where`, from
 * the keys alone: the home page loads the reading of sessions (readSavedSessions.ts) only then,
 * and the sweep after load (main.tsx), looking in both stores, too.
 */
export function anySaved(where: readonly Store[] = ['local']): boolean {
  return where.some((store) => keysOf(store, sessionPrefix).length > 0);
}
