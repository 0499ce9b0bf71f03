import type { Field } from '../schemas/fieldSchema.ts';
import type { FlowStep } from '../../flowModel.ts';

/**
 * A `fieldEquals` that can never pass is a branch that silently never runs. On a choice, the
 * value must be one of its options' values (the option's label is the usual mistake, which the
 * guide warns about); on a field written by `setField`, one of the values written.
 */
export function checkGuardValues(
  steps: ReadonlyMap<string, FlowStep>,
  fields: ReadonlyMap<string, Field>,
  report: (state: string, message: string) => void,
) {
  const written = new Map<string, string[]>();
  for (const { answers } of steps.values())
    for (const answer of answers)
      for (const { field, value } of answer.sets)
        written.set(field, [...(written.get(field) ?? []), value]);
  for (const { id, answers } of steps.values()) {
    for (const { event, reads, compares } of answers) {
      if (reads === undefined || compares === undefined) continue;
      const problem = mismatch(reads, compares, fields.get(reads), written.get(reads) ?? []);
      if (problem !== undefined) report(id, `${event}: ${problem}`);
    }
  }
}

function mismatch(
  name: string,
  value: string,
  field: Field | undefined,
  written: readonly string[],
): string | undefined {
  // A text or a date can hold any value: only choices and `setField` values are known in advance.
  if (field !== undefined && field.type !== 'choice') return undefined;
  const options = field?.options ?? [];
  const allowed = [...new Set([...options.map((option) => option.value), ...written])];
  // Nothing provides the field at all: checkReferences already says so.
  if (allowed.length === 0 || allowed.includes(value)) return undefined;
  const compared = `la garde compare « ${name} » à « ${value} »`;
  const labelled = options.find((option) => loosely(option.label) === loosely(value));
  if (labelled !== undefined)
    return `${compared} : c’est le label de l’option « ${labelled.value} » ; utilisez sa value « ${labelled.value} ».`;
  return field === undefined
    ? `${compared}, mais aucun setField n’écrit cette valeur dans « ${name} ». Comparez à une valeur écrite (${allowed.join(', ')}) ou corrigez le setField.`
    : `${compared}, qui n’est la value d’aucune option de ce champ. Utilisez une des values : ${allowed.join(', ')}.`;
}

/** A label typed from memory: case, spaces and apostrophes aside. */
function loosely(text: string): string {
  return text.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}
