/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

/**
 * Built by scripts/build/flowCatalogPlugin.ts from the flows, which the build checks (flows:check's
 * contract, zod), and parsed by `catalogSchema` before it is written: what the app receives is
 * the build's own checked output, not outside data, so the home page's download carries no zod
 * to parse it again (zod checks the browser's storage and the links, in the chunks that read them).
 */
declare module 'virtual:flow-catalog' {
  const entries: readonly import('./engine/catalog/catalogEntry').CatalogEntry[];
  export default entries;
}

/**
 * Built by the same plugin from flows/en/ (checked by flows:check's translation checks, zod),
 * parsed by `englishCatalogSchema` before it is written, for the same reason. Its own chunk.
 */
declare module 'virtual:flow-catalog-en' {
  const catalog: import('./engine/catalog/englishCatalogSchema').EnglishCatalog;
  export default catalog;
}

/** Built by scripts/build/settingsPlugin.ts from deploiement.json, parsed by `settingsSchema` at build time (scripts/build/readSettings.ts). */
declare module 'virtual:settings' {
  const settings: import('./settings/settingsSchema').Settings;
  export default settings;
}

/** Built by the same plugin: Matomo's settings, or null; parsed by the measurement's chunk. */
declare module 'virtual:matomo' {
  const matomo: unknown;
  export default matomo;
}

/** Whether the deployment settings give a Matomo server (scripts/build/settingsPlugin.ts). */
declare const __MESURE__: boolean;
