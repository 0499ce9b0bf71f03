import entries from 'virtual:flow-catalog';
import type { CatalogEntry } from '../engine/catalog/catalogEntry';

/** Every flow in flows/, from the build-time index (checked there): no machine is loaded to list them. */
export const catalog: readonly CatalogEntry[] = entries;

export const fallbackFlow = catalog.find((entry) => entry.fallback === true);
