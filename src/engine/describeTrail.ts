import type { Session } from './session';
import { stepLabel } from './stepLabel';
import { displayValue } from './ticket';

/** One answered step as the user (and the agent) reads it. */
export interface TrailItem {
  index: number;
  stateId: string;
  question: string;
  answer: string;
}

/** The trail of answered steps, in order: the question asked and what was answered. */
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
              `${field.label} : ${displayValue(field, entry.event.values?.[field.name] ?? '')}`,
          )
          .join(' ; ')
      : (asked?.answers.find((candidate) => candidate.event === entry.event.type)?.summary ??
        entry.event.type);
    return { index, stateId: entry.stateId, question, answer };
  });
}
