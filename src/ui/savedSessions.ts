// Imports only the schema, not the engine: the home page reads saved sessions without XState.
import { parseSaved, type SavedSession } from '../engine/savedSessionSchema';
import { deferUntilPainted } from './deferUntilPainted';

/**
 * Sessions saved per flow in localStorage, so a reload or a later visit finds the user where
 * they were. Storage may be refused (private mode, quota): then the app simply does not save.
 */
const prefix = 'depannage:session:';

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

export function readSaved(flowId: string): string | null {
  writePending();
  try {
    return localStorage.getItem(prefix + flowId);
  } catch {
    return null;
  }
}

function writeSaved(flowId: string, saved: SavedSession) {
  try {
    localStorage.setItem(prefix + flowId, JSON.stringify(saved));
  } catch {
    // Nothing to do: the session goes on, unsaved.
  }
}

export function removeSaved(flowId: string) {
  pending.delete(flowId);
  try {
    localStorage.removeItem(prefix + flowId);
  } catch {
    // Same as above.
  }
}

/** The unfinished sessions, for « Reprendre » on the home page; unreadable entries are dropped. */
export function unfinishedSessions(flowIds: readonly string[]): SavedSession[] {
  return flowIds.flatMap((flowId) => {
    const text = readSaved(flowId);
    const saved = parseSaved(text, flowId);
    if (text !== null && !saved) removeSaved(flowId);
    return saved && !saved.finished && saved.stepNumber > 1 ? [saved] : [];
  });
}
