import {
  catalogEntry,
  categoryNamesFile,
  categoryProblems,
  englishEntry,
  orderCatalog,
  readCategoryNames,
  typesetEnglish,
  type EnglishCatalog,
} from '../../src/engine';
import { checkFlows } from './checkFlows';
import { categoriesToName, checkTranslations } from './checkTranslations';
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

const english = await checkTranslations(
  Object.entries(import.meta.glob('/flows/en/*.ts')).map(([file, load]) => ({
    file: file.slice(1),
    load,
  })),
  flows,
  new Set(Object.keys(modules).map((file) => file.replace(/^.*\//, '').replace(/\.ts$/, ''))),
);
const categoryNames = readCategoryNames(
  import.meta.glob<string>('/flows/en/categories.json', {
    query: '?raw',
    import: 'default',
    eager: true,
  })[`/${categoryNamesFile}`],
  categoriesToName(categories.ok ? categories.categories : [], flows),
);

/**
 * The flows' problems, then those of flows/categories.json (an unreadable file blocks as a flow
 * does), then those of flows/en/.
 */
export const problems = [
  ...checked.problems,
  ...categoryProblems(categories, flows),
  ...english.problems,
  ...categoryNames.problems,
];

/**
 * What `virtual:flow-catalog` holds: only what the home page lists and searches, in the order of
 * flows/categories.json.
 */
export const catalog = orderCatalog(
  flows.map(catalogEntry),
  categories.ok ? categories.categories : [],
);

/** What `virtual:flow-catalog-en` holds: the English of what the home page lists and searches. */
export const englishCatalog: EnglishCatalog = {
  categories: Object.fromEntries(
    Object.entries(categoryNames.names).map(([french, name]) => [french, typesetEnglish(name)]),
  ),
  flows: Object.fromEntries(
    flows.flatMap((flow) => {
      const entry = englishEntry(flow, english.translations.get(flow.id));
      return entry ? [[flow.id, entry]] : [];
    }),
  ),
};
