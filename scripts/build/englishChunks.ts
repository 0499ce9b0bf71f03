/**
 * The modules only a reader in English loads: the interface's English, the English catalogue and
 * each flow's English (their loader, a few hundred bytes, is precached with the rest). Their chunks are named `en-…` so that the service worker
 * can tell them by URL: they stay out of the precache, which every reader downloads (a French
 * reader would pay for English they never read, and the precache would pass its 200 kB budget),
 * and are cached when an English reader first fetches them (src/ui/i18n/english/keepEnglishOffline.ts).
 */
const englishModules = [
  /\/src\/ui\/i18n\/english\/en\.ts$/,
  /virtual:flow-catalog-en$/,
  /\/flows\/en\/[^/]+\.ts$/,
];

export function isEnglishModule(id: string | null | undefined): boolean {
  return englishModules.some((pattern) => pattern.test(id ?? ''));
}

/** Where an English chunk goes in the build: `assets/en-<name>-<hash>.js`. */
export const englishChunkPrefix = 'assets/en-';

export { englishChunkUrl } from '../../src/ui/i18n/english/englishChunkUrl.ts';
