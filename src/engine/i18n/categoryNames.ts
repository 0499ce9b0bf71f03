import * as z from 'zod/mini';
import { describeIssue } from '../contract/describeIssue';
import type { FlowProblem } from '../contract/FlowContractError';
import { textSchema } from '../contract/schemas/fieldSchema';
import { parseJson } from '../catalog/parseJson';

/** The categories' English: French name, as in flows/categories.json, → English. */
export const categoryNamesFile = 'flows/en/categories.json';

const example = '{ "Réseau et Wi-Fi": "Network and Wi-Fi", "Autre": "Other" }';

const categoryNamesSchema = z.record(textSchema, textSchema);

/**
 * What `flows:check` and the build say of flows/en/categories.json: an error when it cannot be
 * read, a warning for each category of `categories` without English (the home page shows it in
 * French to an English reader) and for each name that is no longer a category. No file: no
 * English at all, one warning.
 */
export function readCategoryNames(
  text: string | undefined,
  categories: readonly string[],
): { names: Record<string, string>; problems: FlowProblem[] } {
  const file = categoryNamesFile;
  const warning = (message: string): FlowProblem => ({ file, severity: 'warning', message });
  if (text === undefined)
    return {
      names: {},
      problems: [
        warning(
          `pas d’anglais pour les rubriques : en anglais, la page d’accueil les montre en français. Créez ce fichier, par exemple ${example}.`,
        ),
      ],
    };
  const json = parseJson(text, example);
  if (!json.ok) return { names: {}, problems: [{ file, message: json.problem }] };
  const parsed = categoryNamesSchema.safeParse(json.data);
  if (!parsed.success)
    return {
      names: {},
      problems: parsed.error.issues.map((issue) => ({
        file,
        message: `${describeIssue(issue)}. Le fichier s’écrit ${example}.`,
      })),
    };
  const names = parsed.data;
  return {
    names,
    problems: [
      ...categories
        .filter((category) => !Object.hasOwn(names, category))
        .map((category) =>
          warning(
            `pas d’anglais pour la rubrique « ${category} » : ajoutez "${category}": "…" à ce fichier.`,
          ),
        ),
      ...Object.keys(names)
        .filter((name) => !categories.includes(name))
        .map((name) =>
          warning(
            `« ${name} » n’est plus une rubrique de flows/categories.json : le français a changé depuis la traduction. Reprenez le nom exact de la rubrique, ou retirez cette ligne.`,
          ),
        ),
    ],
  };
}
