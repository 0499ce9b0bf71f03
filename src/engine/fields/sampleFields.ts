import type { Field, FieldValues } from '../contract/schemas/fieldSchema';
import type { FlowModel } from '../flowModel';
import { addToDate } from './calendarDate';
import { followRules } from './formRules';
import { validateFields } from './validateFields';

/** Plausible answers tried in turn when a field gives no `example`: the first one it accepts is used. */
const textCandidates = [
  'B12-034',
  'Le poste ne se connecte plus au réseau.',
  'PC-UM-0042',
  'Bâtiment 5',
  '12',
  '04 67 14 30 30',
];

/** A fixed past date, so samples do not depend on the day. */
export const sampleDate = '2026-11-02';

/**
 * Candidates for a date: the fixed past one, else, for a date that may not be past, ten years
 * after `today`: the generated tests fix « today », while the browser they drive runs on the
 * real clock, which must not catch up with the sample.
 */
function dateCandidates(today: string): string[] {
  const later = addToDate(today, { months: 120 });
  return later === undefined ? [sampleDate] : [sampleDate, later];
}

function candidates(field: Field, today: string): readonly string[] {
  if (field.example !== undefined) return [field.example];
  switch (field.type) {
    case 'date':
      return dateCandidates(today);
    case 'choice':
      return field.options.map((option) => option.value);
    case 'email':
      return ['prenom.nom@exemple.fr'];
    case 'tel':
      return ['06 12 34 56 78'];
    default:
      return textCandidates;
  }
}

/**
 * A value the field accepts, for generated tests and previews: its `example`, else a plausible
 * candidate. Undefined when nothing fits: the author should give the field an `example`.
 */
export function sampleValue(field: Field, today: string): string | undefined {
  return candidates(field, today).find(
    (candidate) => validateFields([field], { [field.name]: candidate }, today).ok,
  );
}

/**
 * A value for every field of the flow, to preview any step as if the user had got there; dates
 * moved so that each form's rules hold (an end date not before its start).
 */
export function sampleFields(flow: FlowModel, today: string): FieldValues {
  const values = Object.fromEntries(
    [...flow.fields.values()].map((field) => [field.name, sampleValue(field, today) ?? '']),
  );
  const rules = [...flow.steps.values()].flatMap(({ step }) =>
    step.kind === 'form' ? (step.rules ?? []) : [],
  );
  return followRules(rules, values);
}
