import type { Origin } from './session';
import type { StepView } from './stepView';

/** How the answer that reached a `solved` ending reads once the person says it came back. */
export const problemCameBack = 'ça a fonctionné, puis le problème est revenu';

/**
 * What the generic ticket reports of the flow the person leaves from this step, through
 * « Ce n'était pas ça ? » or « Le problème revient ? »: the steps answered, in the agent's words.
 * From an ending that says the problem is solved, its last answer (« Oui, ça fonctionne ») is no
 * longer true: it reads as the problem having come back.
 */
export function leavingOrigin(view: StepView): Origin {
  const checks = view.trail.map(({ question, answer }) => ({ question, answer }));
  const last = checks.at(-1);
  if (view.kind === 'resolution' && view.step.solved === true && last)
    checks[checks.length - 1] = { question: last.question, answer: problemCameBack };
  return { flowTitle: view.flowTitle, checks };
}
