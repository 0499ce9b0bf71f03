import * as z from 'zod/mini';
import { describeIssue } from '../contract/describeIssue';
import type { FlowProblem } from '../contract/FlowContractError';
import { textSchema } from '../contract/schemas/fieldSchema';
import type { CatalogEntry } from './catalogEntry';
import { parseJson } from './parseJson';

/**
 * The home page's categories, in the order it shows them: a data file next to the flows, outside
 * `flows/*.ts` (every such file is a flow). The authors keep it; a flow's `meta.category` names
 * one of its entries.
 */
export const categoriesFile = 'flows/categories.json';

const example = '{ "categories": ["Réseau et Wi-Fi", "Office 365 et Teams", "Autre"] }';

const categoriesSchema = z.strictObject({
  categories: z.array(textSchema).check(z.minLength(1)),
});

/** The categories in order, or what is wrong with the file, in French, saying how to fix it. */
export type ReadCategories = { ok: true; categories: string[] } | { ok: false; problems: string[] };

/** Reads the text of `flows/categories.json`; no file means no order (every category unlisted). */
export function readCategories(text: string | undefined): ReadCategories {
  if (text === undefined) return { ok: true, categories: [] };
  const json = parseJson(text, example);
  if (!json.ok) return { ok: false, problems: [json.problem] };
  const parsed = categoriesSchema.safeParse(json.data);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map(
        (issue) => `${describeIssue(issue)}. Le fichier s'écrit ${example}.`,
      ),
    };
  const { categories } = parsed.data;
  const twice = categories.filter((category, index) => categories.indexOf(category) !== index);
  if (twice.length > 0)
    return {
      ok: false,
      problems: [...new Set(twice)].map(
        (category) =>
          `la rubrique « ${category} » figure deux fois. Gardez-la une seule fois, à la place où elle doit apparaître.`,
      ),
    };
  return { ok: true, categories };
}

/**
 * A warning for each flow whose category the file does not list: the flow still shows, after the
 * listed categories, but the author most likely mistyped a category or forgot to place a new one.
 */
export function unlistedCategories(
  flows: readonly { file: string; meta: { category: string } }[],
  categories: readonly string[],
): FlowProblem[] {
  const known = categories.map((category) => `« ${category} »`).join(', ');
  return flows
    .filter((flow) => !categories.includes(flow.meta.category))
    .map((flow) => ({
      file: flow.file,
      severity: 'warning',
      message: `la rubrique « ${flow.meta.category} » n'est pas dans ${categoriesFile} : la page d'accueil la montre après les rubriques de la liste. Reprenez une rubrique de la liste (${known || 'la liste est vide'}) ou ajoutez « ${flow.meta.category} » à ${categoriesFile}, à la place où elle doit apparaître.`,
    }));
}

/** What the checks say of the categories: the file's errors, else the unlisted categories. */
export function categoryProblems(
  read: ReadCategories,
  flows: readonly { file: string; meta: { category: string } }[],
): FlowProblem[] {
  return read.ok
    ? unlistedCategories(flows, read.categories)
    : read.problems.map((message) => ({ file: categoriesFile, message }));
}

const byFrenchTitle = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * The catalogue in the home page's order: by category, in the file's order (categories it does
 * not list come after, alphabetically), then by title within a category. The order never
 * depends on file names, and an author changes it by moving a line of the file.
 */
export function orderCatalog(
  entries: readonly CatalogEntry[],
  categories: readonly string[],
): CatalogEntry[] {
  const rank = (category: string) => {
    const index = categories.indexOf(category);
    return index === -1 ? categories.length : index;
  };
  return [...entries].sort(
    (a, b) =>
      rank(a.category) - rank(b.category) ||
      byFrenchTitle.compare(a.category, b.category) ||
      byFrenchTitle.compare(a.title, b.title),
  );
}
