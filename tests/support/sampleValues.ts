import { sampleValue as engineSample, type Field, type FieldValues } from '../../src/engine';
import { today } from './allFlows';

function sampleValue(field: Field): string {
  const value = engineSample(field, today);
  if (value === undefined) {
    throw new Error(`no sample value fits field "${field.name}": give it a valid \`example\``);
  }
  return value;
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
