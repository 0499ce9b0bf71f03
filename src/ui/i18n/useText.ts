import { use } from 'react';
import type { Dictionary } from './dictionary';
import { LanguageContext } from './LanguageContext';

/** The words of the page's language. */
export function useText(): Dictionary {
  return use(LanguageContext).text;
}
