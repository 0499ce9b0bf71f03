import type { Plugin } from 'vite';
import { readSettings, settingsFile } from './readSettings.ts';

const virtualIds = ['virtual:settings', 'virtual:matomo'];

/**
 * `virtual:settings`: the DSIN's deployment settings (and `virtual:matomo`, Matomo's or null),
 * checked when the app is built (or served by `npm start`), so a wrong value stops the build
 * with its name instead of reaching people.
 * Read at build time rather than fetched at start: the app needs no request before its first
 * screen, works the same offline, and the Content-Security-Policy can follow the settings.
 */
export function deploymentSettings(): Plugin {
  let root = process.cwd();
  return {
    name: 'deployment-settings',
    // `__MESURE__`: whether the settings give a Matomo server. A constant, so that without one
    // the bundler drops the measurement's code and its lazy chunk: not even the service worker
    // downloads it (src/ui/measure/track.ts).
    config(config) {
      const settings = readSettings(settingsFile(config.root ?? process.cwd()));
      return { define: { __MESURE__: JSON.stringify(settings.matomo !== undefined) } };
    },
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return virtualIds.includes(id) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!virtualIds.some((virtualId) => id === `\0${virtualId}`)) return undefined;
      const file = settingsFile(root);
      this.addWatchFile(file);
      // Matomo's settings apart: only the measurement's lazy chunk imports them.
      const { matomo, ...settings } = readSettings(file);
      return `export default ${JSON.stringify(id === '\0virtual:matomo' ? (matomo ?? null) : settings)};`;
    },
  };
}
