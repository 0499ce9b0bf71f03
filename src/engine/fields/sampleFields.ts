import type { Field, FieldValues } from '../contract/fieldSchema';
import type { FlowModel } from '../flowModel';
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
 * A value the field accepts, for generated tests and previews: its `example`, else a plausible
 * candidate. Undefined when nothing fits: the author should give the field an `example`.
 */
export function sampleValue(field: Field, today: string): string | undefined {
  if (field.type === 'date') return field.example ?? sampleDate;
  if (field.type === 'choice') return field.options[0]?.value;
  const candidates = field.example === undefined ? textCandidates : [field.example];
  return candidates.find(
    (candidate) => validateFields([field], { [field.name]: candidate }, today).ok,
  );
}

/** A value for every field of the flow, to preview any step as if the user had got there. */
export function sampleFields(flow: FlowModel, today: string): FieldValues {
  return Object.fromEntries(
    [...flow.fields.values()].map((field) => [field.name, sampleValue(field, today) ?? '']),
  );
}
