import * as z from 'zod/mini';
import { textSchema } from '../contract/schemas/fieldSchema';

/**
 * French text, exactly as written in the flow, → its English. Keyed by the French rather than by
 * a field path: the translator reads each French sentence beside its English, and when an author
 * rewrites a French text its English no longer matches any key, so `flows:check` reports it as
 * stale instead of showing an English that says something else.
 */
export const translatedTextsSchema = z.record(textSchema, textSchema);
export type TranslatedTexts = z.infer<typeof translatedTextsSchema>;

/**
 * The English of one flow: `flows/en/<id>.ts`, next to nothing the flow file needs, so the flow
 * stays one French file that XState's tooling reads as it is.
 */
export const flowTranslationSchema = z.strictObject({
  /** The flow's title and description (French → English). */
  flow: translatedTextsSchema,
  /** Words an English reader types to find the flow: written for English readers, not a list matched to the French keywords. */
  keywords: z.array(textSchema).check(z.minLength(1)),
  /** Phrases English readers type when they describe the problem. */
  symptoms: z.array(textSchema),
  /** For each state id, every text the state shows the person, its answers' labels included (French → English). */
  states: z.record(z.string(), translatedTextsSchema),
});
export type FlowTranslation = z.infer<typeof flowTranslationSchema>;
