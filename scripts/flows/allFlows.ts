import type { AnyStateMachine } from 'xstate';
import {
  catalogEntry,
  categoriesFile,
  orderCatalog,
  readFlow,
  type FlowModel,
} from '../../src/engine';
import { categories } from '../checks/flowCategories';

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

if (!categories.ok)
  throw new Error(categories.problems.map((problem) => `${categoriesFile}: ${problem}`).join('\n'));

/** The catalogue as the home page has it (see checkedCatalog): for the tests of the search. */
export const catalog = orderCatalog(allFlows.map(catalogEntry), categories.categories);
