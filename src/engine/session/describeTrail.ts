import type { Session } from './session';
import { stepLabel } from './stepLabel';
import { agentLabel, displayValue } from '../handOff/ticket';
import { typeset } from '../text/typeset';

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
 * the generic ticket, the agent's view). The flow's words are typeset, typed values left as typed.
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
              `${agentLabel(field)}\u202f: ${displayValue(field, entry.event.values?.[field.name] ?? '')}`,
          )
          .join('\u202f; ')
      : typeset(
          asked?.answers.find((candidate) => candidate.event === entry.event.type)?.summary ??
            entry.event.type,
        );
    return { index, stateId: entry.stateId, question, answer };
  });
}
