import * as z from 'zod/mini';
import type { Field, FieldValues } from '../contract/fieldSchema';

/** Longest value accepted when a field sets no limit: enough for any real answer, bounded for the ticket. */
export const defaultMaxLength = { text: 200, textarea: 2000 } as const;

/** Field name → the French message shown at that field. */
export type FieldErrors = Record<string, string>;

export type ValidationResult =
  { ok: true; values: FieldValues } | { ok: false; errors: FieldErrors };

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2026-11-25` → `25/11/2026`, the way dates are written in France. */
export function formatDate(value: string): string {
  const match = isoDate.exec(value);
  return match ? `${match[3] ?? ''}/${match[2] ?? ''}/${match[1] ?? ''}` : value;
}

function isRealDate(value: string): boolean {
  const match = isoDate.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function requiredMessage(field: Field): string {
  if (field.requiredMessage) return field.requiredMessage;
  return field.type === 'choice'
    ? `Choisissez une réponse : « ${field.label} ».`
    : `Renseignez « ${field.label} ».`;
}

/** The checks a non-empty value must pass, built from the flow's data, every message in French. */
function valueChecks(field: Field, today: string): z.core.$ZodCheck<string>[] {
  switch (field.type) {
    case 'text':
    case 'textarea': {
      const max = field.maxLength ?? defaultMaxLength[field.type];
      const tooLong = z.maxLength(
        max,
        `Ce champ est limité à ${String(max)} caractères : raccourcissez-le.`,
      );
      const pattern = field.type === 'text' ? field.pattern : undefined;
      return pattern
        ? [tooLong, z.regex(new RegExp(pattern.regex, 'u'), pattern.message)]
        : [tooLong];
    }
    case 'date':
      return [
        z.refine(isRealDate, 'Saisissez une date valide, par exemple 25/11/2026.'),
        z.refine(
          (value) => !field.notAfterToday || !isRealDate(value) || value <= today,
          'Cette date est dans le futur : indiquez une date passée ou celle du jour.',
        ),
      ];
    case 'choice':
      return [
        z.refine(
          (value) => field.options.some((option) => option.value === value),
          'Choisissez une des réponses proposées.',
        ),
      ];
  }
}

function valueSchema(field: Field, today: string) {
  return z.string().check(z.minLength(1, requiredMessage(field)), ...valueChecks(field, today));
}

/**
 * Checks what the user typed in a form. Text is trimmed first, so "  " counts as empty.
 * `today` (YYYY-MM-DD) is passed in, so the result does not depend on the clock.
 */
export function validateFields(
  fields: readonly Field[],
  input: FieldValues,
  today: string,
): ValidationResult {
  const values: FieldValues = {};
  const errors: FieldErrors = {};
  for (const field of fields) {
    // A lone surrogate (half an emoji, from a paste) cannot be percent-encoded for the e-mail:
    // it becomes the replacement character.
    const raw = (input[field.name] ?? '').replace(loneSurrogate, '\ufffd');
    // A single-line value has no line breaks to carry into a ticket title or an e-mail subject.
    const value = (field.type === 'text' ? raw.replace(/\s+/g, ' ') : raw).trim();
    // An empty optional field is fine; a filled one passes the same checks as a required one.
    if (value === '' && !field.required) {
      values[field.name] = '';
      continue;
    }
    const result = valueSchema(field, today).safeParse(value);
    if (result.success) values[field.name] = value;
    else errors[field.name] = result.error.issues[0]?.message ?? 'Valeur invalide.';
  }
  return Object.keys(errors).length === 0 ? { ok: true, values } : { ok: false, errors };
}
