import type { DateField, Field, FieldValues, TextField } from '../contract/schemas/fieldSchema';
import type { FormRule } from '../contract/schemas/stepSchema';
import { datedAnswer } from './approximateDate';
import { readEmail, readPhone, type Reading } from './contactFields';
import { readDate } from './dateInput';
import { problemMessage, type FieldProblem, type FieldProblems } from './fieldProblem';
import { checkRules } from './formRules';
import { frenchFieldMessages } from './frenchFieldMessages';

/** Longest value accepted when a field sets no limit: enough for any real answer, bounded for the ticket. */
export const defaultMaxLength = { text: 200, textarea: 2000 } as const;

/** Field name → the French message shown at that field. */
export type FieldErrors = Record<string, string>;

export type ValidationResult =
  { ok: true; values: FieldValues } | { ok: false; errors: FieldErrors };

/** As {@link ValidationResult}, with what is wrong as codes, for words in any language. */
export type FieldCheck = { ok: true; values: FieldValues } | { ok: false; problems: FieldProblems };

/** What else a form checks, beyond each field on its own. */
export interface FormChecks {
  rules?: readonly FormRule[];
  /**
   * Values replayed from a saved session or an agent's link, checked when they were typed:
   * a start date « not in the past » then may be past now, and stays accepted.
   */
  replayed?: boolean;
}

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

type Read = Reading<FieldProblem>;

/** A value as it is checked: a single line has no line breaks to carry into a ticket's subject. */
function cleaned(field: Field, raw: string): string {
  const oneLine = field.type === 'text' || field.type === 'tel' || field.type === 'email';
  return (oneLine ? raw.replace(/\s+/g, ' ') : raw).trim();
}

function readText(field: TextField | Extract<Field, { type: 'textarea' }>, value: string): Read {
  const max = field.maxLength ?? defaultMaxLength[field.type];
  if (value.length > max) return { ok: false, problem: { code: 'tooLong', max } };
  const pattern = field.type === 'text' ? field.pattern : undefined;
  if (pattern && !new RegExp(pattern.regex, pattern.ignoreCase ? 'iu' : 'u').test(value))
    return { ok: false, problem: { code: 'pattern', message: pattern.message } };
  return { ok: true, value };
}

/** A date field's value: the typed boxes or a saved date, or an approximate answer. */
function readDateField(
  field: DateField,
  value: string,
  today: string,
  replayed: boolean,
): Read | 'empty' {
  const answer = field.approximate ? datedAnswer(value, today) : undefined;
  if (answer !== undefined) return { ok: true, value: answer };
  const reading = readDate(value, today);
  if (reading.kind === 'empty') return 'empty';
  if (reading.kind === 'problem') return { ok: false, problem: reading.problem };
  const { iso } = reading;
  // An approximate date answers « since when? »: it is never in the future.
  if ((field.notAfterToday || field.approximate) && iso > today)
    return { ok: false, problem: { code: 'future' } };
  if (field.notBeforeToday && !replayed && iso < today)
    return { ok: false, problem: { code: 'past' } };
  return { ok: true, value: iso };
}

function readValue(field: Field, value: string, today: string, replayed: boolean): Read | 'empty' {
  switch (field.type) {
    case 'text':
    case 'textarea':
      return readText(field, value);
    case 'email':
      return readEmail(value);
    case 'tel':
      return readPhone(field, value);
    case 'date':
      return readDateField(field, value, today, replayed);
    case 'choice':
      return field.options.some((option) => option.value === value)
        ? { ok: true, value }
        : { ok: false, problem: { code: 'choice' } };
  }
}

/**
 * Checks what the user typed in a form, field by field, then the form's rules between fields.
 * Text is trimmed first, so "  " counts as empty; what is saved is written one way (a date as
 * YYYY-MM-DD, a phone number in pairs), and checking it again gives it back unchanged.
 * `today` (YYYY-MM-DD) is passed in, so the result does not depend on the clock.
 */
export function checkFields(
  fields: readonly Field[],
  input: FieldValues,
  today: string,
  checks: FormChecks = {},
): FieldCheck {
  const values: FieldValues = {};
  const errors: FieldProblems = {};
  for (const field of fields) {
    // A lone surrogate (half an emoji, from a paste) cannot be percent-encoded for the e-mail:
    // it becomes the replacement character.
    const value = cleaned(field, (input[field.name] ?? '').replace(loneSurrogate, '\ufffd'));
    const reading =
      value === '' ? 'empty' : readValue(field, value, today, checks.replayed ?? false);
    // An empty optional field is fine; a filled one passes the same checks as a required one.
    if (reading === 'empty') {
      if (field.required) errors[field.name] = { code: 'required' };
      else values[field.name] = '';
    } else if (reading.ok) values[field.name] = reading.value;
    else errors[field.name] = reading.problem;
  }
  // Rules compare only values valid on their own: a field with an error keeps its own message.
  Object.assign(errors, checkRules(checks.rules ?? [], values));
  return Object.keys(errors).length === 0 ? { ok: true, values } : { ok: false, problems: errors };
}

/** {@link checkFields}, with the problems in the engine's French words (the checker, the tests). */
export function validateFields(
  fields: readonly Field[],
  input: FieldValues,
  today: string,
  checks: FormChecks = {},
): ValidationResult {
  const result = checkFields(fields, input, today, checks);
  if (result.ok) return result;
  const form = { fields, rules: checks.rules };
  const errors: FieldErrors = {};
  for (const field of fields) {
    const problem = result.problems[field.name];
    if (problem) errors[field.name] = problemMessage(problem, field, form, frenchFieldMessages);
  }
  return { ok: false, errors };
}
