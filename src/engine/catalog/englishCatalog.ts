import type { CatalogEntry } from './catalogEntry';
import type { EnglishCatalog } from './englishCatalogSchema';

// No zod here: the search, in the home page's first download, calls `inEnglish`.

const own = <T>(record: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/** The entry as an English reader sees it; French where the flow (or its category) has no English. */
export function inEnglish(entry: CatalogEntry, english: EnglishCatalog): CatalogEntry {
  const flow = own(english.flows, entry.id);
  const category = own(english.categories, entry.category) ?? entry.category;
  return flow ? { ...entry, ...flow, category } : { ...entry, category };
}
