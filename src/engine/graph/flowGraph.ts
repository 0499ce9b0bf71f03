import type { FlowStep } from '../flowModel';

/** States reachable from `from` by answers: a breadth-first search, linear in the transitions. */
export function reachableFrom(steps: ReadonlyMap<string, FlowStep>, from: string): Set<string> {
  const seen = new Set([from]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    for (const { target } of steps.get(queue[head] ?? '')?.answers ?? []) {
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return seen;
}

/**
 * Strongly connected components of the subgraph made of `nodes` (Tarjan's algorithm, iterative
 * so that a 10,000-step flow cannot overflow the stack). Linear in states and transitions.
 */
export function stronglyConnected(
  steps: ReadonlyMap<string, FlowStep>,
  nodes: ReadonlySet<string>,
): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  const successors = (id: string) =>
    (steps.get(id)?.answers ?? [])
      .map((answer) => answer.target)
      .filter((target) => nodes.has(target));

  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: { id: string; next: string[]; position: number }[] = [];
    const enter = (id: string) => {
      index.set(id, counter);
      low.set(id, counter);
      counter++;
      stack.push(id);
      onStack.add(id);
      work.push({ id, next: successors(id), position: 0 });
    };
    enter(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (!frame) break;
      const target = frame.next[frame.position++];
      if (target !== undefined) {
        if (!index.has(target)) enter(target);
        else if (onStack.has(target)) {
          low.set(frame.id, Math.min(low.get(frame.id) ?? 0, index.get(target) ?? 0));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id) ?? 0, low.get(frame.id) ?? 0));
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: string[] = [];
        let member: string | undefined;
        do {
          member = stack.pop();
          if (member !== undefined) {
            onStack.delete(member);
            component.push(member);
          }
        } while (member !== undefined && member !== frame.id);
        components.push(component.reverse());
      }
    }
  }
  return components;
}
