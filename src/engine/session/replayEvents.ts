import type { FieldValues } from '../contract/schemas/fieldSchema';
import type { FlowModel } from '../flowModel';
import { answer, startSession, submit, type Origin, type Session } from './session';

/** An answer as saved or carried in a link: an answer's event, or SUBMIT with a form's values. */
export interface RecordedEvent {
  type: string;
  values?: FieldValues | undefined;
}

/**
 * Replays answers given earlier (a saved session, an agent's link, a link to a phone) on the
 * flow as it is now, each in turn, forms validated again with `today` as the day they were
 * answered (so a date valid then stays valid), stopping at the first answer the flow no longer
 * accepts. `replayed` counts the answers that went in.
 */
export function replayEvents(
  flow: FlowModel,
  events: readonly RecordedEvent[],
  today: string,
  origin?: Origin,
): { session: Session; replayed: number } {
  let session = startSession(flow, origin);
  let replayed = 0;
  for (const event of events) {
    const next = event.values
      ? submit(session, event.values, today, { replayed: true })
      : answer(session, event.type);
    if (next.trail.length !== session.trail.length + 1) break;
    session = next;
    replayed++;
  }
  return { session, replayed };
}
