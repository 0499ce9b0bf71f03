import * as z from 'zod/mini';
import { flowMetaSchema } from '../contract/schemas/flowMetaSchema.ts';
import type { FlowModel } from '../flowModel';
import { typeset } from '../text/typeset.ts';

const { title, description, category, keywords, symptoms, fallback } = flowMetaSchema.shape;

/**
 * What the home page knows of a flow, without its machine: only what it links and lists (id,
 * title, description), searches (keywords, symptoms, category) or sets apart (fallback). The
 * catalogue is in the home page's first download, so nothing else goes in: not `kind`, always
 * 'flow', nor the version, a per-flow hash that does not compress and that only the author pages
 * show, from the loaded flow.
 */
export const catalogEntrySchema = z.strictObject({
  id: z.string(),
  title,
  description,
  category,
  keywords,
  symptoms,
  fallback,
});
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;

export const catalogSchema = z.array(catalogEntrySchema);

/**
 * Read at build time: the title and description the home page shows are typeset there, so the
 * home page's download carries no typesetting code. Search words stay as written.
 */
export function catalogEntry({ id, meta }: FlowModel): CatalogEntry {
  return {
    id,
    title: typeset(meta.title),
    description: typeset(meta.description),
    category: meta.category,
    keywords: meta.keywords,
    symptoms: meta.symptoms,
    fallback: meta.fallback,
  };
}
