import { useEffect, useState } from 'react';
import { loadEnglishCatalog, loadedEnglishCatalog } from '../../catalog/englishCatalog';
import type { EnglishCatalog } from '../../engine/catalog/englishCatalogSchema';

/**
 * The home page's English, once `wanted` (an English page, or a search: « guest account » finds
 * its flow for a French reader too): never in the first download of a French reader who does not
 * search. Undefined until it has arrived, or when it cannot load (the page stays French then).
 */
export function useEnglishCatalog(wanted: boolean): EnglishCatalog | undefined {
  const [arrived, setArrived] = useState(loadedEnglishCatalog);
  useEffect(() => {
    if (!wanted || arrived) return;
    loadEnglishCatalog().then(setArrived, () => undefined); // offline: French only, as before
  }, [wanted, arrived]);
  return arrived ?? (wanted ? loadedEnglishCatalog() : undefined);
}
