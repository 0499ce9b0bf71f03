import { catalogEntry } from '../src/engine';
import { checkFlows } from './checkFlows';

/**
 * Every flow of flows/ through the checks of `npm run flows:check`, and the catalogue of the
 * ones that load. The catalogue plugin loads this module in Node: the build and the dev server
 * then report a broken flow with the checker's French message rather than XState's English
 * one. Vite expands the globs, as it does for the app's own list of flows.
 */
const modules = import.meta.glob('/flows/*.ts');
const texts = import.meta.glob<string>('/flows/*.ts', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const { flows, problems } = await checkFlows(
  Object.entries(modules).map(([file, load]) => ({
    file: file.slice(1),
    load,
    text: () => texts[file] ?? '',
  })),
);

/** What `virtual:flow-catalog` holds: only what the home page lists and searches. */
export const catalog = flows.map(catalogEntry);
