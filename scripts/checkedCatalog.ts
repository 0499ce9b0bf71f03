import { catalogEntry, categoryProblems, orderCatalog } from '../src/engine';
import { checkFlows } from './checkFlows';
import { categories } from './flowCategories';

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

const checked = await checkFlows(
  Object.entries(modules).map(([file, load]) => ({
    file: file.slice(1),
    load,
    text: () => texts[file] ?? '',
  })),
);

export const { flows } = checked;

/** The flows' problems, then those of flows/categories.json: an unreadable file blocks as a flow does. */
export const problems = [...checked.problems, ...categoryProblems(categories, flows)];

/**
 * What `virtual:flow-catalog` holds: only what the home page lists and searches, in the order of
 * flows/categories.json.
 */
export const catalog = orderCatalog(
  flows.map(catalogEntry),
  categories.ok ? categories.categories : [],
);
