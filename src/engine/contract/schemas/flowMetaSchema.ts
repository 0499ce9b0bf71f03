import * as z from 'zod/mini';
import { textSchema } from './fieldSchema.ts';

/** A flow id is its file name: kebab-case, so it reads well in a URL. */
export const flowIdSchema = z.string().check(z.regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/));

/**
 * The machine's root `meta`: what the home page needs to list and search a flow.
 * It is read at build time into a small catalogue, so the home page never loads a flow's machine.
 */
export const flowMetaSchema = z.strictObject({
  kind: z.literal('flow'),
  title: textSchema,
  description: textSchema,
  category: textSchema,
  keywords: z.array(textSchema).check(z.minLength(1)),
  /** Phrases users type when they describe the problem (« pas d'internet »). */
  symptoms: z.array(textSchema),
  /** The flow offered when nothing else fits (a generic ticket). */
  fallback: z.optional(z.boolean()),
  /** Bump when a change invalidates sessions saved by users; the config hash is used otherwise. */
  version: z.optional(z.number().check(z.int(), z.positive())),
});
export type FlowMeta = z.infer<typeof flowMetaSchema>;
