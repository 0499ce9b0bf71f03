import type { FlowModel } from '../flowModel';
import type { Session } from './session';
import { replayEvents } from './replayEvents';
import { stateIdOf } from './snapshot';
import { isEnding } from '../contract/schemas/stepSchema';
import { recordedOrigin } from '../handOff/recordedWalkSchema';
import { parseSaved, type SavedSession } from './savedSessionSchema';

/** `savedAt`: the time now, in milliseconds (Date.now()), given by the caller: the engine reads no clock. */
export function saveSession(session: Session, savedAt: number): SavedSession {
  const stateId = stateIdOf(session.current);
  const step = session.flow.steps.get(stateId)?.step;
  return {
    format: 2,
    flowId: session.flow.id,
    version: session.flow.version,
    savedAt,
    events: session.trail.map((entry) => entry.event),
    drafts: { ...session.drafts },
    stepNumber: session.trail.length + 1,
    finished: step !== undefined && isEnding(step),
    ...(session.origin ? { origin: recordedOrigin(session.origin) } : {}),
  };
}

/** `changed`: the flow changed since, so only the answers that still fit were kept. */
export type RestoreNotice = 'changed' | 'restarted';

/**
 * Rebuilds a session by replaying the saved answers; it stops at the first one the flow (perhaps
 * changed since) no longer accepts. What was typed in forms comes back too. `savedAt` is passed
 * on: reopening a session is not a change to it, so its time to expire does not start again.
 */
export function restoreSession(
  flow: FlowModel,
  text: string | null,
  today: string,
): { session: Session; notice?: RestoreNotice; savedAt: number } | undefined {
  const saved = parseSaved(text, flow.id);
  if (!saved) return undefined;
  const replay = replayEvents(flow, saved.events, today, saved.origin);
  let { session } = replay;
  const { replayed } = replay;
  const drafts = Object.fromEntries(
    Object.entries(saved.drafts).filter(
      ([stateId]) => flow.steps.get(stateId)?.step.kind === 'form',
    ),
  );
  // What was typed last wins over what the replayed answers submitted.
  session = { ...session, drafts: { ...session.drafts, ...drafts } };
  const { savedAt } = saved;
  if (replayed === saved.events.length) return { session, savedAt };
  return { session, savedAt, notice: replayed === 0 ? 'restarted' : 'changed' };
}
