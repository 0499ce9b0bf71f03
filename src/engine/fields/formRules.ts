import type { FieldValues } from '../contract/schemas/fieldSchema';
import type { FormRule } from '../contract/schemas/stepSchema';
import { addToDate } from './calendarDate';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The field a rule compares `field` with. */
function ruleOther(rule: FormRule): string {
  return rule.after ?? rule.notBefore ?? '';
}

function holds(rule: FormRule, value: string, other: string): boolean {
  return rule.after === undefined ? value >= other : value > other;
}

/**
 * A rule broken, by its position in the form's `rules` (the same in the form's English), with
 * the other field's date, for the message (fieldProblem.ts).
 */
export interface RuleProblem {
  code: 'rule';
  index: number;
  /** Whether the rule wants the field strictly after the other (`after`), or not before it. */
  after: boolean;
  /** The other field's name. */
  other: string;
  /** The other field's date, YYYY-MM-DD. */
  date: string;
}

/**
 * The problems the form's rules find in values each valid on their own: at the rule's field, and
 * only when both dates are given (an optional date left empty has nothing to compare).
 */
export function checkRules(
  rules: readonly FormRule[],
  values: FieldValues,
): Record<string, RuleProblem> {
  const problems: Record<string, RuleProblem> = {};
  rules.forEach((rule, index) => {
    const value = values[rule.field] ?? '';
    const other = values[ruleOther(rule)] ?? '';
    if (problems[rule.field] !== undefined || !isoDate.test(value) || !isoDate.test(other)) return;
    if (!holds(rule, value, other))
      problems[rule.field] = {
        code: 'rule',
        index,
        after: rule.after !== undefined,
        other: ruleOther(rule),
        date: other,
      };
  });
  return problems;
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
