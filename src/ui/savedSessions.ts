// Imports only the schema, not the engine: the home page reads saved sessions without XState.
import { parseSaved, type SavedSession } from '../engine/savedSessionSchema';

/**
 * Sessions saved per flow in localStorage, so a reload or a later visit finds the user where
 * they were. Storage may be refused (private mode, quota): then the app simply does not save.
 */
const prefix = 'depannage:session:';

export function readSaved(flowId: string): string | null {
  try {
    return localStorage.getItem(prefix + flowId);
  } catch {
    return null;
  }
}

export function writeSaved(flowId: string, saved: SavedSession) {
  try {
    localStorage.setItem(prefix + flowId, JSON.stringify(saved));
  } catch {
    // Nothing to do: the session goes on, unsaved.
  }
}

export function removeSaved(flowId: string) {
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
