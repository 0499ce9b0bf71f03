import * as z from 'zod/mini';
import { textSchema } from '../contract/schemas/fieldSchema.ts';

/** What the home page knows of a flow in English: what it lists and searches. */
export const englishEntrySchema = z.strictObject({
  title: textSchema,
  description: textSchema,
  keywords: z.array(textSchema),
  symptoms: z.array(textSchema),
});
export type EnglishEntry = z.infer<typeof englishEntrySchema>;

/**
 * `virtual:flow-catalog-en`: the English of the home page, built from flows/en/ (titles and
 * descriptions typeset at build time), loaded only by a reader in English or a search that
 * reaches for English words, never in the home page's first download.
 */
export const englishCatalogSchema = z.strictObject({
  /** French category name → English. */
  categories: z.record(textSchema, textSchema),
  /** By flow id: only the flows translated, title and description both. */
  flows: z.record(z.string(), englishEntrySchema),
});
export type EnglishCatalog = z.infer<typeof englishCatalogSchema>;
