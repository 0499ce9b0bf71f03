import entries from 'virtual:flow-catalog';
import { catalogSchema, type CatalogEntry } from '../engine/catalog/catalogEntry';

/** Every flow in flows/, from the build-time index: no machine is loaded to list them. */
export const catalog: readonly CatalogEntry[] = catalogSchema.parse(entries);

export const fallbackFlow = catalog.find((entry) => entry.fallback === true);
