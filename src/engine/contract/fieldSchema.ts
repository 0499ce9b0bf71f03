import * as z from 'zod/mini';
import { uniqueBy } from './uniqueBy';

/** Text shown to the user: never empty, so a forgotten label is caught when the flow loads. */
export const textSchema = z.string().check(z.minLength(1));

/** camelCase, because field names become keys of `context.fields` and of the ticket JSON. */
export const fieldNameSchema = z.string().check(z.regex(/^[a-z][a-zA-Z0-9]*$/));

const fieldBase = {
  name: fieldNameSchema,
  label: textSchema,
  /** How the agent reads it in the ticket (« Depuis le »); the label, without « (facultatif) », otherwise. */
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

export const dateFieldSchema = z.strictObject({
  ...fieldBase,
  type: z.literal('date'),
  /** For "since when" questions: a date in the future is a typing mistake. */
  notAfterToday: z.optional(z.boolean()),
});
export type DateField = z.infer<typeof dateFieldSchema>;

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
  choiceFieldSchema,
]);
export type Field = z.infer<typeof fieldSchema>;

/** What a form step submits and what `context.fields` holds: field name → value as typed. */
export const fieldValuesSchema = z.record(z.string(), z.string());
export type FieldValues = z.infer<typeof fieldValuesSchema>;
