import type { CatalogEntry } from './catalogEntry';

export interface CategoryGroup {
  category: string;
  entries: CatalogEntry[];
}

/**
 * The entries under their categories, each category where its first entry is: the catalogue is
 * already in the home page's order (see orderCatalog), so this keeps it.
 */
export function groupByCategory(entries: readonly CatalogEntry[]): CategoryGroup[] {
  const groups = new Map<string, CatalogEntry[]>();
  for (const entry of entries) {
    const group = groups.get(entry.category);
    if (group) group.push(entry);
    else groups.set(entry.category, [entry]);
  }
  return [...groups].map(([category, grouped]) => ({ category, entries: grouped }));
}
