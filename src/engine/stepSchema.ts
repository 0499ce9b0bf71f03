import * as z from 'zod/mini';
import { fieldNameSchema, fieldSchema, textSchema } from './fieldSchema';

/**
 * What a step shows lives in its state's `meta`, one schema per step kind.
 * `summaryLabel` is how an answered step reads in a ticket (« Câble Ethernet vérifié »).
 */
export const questionStepSchema = z.strictObject({
  kind: z.literal('question'),
  prompt: textSchema,
  help: z.optional(textSchema),
  summaryLabel: z.optional(textSchema),
});
export type QuestionStep = z.infer<typeof questionStepSchema>;

export const instructionsStepSchema = z.strictObject({
  kind: z.literal('instructions'),
  title: textSchema,
  intro: z.optional(textSchema),
  /** Numbered actions, in the words the user will see on screen (« Démarrer » → « Paramètres »). */
  steps: z.array(textSchema).check(z.minLength(1)),
  /** The question asked once the actions are done, usually « Cela a-t-il fonctionné ? ». */
  prompt: textSchema,
  summaryLabel: z.optional(textSchema),
});
export type InstructionsStep = z.infer<typeof instructionsStepSchema>;

export const formStepSchema = z.strictObject({
  kind: z.literal('form'),
  title: textSchema,
  intro: z.optional(textSchema),
  fields: z.array(fieldSchema).check(
    z.minLength(1),
    z.refine(
      (fields) => new Set(fields.map((field) => field.name)).size === fields.length,
      'deux champs portent le même name : chaque champ a son propre nom',
    ),
  ),
  submitLabel: z.optional(textSchema),
});
export type FormStep = z.infer<typeof formStepSchema>;

export const linkSchema = z.strictObject({
  label: textSchema,
  href: z.string().check(z.regex(/^(https:\/\/|mailto:|#\/)/)),
});
export type Link = z.infer<typeof linkSchema>;

const wholeNumber = z.number().check(z.int());

/**
 * Dates computed from a date the user gave (`from`, a date field collected earlier):
 * each entry is that date moved by whole months, then days (negative: before).
 */
export const scheduleSchema = z.strictObject({
  title: textSchema,
  from: fieldNameSchema,
  entries: z
    .array(
      z.strictObject({
        label: textSchema,
        months: z.optional(wholeNumber),
        days: z.optional(wholeNumber),
      }),
    )
    .check(z.minLength(1)),
});
export type Schedule = z.infer<typeof scheduleSchema>;

export const resolutionStepSchema = z.strictObject({
  kind: z.literal('resolution'),
  title: textSchema,
  body: z.array(textSchema).check(z.minLength(1)),
  links: z.optional(z.array(linkSchema)),
  schedule: z.optional(scheduleSchema),
});
export type ResolutionStep = z.infer<typeof resolutionStepSchema>;

/** Where the agent files the ticket in the Centre de Services: at least one of the three. */
export const ticketTargetSchema = z
  .strictObject({
    domain: z.optional(textSchema),
    category: z.optional(textSchema),
    catalogueEntry: z.optional(textSchema),
  })
  .check(
    z.refine(
      (target) => [target.domain, target.category, target.catalogueEntry].some(Boolean),
      'indiquez au moins un domaine, une catégorie ou une entrée du catalogue',
    ),
  );
export type TicketTarget = z.infer<typeof ticketTargetSchema>;

export const ticketStepSchema = z.strictObject({
  kind: z.literal('ticket'),
  title: textSchema,
  intro: z.optional(textSchema),
  target: ticketTargetSchema,
  /** The ticket's subject; `{fieldName}` is replaced by the collected value. */
  ticketTitle: textSchema,
  /** Collected fields, in the order the agent reads them. */
  fields: z.array(fieldNameSchema),
  /** Ids of the answered steps reported as « vérifications déjà faites ». */
  answers: z.array(textSchema),
});
export type TicketStep = z.infer<typeof ticketStepSchema>;

export const stepSchema = z.discriminatedUnion('kind', [
  questionStepSchema,
  instructionsStepSchema,
  formStepSchema,
  resolutionStepSchema,
  ticketStepSchema,
]);
export type Step = z.infer<typeof stepSchema>;

/** Steps where the flow ends: their states must be `type: 'final'`, and only theirs. */
export function isEnding(step: Step): boolean {
  return step.kind === 'resolution' || step.kind === 'ticket';
}

/** An answer's button label, and optionally how it reads in the ticket (« oui, toujours en panne »). */
export const transitionMetaSchema = z.strictObject({
  label: textSchema,
  summary: z.optional(textSchema),
});
export type TransitionMeta = z.infer<typeof transitionMetaSchema>;
