import path from 'node:path';
import { runnerImport, type Plugin } from 'vite';

const virtualId = 'virtual:flow-catalog';
const resolvedId = `\0${virtualId}`;

/**
 * `virtual:flow-catalog`: for every flow in flows/, the part of its root meta the home page uses
 * (`catalogEntry`), read at build time. The home page lists and searches flows from this small
 * index, in its first download; each flow's machine, with its version, is a
 * separate chunk, loaded only when the flow is opened. A flow that breaks the contract
 * fails the build (and shows in the dev overlay) with its file and state named.
 */
export function flowCatalog(): Plugin {
  let root = process.cwd();
  return {
    name: 'flow-catalog',
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      const flowsDir = path.join(root, 'flows');
      const refresh = (file: string) => {
        if (!file.startsWith(flowsDir)) return;
        const module = server.moduleGraph.getModuleById(resolvedId);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      };
      for (const event of ['add', 'unlink', 'change'] as const) server.watcher.on(event, refresh);
    },
    resolveId(id) {
      return id === virtualId ? resolvedId : undefined;
    },
    async load(id) {
      if (id !== resolvedId) return undefined;
      // A module runner loads the TypeScript flows in Node, the same way the tests do.
      const { module, dependencies } = await runnerImport<{ catalog: unknown }>(
        path.join(root, 'scripts/allFlows.ts'),
        { configFile: false, root, logLevel: 'silent' },
      );
      for (const file of dependencies) this.addWatchFile(path.resolve(root, file));
      return `export default ${JSON.stringify(module.catalog)};`;
    },
  };
}
