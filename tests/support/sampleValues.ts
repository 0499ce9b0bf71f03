import { validateFields, type Field, type FieldValues } from '../../src/engine';
import { today } from './allFlows';

/** Plausible answers tried in turn: the first one a text field accepts is used. */
const textCandidates = [
  'B12-034',
  'Le poste ne se connecte plus au réseau.',
  'PC-UM-0042',
  'Bâtiment 5',
  '12',
  '04 67 14 30 30',
];

function sampleValue(field: Field): string {
  if (field.type === 'date') return '2026-11-02';
  if (field.type === 'choice') return field.options[0]?.value ?? '';
  const accepted = textCandidates.find(
    (candidate) => validateFields([field], { [field.name]: candidate }, today).ok,
  );
  if (accepted === undefined) throw new Error(`no sample value fits field "${field.name}"`);
  return accepted;
}

/**
 * Valid submissions for a form: one with a value in every field, one with only the required
 * ones, and one per option of each choice field, so guards that branch on a choice are covered.
 */
export function sampleSubmissions(fields: readonly Field[]): FieldValues[] {
  const full = Object.fromEntries(fields.map((field) => [field.name, sampleValue(field)]));
  const minimal = Object.fromEntries(
    fields.map((field) => [field.name, field.required ? sampleValue(field) : '']),
  );
  const choices = fields.flatMap((field) =>
    field.type === 'choice'
      ? field.options.slice(1).map((option) => ({ ...full, [field.name]: option.value }))
      : [],
  );
  return [full, minimal, ...choices];
}
