import { approximateChoice, type Field } from '../../../engine';

/** The id of a field's input (or of its first radio, or of a date's Jour box), shared by the label, the error summary and tests. */
export function fieldId(name: string): string {
  return `champ-${name}`;
}

/** The ids of a date's boxes; in an approximate date, the boxes under « À une date précise ». */
export function dateBoxIds(name: string, approximate: boolean) {
  const id = fieldId(name);
  return {
    day: approximate ? `${id}-jour` : id,
    month: `${id}-mois`,
    year: `${id}-annee`,
  };
}

/**
 * Where the error summary's link leads: the field's first input, or, when an approximate date's
 * error is about the date typed under « À une date précise », its Jour box.
 */
export function errorTargetId(field: Field, value: string): string {
  if (field.type === 'date' && field.approximate && approximateChoice(value) === 'exact')
    return dateBoxIds(field.name, true).day;
  return fieldId(field.name);
}
