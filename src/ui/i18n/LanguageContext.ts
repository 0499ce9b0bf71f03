import { createContext } from 'react';
import type { Dictionary, EnglishOnly } from './dictionary';
import { fr } from './fr';
import type { Language } from './language';

export interface LanguageState {
  /** The language the page is shown in. */
  language: Language;
  text: Dictionary;
  /** What only English pages say; undefined in French. */
  english: EnglishOnly | undefined;
  /** Switches the pages to `language` and remembers it; undefined where no switch is offered. */
  choose: ((language: Language) => void) | undefined;
}

/** French, without a switch: what a page outside the LanguageProvider reads (the tests' renders). */
export const LanguageContext = createContext<LanguageState>({
  language: 'fr',
  text: fr,
  english: undefined,
  choose: undefined,
});
