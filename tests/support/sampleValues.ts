import {
  followRules,
  sampleValue as engineSample,
  type Field,
  type FieldValues,
  type FormStep,
} from '../../src/engine';
import { today } from './allFlows';

/**
 * A field no sample fits is an error of flows:check, which names it in French
 * (tests/flows/flowsCheck.test.ts fails with it). Left empty here, it fails only the walks
 * through that form, instead of throwing while the tests are collected and failing every flow.
 */
function sampleValue(field: Field): string {
  return engineSample(field, today) ?? '';
}

/**
 * Valid submissions for a form: one with a value in every field, one with only the required
 * ones, and one per option of each choice field, so guards that branch on a choice are covered.
 * Dates are moved so the form's rules hold.
 */
export function sampleSubmissions({ fields, rules = [] }: FormStep): FieldValues[] {
  const full = Object.fromEntries(fields.map((field) => [field.name, sampleValue(field)]));
  const minimal = Object.fromEntries(
    fields.map((field) => [field.name, field.required ? sampleValue(field) : '']),
  );
  const choices = fields.flatMap((field) =>
    field.type === 'choice'
      ? field.options.slice(1).map((option) => ({ ...full, [field.name]: option.value }))
      : [],
  );
  return [full, minimal, ...choices].map((values) => followRules(rules, values));
}
