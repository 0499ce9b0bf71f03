import type { FlowStep } from '../flowModel';
import { isEnding } from '../contract/schemas/stepSchema';

/**
 * Fewest answers from each step to an ending (0 on an ending): a breadth-first search
 * backwards from the endings, linear in the number of transitions. Used for the progress indication.
 */
export function distanceToEnd(steps: ReadonlyMap<string, FlowStep>): Map<string, number> {
  const predecessors = new Map<string, string[]>();
  for (const { id, answers } of steps.values()) {
    for (const { target } of answers) {
      const list = predecessors.get(target);
      if (list) list.push(id);
      else predecessors.set(target, [id]);
    }
  }
  const distance = new Map<string, number>();
  const queue: string[] = [];
  for (const { id, step } of steps.values()) {
    if (isEnding(step)) {
      distance.set(id, 0);
      queue.push(id);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] ?? '';
    const next = (distance.get(id) ?? 0) + 1;
    for (const from of predecessors.get(id) ?? []) {
      if (!distance.has(from)) {
        distance.set(from, next);
        queue.push(from);
      }
    }
  }
  return distance;
}
