import type { FlowModel } from '../flowModel';

/** Fields as bits: a path's fields are one bigint, so union and intersection are one operation. */
export interface FieldBits {
  bit: (name: string) => bigint;
  /** Fields that some path from the start collects before reaching the state. */
  may: ReadonlyMap<string, bigint>;
  /** Required fields that every path from the start collects before reaching the state. */
  must: ReadonlyMap<string, bigint>;
}

/**
 * A forward data-flow analysis over the flow's graph, run to a fixed point with a worklist:
 * what reaches a state is what its predecessors had plus what their answers collect
 * (a form's fields on `SUBMIT`, `setField` on any answer). Each state is revisited only when
 * what reaches it grows (may) or shrinks (must), so the cost stays close to linear.
 */
export function fieldsReaching(flow: FlowModel, reachable: ReadonlySet<string>): FieldBits {
  const bits = new Map<string, bigint>();
  const bit = (name: string) => {
    let value = bits.get(name);
    if (value === undefined) {
      value = 1n << BigInt(bits.size);
      bits.set(name, value);
    }
    return value;
  };
  const gen = new Map<string, { may: bigint; must: bigint }[]>();
  for (const id of reachable) {
    const { step, answers } = flow.steps.get(id) ?? { answers: [] };
    const formFields = step?.kind === 'form' ? step.fields : [];
    const formMay = formFields.reduce((all, field) => all | bit(field.name), 0n);
    const formMust = formFields.reduce(
      (all, field) => (field.required ? all | bit(field.name) : all),
      0n,
    );
    gen.set(
      id,
      answers.map((answer) => {
        const set = answer.sets.reduce((all, { field }) => all | bit(field), 0n);
        return { may: formMay | set, must: formMust | set };
      }),
    );
  }

  const may = new Map<string, bigint>([[flow.initial, 0n]]);
  const must = new Map<string, bigint>([[flow.initial, 0n]]);
  const queue = [flow.initial];
  const queued = new Set(queue);
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] ?? '';
    queued.delete(id);
    const answers = flow.steps.get(id)?.answers ?? [];
    answers.forEach((answer, position) => {
      const produced = gen.get(id)?.[position] ?? { may: 0n, must: 0n };
      const nextMay = (may.get(id) ?? 0n) | produced.may;
      const nextMust = (must.get(id) ?? 0n) | produced.must;
      const oldMay = may.get(answer.target);
      const oldMust = must.get(answer.target);
      const newMay = oldMay === undefined ? nextMay : oldMay | nextMay;
      const newMust = oldMust === undefined ? nextMust : oldMust & nextMust;
      if (newMay !== oldMay || newMust !== oldMust) {
        may.set(answer.target, newMay);
        must.set(answer.target, answer.target === flow.initial ? 0n : newMust);
        if (!queued.has(answer.target)) {
          queued.add(answer.target);
          queue.push(answer.target);
        }
      }
    });
  }
  return { bit, may, must };
}
