import * as z from 'zod/mini';
import { flowMetaSchema } from './flowMetaSchema';
import type { FlowModel } from './flowModel';

/** What the home page knows of a flow: its root meta, without its machine. */
export const catalogEntrySchema = z.extend(flowMetaSchema, { id: z.string(), version: z.string() });
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;

export const catalogSchema = z.array(catalogEntrySchema);

export function catalogEntry(flow: FlowModel): CatalogEntry {
  return { ...flow.meta, id: flow.id, version: flow.version };
}
