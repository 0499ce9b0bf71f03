import { categoriesFile, readCategories } from '../../src/engine';

// As text, so that a broken file gets the checks' own French messages, not a JSON loader's.
const files = import.meta.glob<string>('/flows/categories.json', {
  eager: true,
  query: '?raw',
  import: 'default',
});

/** flows/categories.json as the build and the tests read it: the home page's categories in order. */
export const categories = readCategories(files[`/${categoriesFile}`]);
