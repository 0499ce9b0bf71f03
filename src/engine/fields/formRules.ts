import type { Field, FieldValues } from '../contract/fieldSchema';
import type { FormRule } from '../contract/stepSchema';
import { agentLabel } from '../handOff/ticket';
import { addToDate, formatDate } from './calendarDate';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The field a rule compares `field` with. */
function ruleOther(rule: FormRule): string {
  return rule.after ?? rule.notBefore ?? '';
}

function holds(rule: FormRule, value: string, other: string): boolean {
  return rule.after === undefined ? value >= other : value > other;
}

function defaultMessage(rule: FormRule, fields: readonly Field[], other: string): string {
  const label = (name: string) => {
    const field = fields.find((candidate) => candidate.name === name);
    return field ? agentLabel(field) : name;
  };
  const [mine, theirs] = [label(rule.field), label(ruleOther(rule))];
  return rule.after === undefined
    ? `« ${mine} » ne peut pas être avant « ${theirs} » (${formatDate(other)}) : indiquez le même jour ou une date après.`
    : `« ${mine} » doit venir après « ${theirs} » (${formatDate(other)}) : indiquez une date après le ${formatDate(other)}.`;
}

/**
 * The errors the form's rules find in values each valid on their own: at the rule's field, and
 * only when both dates are given (an optional date left empty has nothing to compare).
 */
export function checkRules(
  rules: readonly FormRule[],
  fields: readonly Field[],
  values: FieldValues,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const rule of rules) {
    const value = values[rule.field] ?? '';
    const other = values[ruleOther(rule)] ?? '';
    if (errors[rule.field] !== undefined || !isoDate.test(value) || !isoDate.test(other)) continue;
    if (!holds(rule, value, other))
      errors[rule.field] = rule.message ?? defaultMessage(rule, fields, other);
  }
  return errors;
}

/**
 * Sample values moved so the rules hold: a date that must come after another is set to the day
 * after it, one that may not be before it to the same day. For generated tests and previews.
 */
export function followRules(rules: readonly FormRule[], values: FieldValues): FieldValues {
  const moved = { ...values };
  for (const rule of rules) {
    const value = moved[rule.field] ?? '';
    const other = moved[ruleOther(rule)] ?? '';
    if (!isoDate.test(value) || !isoDate.test(other) || holds(rule, value, other)) continue;
    moved[rule.field] = rule.after === undefined ? other : (addToDate(other, { days: 1 }) ?? value);
  }
  return moved;
}
