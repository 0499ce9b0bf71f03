import * as z from 'zod/mini';
import { fieldValuesSchema } from '../contract/schemas/fieldSchema';
import { recordedOriginSchema } from '../handOff/recordedWalkSchema';

/**
 * A session as it is saved in the browser: the answers given, not XState snapshots, so that
 * restoring replays them through the flow as it is now, whatever changed in between.
 * Format 2 added `savedAt`, without which an entry cannot expire: format 1 entries are
 * discarded like any other unknown shape.
 */
export const savedSessionSchema = z.object({
  format: z.literal(2),
  flowId: z.string(),
  version: z.string(),
  /** When it was saved, in milliseconds since 1970 (Date.now()): it expires from then on. */
  savedAt: z.number().check(z.minimum(0)),
  events: z
    .array(
      z.object({
        type: z.string().check(z.maxLength(100)),
        values: z.optional(fieldValuesSchema),
      }),
    )
    .check(z.maxLength(500)),
  drafts: z.record(z.string(), fieldValuesSchema),
  stepNumber: z.number(),
  finished: z.boolean(),
  /** The checks carried from the flow left through « Ce n’était pas ça ? », for the ticket. */
  origin: z.optional(recordedOriginSchema),
});
export type SavedSession = z.infer<typeof savedSessionSchema>;

/** Longer than any real session (fields are capped at 2,000 characters): anything bigger is not ours. */
export const maxSavedLength = 200_000;

/** Reads saved text without trusting it: anything corrupt, foreign or oversized gives undefined. */
export function parseSaved(text: string | null, flowId?: string): SavedSession | undefined {
  if (text === null || text.length > maxSavedLength) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = savedSessionSchema.safeParse(data);
  if (!parsed.success || (flowId !== undefined && parsed.data.flowId !== flowId)) return undefined;
  return parsed.data;
}
