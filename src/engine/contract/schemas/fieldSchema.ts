import * as z from 'zod/mini';
import { uniqueBy } from './uniqueBy.ts';

/** Text shown to the user: never empty, so a forgotten label is caught when the flow loads. */
export const textSchema = z.string().check(z.minLength(1));

/** camelCase, because field names become keys of `context.fields` and of the ticket JSON. */
export const fieldNameSchema = z.string().check(z.regex(/^[a-z][a-zA-Z0-9]*$/));

const fieldBase = {
  name: fieldNameSchema,
  label: textSchema,
  /** How the agent reads it in the ticket (« Depuis »); the label, without « (facultatif) », otherwise. */
  ticketLabel: z.optional(textSchema),
  hint: z.optional(textSchema),
  required: z.boolean(),
  /** The message shown when a required field is left empty; a generic one is used otherwise. */
  requiredMessage: z.optional(textSchema),
  /** A valid value, never shown to users: the generated tests and the author's preview type it. */
  example: z.optional(textSchema),
};

/** A regular expression written as text in the flow (flows are data), with the message shown when a value does not match. */
export const patternSchema = z.strictObject({
  regex: textSchema.check(
    z.refine((source) => {
      try {
        new RegExp(source, 'u');
        return true;
      } catch {
        return false;
      }
    }, 'expression régulière invalide'),
  ),
  message: textSchema,
  /** `true`: capitals and small letters are the same (« bat b12 » fits `^Bât`). */
  ignoreCase: z.optional(z.boolean()),
});

const lengthSchema = z.number().check(z.int(), z.positive());

export const textFieldSchema = z.strictObject({
  ...fieldBase,
  type: z.literal('text'),
  maxLength: z.optional(lengthSchema),
  pattern: z.optional(patternSchema),
});
export type TextField = z.infer<typeof textFieldSchema>;

export const textareaFieldSchema = z.strictObject({
  ...fieldBase,
  type: z.literal('textarea'),
  maxLength: z.optional(lengthSchema),
});
export type TextareaField = z.infer<typeof textareaFieldSchema>;

export const dateFieldSchema = z
  .strictObject({
    ...fieldBase,
    type: z.literal('date'),
    /** For "since when" questions: a date in the future is a typing mistake. */
    notAfterToday: z.optional(z.boolean()),
    /** For a date still to come (the start of an access): a past date is a typing mistake. */
    notBeforeToday: z.optional(z.boolean()),
    /**
     * For "since when" questions, where few people know the day: « Aujourd’hui », « Hier »,
     * « Il y a quelques jours »… or an exact date, never in the future.
     */
    approximate: z.optional(z.boolean()),
  })
  .check(
    z.refine(
      (field) => !(field.approximate === true && field.notBeforeToday === true),
      'approximate parle du passé (« Hier », « Il y a quelques jours ») : il ne va pas avec notBeforeToday. Retirez l’un des deux.',
    ),
  );
export type DateField = z.infer<typeof dateFieldSchema>;

/** An e-mail address: the phone shows its e-mail keyboard, the browser may fill it in. */
export const emailFieldSchema = z.strictObject({
  ...fieldBase,
  type: z.literal('email'),
});
export type EmailField = z.infer<typeof emailFieldSchema>;

/** A French phone number (06 12 34 56 78, +33 6 12 34 56 78), saved written the same way. */
export const telFieldSchema = z.strictObject({
  ...fieldBase,
  type: z.literal('tel'),
  /** `true`: an internal extension (« poste ») of 4 or 5 digits is accepted too. */
  extension: z.optional(z.boolean()),
});
export type TelField = z.infer<typeof telFieldSchema>;

export const choiceOptionSchema = z.strictObject({ value: fieldNameSchema, label: textSchema });
export type ChoiceOption = z.infer<typeof choiceOptionSchema>;

export const choiceFieldSchema = z.strictObject({
  ...fieldBase,
  type: z.literal('choice'),
  options: z.array(choiceOptionSchema).check(
    z.minLength(2),
    uniqueBy(
      (option) => option.value,
      (value) => `deux options ont la value « ${value} » : donnez à chacune sa propre value`,
    ),
  ),
});
export type ChoiceField = z.infer<typeof choiceFieldSchema>;

export const fieldSchema = z.discriminatedUnion('type', [
  textFieldSchema,
  textareaFieldSchema,
  dateFieldSchema,
  emailFieldSchema,
  telFieldSchema,
  choiceFieldSchema,
]);
export type Field = z.infer<typeof fieldSchema>;

/** What a form step submits and what `context.fields` holds: field name → value as typed. */
export const fieldValuesSchema = z.record(z.string(), z.string());
export type FieldValues = z.infer<typeof fieldValuesSchema>;
