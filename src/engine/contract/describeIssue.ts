import type * as z from 'zod/mini';

const expectedNames: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  int: 'un nombre entier',
  boolean: 'true ou false',
  array: 'une liste',
  object: 'un objet',
  record: 'un objet',
};

/**
 * One zod issue in plain French, for the DSIN authors who read `flows:check`.
 * zod/mini ships no messages (that keeps the bundle small), so they are written here.
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? `${issue.path.join('.')} : ` : '';
  return where + describeProblem(issue);
}

/**
 * The same, located under `root` (« meta »): `meta.title : manquant…`, and `meta : propriété inconnue…`
 * when the issue is about `root` itself (an issue with an empty path).
 */
export function describeIssueAt(root: string, issue: z.core.$ZodIssue): string {
  return `${[root, ...issue.path.map(String)].join('.')} : ${describeProblem(issue)}`;
}

function describeProblem(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `manquant (${expectedNames[issue.expected] ?? issue.expected} attendu)`
        : `${expectedNames[issue.expected] ?? issue.expected} attendu`;
    case 'too_small':
      return issue.origin === 'array'
        ? `il faut au moins ${String(issue.minimum)} élément(s)`
        : issue.origin === 'string'
          ? 'ne doit pas être vide'
          : `doit valoir au moins ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `il faut au plus ${String(issue.maximum)} élément(s)`
        : issue.origin === 'string'
          ? `${String(issue.maximum)} caractères au plus`
          : `doit valoir au plus ${String(issue.maximum)}`;
    case 'unrecognized_keys':
      return `propriété inconnue : ${issue.keys.join(', ')} (faute de frappe ?)`;
    case 'invalid_union':
      return 'options' in issue && issue.options !== undefined
        ? `valeur inconnue ; valeurs possibles : ${issue.options.map(String).join(', ')}`
        : 'ne correspond à aucune forme permise';
    case 'invalid_value':
      return `valeurs possibles : ${issue.values.map(String).join(', ')}`;
    default:
      return issue.message === 'Invalid input' ? 'valeur invalide' : issue.message;
  }
}
