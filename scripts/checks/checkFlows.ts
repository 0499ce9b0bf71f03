import { readFileSync } from 'node:fs';
import path from 'node:path';
import { StateMachine } from 'xstate';
import {
  analyseFlow,
  FlowContractError,
  readFlow,
  type FlowModel,
  type FlowProblem,
} from '../../src/engine';
import { loadDefault } from './loadDefault';

export interface CheckReport {
  flows: FlowModel[];
  problems: FlowProblem[];
}

/** A flow file to check, however it is loaded: `import()` on the command line, a glob at build. */
export interface FlowSource {
  /** The path the author reads in the messages: `flows/x.ts`. */
  file: string;
  load: () => Promise<unknown>;
  /** The file's text, to find the state whose target is missing. */
  text: () => string;
}

const missingChild = /Child state '([^']+)' does not exist on '([^']+)'/;

/** Loads one flow; whatever goes wrong becomes problems naming the file (and the state when known). */
async function loadFlow(
  { file: name, load, text }: FlowSource,
  seen: Map<string, string>,
): Promise<FlowModel | FlowProblem[]> {
  const loaded = await loadDefault(load);
  if ('failed' in loaded) {
    const message = loaded.failed;
    const missing = missingChild.exec(message);
    if (missing?.[1] !== undefined) {
      // TypeScript's parser is heavy: loaded only when a target is missing, not on every build.
      const { locateTarget } = await import('./locateTarget');
      const state = locateTarget(text(), missing[1]);
      const advice = `la cible « ${missing[1]} » n'existe pas. Corrigez le nom dans target, ou ajoutez un état « ${missing[1]} ».`;
      return [
        state === undefined
          ? { file: name, message: advice }
          : { file: name, state, message: advice },
      ];
    }
    return [{ file: name, message: `le fichier ne se charge pas : ${message}` }];
  }
  const { exported } = loaded;
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

/** Every check of `npm run flows:check`, over the given flows. */
export async function checkFlows(sources: readonly FlowSource[]): Promise<CheckReport> {
  const flows: FlowModel[] = [];
  const problems: FlowProblem[] = [];
  const seen = new Map<string, string>();
  for (const source of sources) {
    const loaded = await loadFlow(source, seen);
    if (Array.isArray(loaded)) {
      problems.push(...loaded);
      continue;
    }
    flows.push(loaded);
    problems.push(...analyseFlow(loaded));
  }
  return { flows, problems };
}

/** The same, over flow files named by their path, as `npm run flows:check -- flows/x.ts` does. */
export function checkFlowFiles(root: string, files: readonly string[]): Promise<CheckReport> {
  return checkFlows(
    files.map((file) => ({
      file: path.relative(root, file),
      load: () => import(/* @vite-ignore */ file),
      text: () => readFileSync(file, 'utf8'),
    })),
  );
}
