import {
  analyseFlow,
  checkTranslation,
  FlowContractError,
  type FlowModel,
  type FlowProblem,
} from '../../engine';
import { loadFlow } from '../../catalog/loadFlow';
import { loadTranslation } from '../../catalog/loadTranslation';

/** A flow as the author page shows it: the model when it loads, and everything flows:check says. */
export interface CheckedFlow {
  id: string;
  flow?: FlowModel;
  problems: readonly FlowProblem[];
}

const checked = new Map<string, Promise<CheckedFlow>>();

/**
 * Loads and checks a flow once, and its English (flows/en/); a flow that breaks the contract
 * resolves with its problems.
 */
export function checkedFlow(id: string): Promise<CheckedFlow> {
  const cached = checked.get(id);
  if (cached) return cached;
  const file = `flows/${id}.ts`;
  const loading = loadFlow(id) ?? Promise.reject(new Error(`${file} n’existe pas`));
  const english = loadTranslation(id);
  const result = loading.then(
    async (flow) => ({
      id,
      flow,
      problems: [...analyseFlow(flow), ...checkTranslation(flow, await english)],
    }),
    (error: unknown) => ({
      id,
      problems:
        error instanceof FlowContractError
          ? error.problems
          : [{ file, message: `le fichier ne se charge pas\u202f: ${String(error)}` }],
    }),
  );
  checked.set(id, result);
  return result;
}
