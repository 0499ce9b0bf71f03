import { answerText, type FlowModel } from '../flowModel';
import { isEnding } from '../contract/schemas/stepSchema';

/** One answered step on the way: where, and which answer. */
export interface PathStep {
  stateId: string;
  label: string;
}

/**
 * The shortest way from the start to each ending (breadth-first search keeping each state's
 * first parent): what an author reads to see how a user reaches a resolution or a ticket.
 * Endings no path reaches are left out (flows:check reports them).
 */
export function pathsToEndings(flow: FlowModel): Map<string, PathStep[]> {
  const parent = new Map<string, PathStep | null>([[flow.initial, null]]);
  const queue = [flow.initial];
  for (let head = 0; head < queue.length; head++) {
    const stateId = queue[head] ?? '';
    for (const answer of flow.steps.get(stateId)?.answers ?? []) {
      if (parent.has(answer.target)) continue;
      parent.set(answer.target, { stateId, label: answerText(answer) });
      queue.push(answer.target);
    }
  }
  const paths = new Map<string, PathStep[]>();
  for (const { id, step } of flow.steps.values()) {
    if (!isEnding(step) || !parent.has(id)) continue;
    const path: PathStep[] = [];
    for (let step = parent.get(id); step; step = parent.get(step.stateId)) path.unshift(step);
    paths.set(id, path);
  }
  return paths;
}
