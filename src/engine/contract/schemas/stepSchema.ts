import * as z from 'zod/mini';
import { fieldNameSchema, fieldSchema, textSchema } from './fieldSchema.ts';
import { uniqueBy } from './uniqueBy.ts';

/**
 * Where an answered step goes in a ticket: « Réponses » (what the person chose: their system,
 * their profile) or « Vérifications déjà faites » (something they actually did and tried).
 * A question is an answer and instructions are a check, unless the step says otherwise.
 */
export const reportAsSchema = z.enum(['answer', 'check']);
export type ReportAs = z.infer<typeof reportAsSchema>;

/** The link forms a flow may use: the web, an e-mail, or a page of this app. */
export const allowedHrefs = ['https://', 'mailto:', '#/'] as const;

export const linkSchema = z.strictObject({
  label: textSchema,
  href: z
    .string()
    .check(
      z.regex(
        /^(https:\/\/|mailto:|#\/)/,
        `lien refusé : un href commence par ${allowedHrefs.join(', ')} (par exemple https://ent.umontpellier.fr)`,
      ),
    ),
});
export type Link = z.infer<typeof linkSchema>;

/**
 * What a step shows lives in its state's `meta`, one schema per step kind.
 * `summaryLabel` is how an answered step reads in a ticket (« Câble Ethernet vérifié »).
 */
export const questionStepSchema = z.strictObject({
  kind: z.literal('question'),
  prompt: textSchema,
  help: z.optional(textSchema),
  summaryLabel: z.optional(textSchema),
  reportAs: z.optional(reportAsSchema),
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
  links: z.optional(z.array(linkSchema)),
  summaryLabel: z.optional(textSchema),
  reportAs: z.optional(reportAsSchema),
});
export type InstructionsStep = z.infer<typeof instructionsStepSchema>;

/**
 * A rule between two date fields of the same form: `field` comes strictly `after` the other, or
 * is `notBefore` it (the same day is fine). The error shows at `field`, with `message` if given.
 */
export const formRuleSchema = z
  .strictObject({
    field: fieldNameSchema,
    after: z.optional(fieldNameSchema),
    notBefore: z.optional(fieldNameSchema),
    message: z.optional(textSchema),
  })
  .check(
    z.refine(
      (rule) => (rule.after === undefined) !== (rule.notBefore === undefined),
      'une règle compare field à un autre champ : écrivez soit after, soit notBefore (un seul des deux)',
    ),
  );
export type FormRule = z.infer<typeof formRuleSchema>;

export const formStepSchema = z.strictObject({
  kind: z.literal('form'),
  title: textSchema,
  intro: z.optional(textSchema),
  fields: z.array(fieldSchema).check(
    z.minLength(1),
    uniqueBy(
      (field) => field.name,
      (name) => `deux champs s’appellent « ${name} » : donnez à chacun son propre name`,
    ),
  ),
  /** Checks between fields, once each field is valid on its own. */
  rules: z.optional(z.array(formRuleSchema)),
  submitLabel: z.optional(textSchema),
});
export type FormStep = z.infer<typeof formStepSchema>;

const wholeNumber = z.number().check(z.int());

/** Where a schedule's sentence puts the computed date. */
export const datePlaceholder = '{date}';

const dateSentence = textSchema.check(
  z.refine(
    (text) => text.includes(datePlaceholder),
    `écrivez ${datePlaceholder} là où la date calculée doit figurer (« Vous recevrez un rappel le ${datePlaceholder}. »)`,
  ),
);

/**
 * Dates computed from a date the user gave (`from`, a date field collected earlier): each entry
 * is that date moved by whole months, then days (negative: before). An entry is a sentence in
 * two tenses, both written by the author: `future` for a date still to come (today included),
 * `past` for one gone by, so a date already past never reads « vous recevrez ».
 */
export const scheduleSchema = z.strictObject({
  title: textSchema,
  from: fieldNameSchema,
  entries: z
    .array(
      z.strictObject({
        months: z.optional(wholeNumber),
        days: z.optional(wholeNumber),
        future: dateSentence,
        past: dateSentence,
      }),
    )
    .check(z.minLength(1)),
});
export type Schedule = z.infer<typeof scheduleSchema>;

export const resolutionStepSchema = z.strictObject({
  kind: z.literal('resolution'),
  title: textSchema,
  body: z.array(textSchema).check(z.minLength(1)),
  /**
   * `true` when this ending says the problem is fixed (reached by « Oui, ça fonctionne »): its way
   * to the generic ticket asks « Le problème revient ? » instead of « Ce n'était pas ça ? », and
   * the answer that led here is carried as « le problème est revenu ».
   */
  solved: z.optional(z.boolean()),
  links: z.optional(z.array(linkSchema)),
  schedule: z.optional(scheduleSchema),
});
export type ResolutionStep = z.infer<typeof resolutionStepSchema>;

/**
 * Where the agent files the ticket in the Centre de Services, in the FAQ's own words (never a
 * guessed category): at least one of the three. Without a target, the person is simply told to
 * create a ticket in the Centre de Services.
 */
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

/**
 * How the request reaches the desk: a ticket the person creates in the Centre de Services, or,
 * for someone who cannot log in to the ENT (a suspended account), the DSIN's public assistance
 * form, after which an agent calls them back.
 */
export const channelSchema = z.enum(['serviceCenter', 'assistanceForm']);
export type Channel = z.infer<typeof channelSchema>;

export const ticketStepSchema = z.strictObject({
  kind: z.literal('ticket'),
  title: textSchema,
  intro: z.optional(textSchema),
  /** 'serviceCenter' when absent. */
  channel: z.optional(channelSchema),
  target: z.optional(ticketTargetSchema),
  /**
   * The ticket's subject; `{fieldName}` is replaced by the collected value, on one line and cut
   * past 60 characters with « … » (see titleValue): `{problem}` gives the start of a description.
   */
  ticketTitle: textSchema,
  /** Collected fields, in the order the agent reads them; empty optional ones are left out. */
  fields: z.array(fieldNameSchema),
  /**
   * Fields of `fields` that some paths rightly never ask (the office, when the person's location
   * in the Centre de Services is up to date): the check does not require them on every path.
   */
  skippable: z.optional(z.array(fieldNameSchema)),
  /** Ids of the answered steps the ticket reports, under « Réponses » or « Vérifications ». */
  answers: z.array(textSchema),
  /** What happens once the request is filed, beyond what the channel already says. */
  whatNext: z.optional(z.array(textSchema)),
  links: z.optional(z.array(linkSchema)),
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
