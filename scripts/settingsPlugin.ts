import type { Plugin } from 'vite';
import { readSettings, settingsFile } from './readSettings.ts';

const virtualId = 'virtual:settings';
const resolvedId = `\0${virtualId}`;

/**
 * `virtual:settings`: the DSIN's deployment settings, checked when the app is built (or served
 * by `npm start`), so a wrong value stops the build with its name instead of reaching people.
 * Read at build time rather than fetched at start: the app needs no request before its first
 * screen, works the same offline, and the Content-Security-Policy can follow the settings.
 */
export function deploymentSettings(): Plugin {
  let root = process.cwd();
  return {
    name: 'deployment-settings',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === virtualId ? resolvedId : undefined;
    },
    load(id) {
      if (id !== resolvedId) return undefined;
      const file = settingsFile(root);
      this.addWatchFile(file);
      return `export default ${JSON.stringify(readSettings(file))};`;
    },
  };
}
