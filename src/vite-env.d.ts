/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

/** Built by scripts/flowCatalogPlugin.ts; typed unknown so the app parses it like any outside data. */
declare module 'virtual:flow-catalog' {
  const entries: unknown;
  export default entries;
}

/** Built by scripts/settingsPlugin.ts from deploiement.json; parsed by src/settings/settings.ts. */
declare module 'virtual:settings' {
  const settings: unknown;
  export default settings;
}

/** Built by the same plugin: Matomo's settings, or null; parsed by the measurement's chunk. */
declare module 'virtual:matomo' {
  const matomo: unknown;
  export default matomo;
}

/** Whether the deployment settings give a Matomo server (scripts/settingsPlugin.ts). */
declare const __MESURE__: boolean;
