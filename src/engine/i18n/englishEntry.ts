import type { EnglishEntry } from '../catalog/englishCatalogSchema';
import type { FlowModel } from '../flowModel';
import { typesetEnglish } from '../text/typesetEnglish';
import type { FlowTranslation } from './flowTranslationSchema';

/**
 * Read at build time, as `catalogEntry` is: what the home page lists and searches of a flow in
 * English, its title and description typeset; undefined unless both have their English.
 */
export function englishEntry(
  { meta }: FlowModel,
  translation: FlowTranslation | undefined,
): EnglishEntry | undefined {
  const texts = translation?.flow ?? {};
  const title = Object.hasOwn(texts, meta.title) ? texts[meta.title] : undefined;
  const description = Object.hasOwn(texts, meta.description) ? texts[meta.description] : undefined;
  if (translation === undefined || title === undefined || description === undefined)
    return undefined;
  return {
    title: typesetEnglish(title),
    description: typesetEnglish(description),
    keywords: translation.keywords,
    symptoms: translation.symptoms,
  };
}
