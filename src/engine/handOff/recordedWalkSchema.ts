import * as z from 'zod/mini';
import { fieldNameSchema } from '../contract/schemas/fieldSchema';
import { flowIdSchema } from '../contract/schemas/flowMetaSchema';
import type { Origin } from '../session/session';

/*
 * The parts of a walk that links carry (the agent's link, the link to continue on a phone),
 * with the limits an outside input is held to: nothing longer than a person may type.
 */

/** Text of at most `max` characters. */
export const text = (max: number) => z.string().check(z.maxLength(max));

/** The answers given, in order: an answer's event, or SUBMIT with the values of a form. */
export const recordedEventsSchema = z
  .array(
    z.strictObject({
      type: text(100),
      values: z.optional(z.record(fieldNameSchema.check(z.maxLength(100)), text(2000))),
    }),
  )
  .check(z.maxLength(500));

/** The checks carried from a flow left through « Ce n'était pas ça ? ». */
export const recordedOriginSchema = z.strictObject({
  flowTitle: text(300),
  checks: z
    .array(z.strictObject({ question: text(300), answer: text(2500) }))
    .check(z.maxLength(200)),
});

/** The carried checks as a record keeps them: only what is shown, nothing of the objects' extras. */
export function recordedOrigin(origin: Origin): z.infer<typeof recordedOriginSchema> {
  return {
    flowTitle: origin.flowTitle,
    checks: origin.checks.map(({ question, answer }) => ({ question, answer })),
  };
}

/** YYYY-MM-DD, a plausible day: the « today » the forms are replayed with. */
export const recordedDaySchema = z
  .string()
  .check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/));

/**
 * What every link's record holds besides its own fields: its format (bumped when the shape
 * changes, so that an older link is told apart from a broken one), the flow and its version,
 * the answers, the carried checks.
 */
export const recordedWalkShape = {
  format: z.literal(1),
  flowId: flowIdSchema.check(z.maxLength(100)),
  version: text(40),
  events: recordedEventsSchema,
  origin: z.optional(recordedOriginSchema),
};
