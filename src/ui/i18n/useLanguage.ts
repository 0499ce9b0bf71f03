import { use } from 'react';
import { LanguageContext, type LanguageState } from './LanguageContext';

/** The page's language, what only English says, and the switch. */
export function useLanguage(): LanguageState {
  return use(LanguageContext);
}
