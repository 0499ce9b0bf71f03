import path from 'node:path';
import { inspect } from 'node:util';
import { runnerImport, type Logger, type Plugin } from 'vite';
import { catalogSchema } from '../../src/engine/catalog/catalogEntry.ts';
import { englishCatalogSchema } from '../../src/engine/catalog/englishCatalogSchema.ts';
import { formatProblem, type FlowProblem } from '../../src/engine/contract/FlowContractError.ts';
import type * as CheckedCatalog from '../checks/checkedCatalog.ts';
import { forTerminal } from '../shared/forTerminal.ts';

const virtualId = 'virtual:flow-catalog';
const resolvedId = `\0${virtualId}`;
const englishId = 'virtual:flow-catalog-en';
const resolvedEnglishId = `\0${englishId}`;

interface Checked {
  catalog: unknown;
  englishCatalog: unknown;
  problems: readonly FlowProblem[];
  /** Flows that load: the others are the ones whose problems block. */
  readable: ReadonlySet<string>;
  dependencies: readonly string[];
}

/** Every flow through the checks of flows:check, in a module runner: the way the tests load them. */
async function checkCatalog(root: string): Promise<Checked> {
  const { module, dependencies } = await runnerImport<typeof CheckedCatalog>(
    path.join(import.meta.dirname, '../checks/checkedCatalog.ts'),
    { configFile: false, root, logLevel: 'silent' },
  );
  return {
    catalog: module.catalog,
    englishCatalog: module.englishCatalog,
    problems: module.problems,
    readable: new Set(module.flows.map((flow) => flow.file)),
    dependencies,
  };
}

const isError = (problem: FlowProblem) => problem.severity !== 'warning';

/** The checker's lines, as flows:check prints them, colour codes kept only for a terminal. */
function lines(problems: readonly FlowProblem[]): string {
  return forTerminal(problems.map(formatProblem).join('\n'), process.stderr);
}

/**
 * Broken flows, said with the checker's lines alone. A stack trace under them would only point
 * into Vite: the build prints its error with `util.inspect`, the dev server and its overlay
 * print the stack when there is one.
 */
class FlowsRejectedError extends Error {
  constructor(message: string) {
    super(message);
    this.stack = '';
  }

  [inspect.custom]() {
    return this.message;
  }
}

/**
 * `virtual:flow-catalog`: for every flow in flows/, the part of its root meta the home page uses
 * (`catalogEntry`), read at build time. The home page lists and searches flows from this small
 * index, in its first download; each flow's machine, with its version, is a
 * separate chunk, loaded only when the flow is opened. `virtual:flow-catalog-en`: the same in
 * English, from flows/en/ (`englishEntry`, and the categories' names), a chunk loaded only
 * when someone reads in English.
 *
 * The flows go through the checks of flows:check first. `npm run build` stops before bundling
 * anything on any error flows:check reports, with its French lines. `npm start` shows a flow
 * that does not load in the overlay and the terminal, the same lines; its other problems are
 * printed in the terminal and on the author pages, without stopping the app.
 */
export function flowCatalog(): Plugin {
  let root = process.cwd();
  let logger: Logger | undefined;
  let built: Checked | undefined;
  return {
    name: 'flow-catalog',
    async configResolved(config) {
      root = config.root;
      logger = config.logger;
      if (config.command !== 'build') return;
      const checked = await checkCatalog(root);
      const errors = checked.problems.filter(isError);
      if (errors.length > 0) {
        const count = errors.length > 1 ? `${String(errors.length)} erreurs` : 'une erreur';
        throw new FlowsRejectedError(
          `${lines(errors)}\nBuild arrêté : ${count} dans les procédures, que npm run flows:check liste aussi. Corrigez, puis relancez le build.`,
        );
      }
      if (checked.problems.length > 0) config.logger.warn(lines(checked.problems));
      built = checked;
    },
    configureServer(server) {
      const flowsDir = path.join(root, 'flows');
      const refresh = (file: string) => {
        if (!file.startsWith(flowsDir)) return;
        for (const id of [resolvedId, resolvedEnglishId]) {
          const module = server.moduleGraph.getModuleById(id);
          if (module) server.moduleGraph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      };
      for (const event of ['add', 'unlink', 'change'] as const) server.watcher.on(event, refresh);
    },
    resolveId(id) {
      if (id === virtualId) return resolvedId;
      return id === englishId ? resolvedEnglishId : undefined;
    },
    async load(id) {
      if (id === resolvedEnglishId) {
        const { englishCatalog, dependencies } = built ?? (await checkCatalog(root));
        for (const file of dependencies) this.addWatchFile(path.resolve(root, file));
        return `export default ${JSON.stringify(englishCatalogSchema.parse(englishCatalog))};`;
      }
      if (id !== resolvedId) return undefined;
      const { catalog, problems, readable, dependencies } = built ?? (await checkCatalog(root));
      for (const file of dependencies) this.addWatchFile(path.resolve(root, file));
      // Errors in a file that is not a loaded flow: a flow that does not load, an unreadable
      // categories file or translation. A warning never stops the app.
      const blocking = problems.filter(
        (problem) => isError(problem) && !readable.has(problem.file),
      );
      if (blocking.length > 0) {
        this.error(
          new FlowsRejectedError(
            `${lines(blocking)}\nUn fichier de flows/ ne se charge pas (procédure, traduction ou catégories) : corrigez-le, l'application se recharge seule.`,
          ),
        );
      }
      // The dev server says what flows:check would, without stopping the app for it: the flows'
      // problems and the warnings of files that are not flows (flows/en/, the categories).
      if (!built && problems.length > 0) logger?.warn(lines(problems));
      // Checked here, once, rather than again in every browser (see src/vite-env.d.ts).
      return `export default ${JSON.stringify(catalogSchema.parse(catalog))};`;
    },
  };
}
