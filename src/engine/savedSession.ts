import * as z from 'zod/mini';
import { fieldValuesSchema } from './fieldSchema';
import type { FlowModel } from './flowModel';
import { answer, startSession, submit, type Session } from './session';
import { stateIdOf } from './snapshot';
import { isEnding } from './stepSchema';

/**
 * A session as it is saved in the browser: the answers given, not XState snapshots, so that
 * restoring replays them through the flow as it is now, whatever changed in between.
 */
export const savedSessionSchema = z.object({
  format: z.literal(1),
  flowId: z.string(),
  version: z.string(),
  events: z
    .array(
      z.object({
        type: z.string().check(z.maxLength(100)),
        values: z.optional(fieldValuesSchema),
      }),
    )
    .check(z.maxLength(500)),
  drafts: z.record(z.string(), fieldValuesSchema),
  stepNumber: z.number(),
  finished: z.boolean(),
});
export type SavedSession = z.infer<typeof savedSessionSchema>;

/** Longer than any real session (fields are capped at 2,000 characters): anything bigger is not ours. */
export const maxSavedLength = 200_000;

export function saveSession(session: Session): SavedSession {
  const stateId = stateIdOf(session.current);
  const step = session.flow.steps.get(stateId)?.step;
  return {
    format: 1,
    flowId: session.flow.id,
    version: session.flow.version,
    events: session.trail.map((entry) => entry.event),
    drafts: { ...session.drafts },
    stepNumber: session.trail.length + 1,
    finished: step !== undefined && isEnding(step),
  };
}

/** Reads saved text without trusting it: anything corrupt, foreign or oversized gives undefined. */
export function parseSaved(text: string | null, flowId?: string): SavedSession | undefined {
  if (text === null || text.length > maxSavedLength) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = savedSessionSchema.safeParse(data);
  if (!parsed.success || (flowId !== undefined && parsed.data.flowId !== flowId)) return undefined;
  return parsed.data;
}

/** `changed`: the flow changed since, so only the answers that still fit were kept. */
export type RestoreNotice = 'changed' | 'restarted';

/**
 * Rebuilds a session by replaying the saved answers; it stops at the first one the flow (perhaps
 * changed since) no longer accepts. What was typed in forms comes back too.
 */
export function restoreSession(
  flow: FlowModel,
  text: string | null,
  today: string,
): { session: Session; notice?: RestoreNotice } | undefined {
  const saved = parseSaved(text, flow.id);
  if (!saved) return undefined;
  let session = startSession(flow);
  let replayed = 0;
  for (const event of saved.events) {
    const next = event.values ? submit(session, event.values, today) : answer(session, event.type);
    if (next.trail.length !== session.trail.length + 1) break;
    session = next;
    replayed++;
  }
  const drafts = Object.fromEntries(
    Object.entries(saved.drafts).filter(
      ([stateId]) => flow.steps.get(stateId)?.step.kind === 'form',
    ),
  );
  // What was typed last wins over what the replayed answers submitted.
  session = { ...session, drafts: { ...session.drafts, ...drafts } };
  if (replayed === saved.events.length) return { session };
  return { session, notice: replayed === 0 ? 'restarted' : 'changed' };
}
