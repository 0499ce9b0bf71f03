import type { Session } from './session';
import { stepLabel } from './stepLabel';
import { agentLabel, displayValue } from '../handOff/ticket';

/** One answered step as the user (and the agent) reads it. */
export interface TrailItem {
  index: number;
  stateId: string;
  question: string;
  answer: string;
}

/**
 * The trail of answered steps, in order: the question asked and what was answered, a form's
 * values under their agent labels, since the trail is read by agents (the checks carried into
 * the generic ticket, the agent's view).
 */
export function describeTrail(session: Session): TrailItem[] {
  return session.trail.map((entry, index) => {
    const asked = session.flow.steps.get(entry.stateId);
    const step = asked?.step;
    const question = step === undefined ? entry.stateId : stepLabel(step);
    const fields = step?.kind === 'form' ? step.fields : [];
    const answer = entry.event.values
      ? fields
          .filter((field) => (entry.event.values?.[field.name] ?? '') !== '')
          .map(
            (field) =>
              `${agentLabel(field)} : ${displayValue(field, entry.event.values?.[field.name] ?? '')}`,
          )
          .join(' ; ')
      : (asked?.answers.find((candidate) => candidate.event === entry.event.type)?.summary ??
        entry.event.type);
    return { index, stateId: entry.stateId, question, answer };
  });
}
