import { readFileSync } from 'node:fs';
import path from 'node:path';
import { StateMachine } from 'xstate';
import {
  analyseFlow,
  FlowContractError,
  readFlow,
  type FlowModel,
  type FlowProblem,
} from '../src/engine';
import { locateTarget } from './locateTarget';

export interface CheckReport {
  flows: FlowModel[];
  problems: FlowProblem[];
}

const missingChild = /Child state '([^']+)' does not exist on '([^']+)'/;

/** Loads one flow file; whatever goes wrong becomes problems naming the file (and the state when known). */
async function loadFlow(
  root: string,
  file: string,
  seen: Map<string, string>,
): Promise<FlowModel | FlowProblem[]> {
  const name = path.relative(root, file);
  let exported: unknown;
  try {
    const module: unknown = await import(/* @vite-ignore */ file);
    exported =
      typeof module === 'object' && module !== null && 'default' in module
        ? module.default
        : undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const missing = missingChild.exec(message);
    if (missing?.[1] !== undefined) {
      const state = locateTarget(readFileSync(file, 'utf8'), missing[1]);
      const text = `la cible « ${missing[1]} » n'existe pas. Corrigez le nom dans target, ou ajoutez un état « ${missing[1]} ».`;
      return [
        state === undefined ? { file: name, message: text } : { file: name, state, message: text },
      ];
    }
    return [{ file: name, message: `le fichier ne se charge pas : ${message}` }];
  }
  if (!(exported instanceof StateMachine)) {
    return [
      {
        file: name,
        message:
          "l'export par défaut n'est pas une machine. Écrivez export default setup(flowSetup).createMachine({ … }).",
      },
    ];
  }
  // Ids must be unique; say so even when the file has other problems.
  const twin = seen.get(exported.id);
  const duplicate: FlowProblem[] = twin
    ? [
        {
          file: name,
          message: `l'id « ${exported.id} » est déjà celui de ${twin}. Chaque procédure a son propre id : le nom de son fichier.`,
        },
      ]
    : [];
  seen.set(exported.id, name);
  try {
    const flow = readFlow(exported, name);
    return duplicate.length > 0 ? duplicate : flow;
  } catch (error) {
    if (error instanceof FlowContractError) return [...duplicate, ...error.problems];
    throw error;
  }
}

/** Every check of `npm run flows:check`, over the given flow files. */
export async function checkFlowFiles(root: string, files: readonly string[]): Promise<CheckReport> {
  const flows: FlowModel[] = [];
  const problems: FlowProblem[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const loaded = await loadFlow(root, file, seen);
    if (Array.isArray(loaded)) {
      problems.push(...loaded);
      continue;
    }
    flows.push(loaded);
    problems.push(...analyseFlow(loaded));
  }
  return { flows, problems };
}
