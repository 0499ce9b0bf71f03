import type { AnyStateMachine } from 'xstate';
import {
  catalogEntry,
  categoriesFile,
  orderCatalog,
  readCategories,
  readFlow,
  type FlowModel,
} from '../src/engine';

/**
 * Every flow in flows/, checked against the contract. Vite expands the glob, so adding a file
 * adds the flow to the catalogue, the checks and the generic tests, with nothing else to edit.
 */
const modules = import.meta.glob<AnyStateMachine>('/flows/*.ts', {
  eager: true,
  import: 'default',
});

export const allFlows: FlowModel[] = Object.entries(modules).map(([file, machine]) =>
  readFlow(machine, file.slice(1)),
);

// The categories' order, as text: the checks' own French messages, not a JSON loader's.
const categoryFiles = import.meta.glob<string>('/flows/categories.json', {
  eager: true,
  query: '?raw',
  import: 'default',
});
const categories = readCategories(categoryFiles[`/${categoriesFile}`]);
if (!categories.ok)
  throw new Error(categories.problems.map((problem) => `${categoriesFile}: ${problem}`).join('\n'));

/** What `virtual:flow-catalog` holds: only what the home page lists and searches, in its order. */
export const catalog = orderCatalog(allFlows.map(catalogEntry), categories.categories);
