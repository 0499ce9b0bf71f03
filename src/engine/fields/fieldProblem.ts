import type { Field } from '../contract/schemas/fieldSchema';
import type { FormRule } from '../contract/schemas/stepSchema';
import type { ApproximateWords } from './approximateDate';
import { formatDate } from './calendarDate';
import type { ContactProblem } from './contactFields';
import type { DatePart, DateProblem } from './dateInput';
import type { RuleProblem } from './formRules';

/**
 * What is wrong with a value, as a code and its details rather than a sentence. The session
 * keeps these; the words come at display, from a {@link FieldMessages} in the person's language.
 * Why not French sentences, or a language given to the validation: the engine stays
 * framework-free and knows only French (frenchFieldMessages.ts); switching the language in the
 * middle of a form re-words the errors on screen without a new submission; and the English words
 * live in the UI's English dictionary, never in a French reader's download.
 */
export type FieldProblem =
  | { code: 'required' }
  | { code: 'tooLong'; max: number }
  /** `message`: the flow's own, as written; the field shown (perhaps in English) has its own. */
  | { code: 'pattern'; message: string }
  | { code: 'choice' }
  | { code: 'future' }
  | { code: 'past' }
  | DateProblem
  | ContactProblem
  | RuleProblem;

/** Field name → what is wrong with its value. */
export type FieldProblems = Record<string, FieldProblem>;

/** The engine's words to the person about the values they typed, in one language. */
export interface FieldMessages {
  /** A required field left empty, when the flow gives no `requiredMessage`. */
  required: (field: Field) => string;
  tooLong: (max: number) => string;
  choice: string;
  future: string;
  past: string;
  dateNotNumbers: string;
  dateMissing: (parts: readonly DatePart[]) => string;
  day: string;
  month: string;
  year: (example: string) => string;
  /** `written`: DD/MM/YYYY. */
  noSuchDate: (written: string) => string;
  /** `extension`: the field accepts an internal extension too. */
  phoneCharacter: (character: string, extension: boolean) => string;
  /** `digits`: how many were typed, when that is what is wrong. */
  phoneDigits: (digits: number | undefined, extension: boolean) => string;
  emailTooLong: (max: number) => string;
  emailSpace: string;
  email: string;
  /** A form's rule, when the flow gives no `message`: `mine` is before `theirs`, dated `date` (DD/MM/YYYY). */
  notBefore: (mine: Field, theirs: Field, date: string) => string;
  /** Likewise, for a rule that wants `mine` strictly after `theirs`. */
  after: (mine: Field, theirs: Field, date: string) => string;
  /** An approximate date as the person checks it before filing: « hier (29/11/2026) ». */
  approximate: ApproximateWords;
  /** A date in full, in a resolution's schedule: « lundi 1er mars 2027 ». */
  longDate: (iso: string) => string;
}

/** The form as it is shown (its fields and rules, in the person's language). */
interface ShownForm {
  fields: readonly Field[];
  rules?: readonly FormRule[] | undefined;
}

/**
 * The message for `problem` at `field`, in the words of `messages`. The flow's own messages
 * (`requiredMessage`, a pattern's, a rule's) come from the form as shown, so in its language.
 */
export function problemMessage(
  problem: FieldProblem,
  field: Field,
  form: ShownForm,
  messages: FieldMessages,
): string {
  switch (problem.code) {
    case 'required':
      return field.requiredMessage ?? messages.required(field);
    case 'tooLong':
    case 'emailTooLong':
      return messages[problem.code](problem.max);
    case 'pattern':
      return (field.type === 'text' ? field.pattern?.message : undefined) ?? problem.message;
    case 'dateMissing':
      return messages.dateMissing(problem.parts);
    case 'year':
      return messages.year(problem.example);
    case 'noSuchDate':
      return messages.noSuchDate(problem.written);
    case 'phoneCharacter':
      return messages.phoneCharacter(problem.character, problem.extension);
    case 'phoneDigits':
      return messages.phoneDigits(problem.digits, problem.extension);
    case 'rule': {
      const authored = form.rules?.[problem.index]?.message;
      if (authored !== undefined) return authored;
      const theirs = form.fields.find((candidate) => candidate.name === problem.other) ?? field;
      return messages[problem.after ? 'after' : 'notBefore'](
        field,
        theirs,
        formatDate(problem.date),
      );
    }
    default:
      return messages[problem.code];
  }
}
