import { startTransition, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { fr } from './fr';
import { initialLanguage, storeLanguage, type Language } from './language';
import { LanguageContext, type LanguageState } from './LanguageContext';
import { keepEnglish, loadEnglish, loadedEnglish } from './english/loadEnglish';
import { loadEnglishCatalog } from '../../catalog/englishCatalog';

/**
 * The page's language for everything under it. English only once its chunk has arrived (main.tsx
 * waits for it when the visit opens in English, so French never flashes), and never on the pages
 * that stay French (`frenchOnly`: the authors' pages and the agent's view, for DSIN staff), which
 * offer no switch. `<html lang>` follows, before the page is painted.
 */
export function LanguageProvider({
  frenchOnly,
  opensIn,
  children,
}: {
  frenchOnly: boolean;
  /** The language the visit opens in: the browser's (initialLanguage), or the build's pre-render's. */
  opensIn?: Language;
  children: ReactNode;
}) {
  // English only if its chunk is here (main.tsx waited for it): else French until it is chosen.
  const [chosen, setChosen] = useState<Language>(() =>
    (opensIn ?? initialLanguage()) === 'en' && loadedEnglish() ? 'en' : 'fr',
  );
  const english = chosen === 'en' ? loadedEnglish() : undefined;
  const language: Language = english && !frenchOnly ? 'en' : 'fr';

  useLayoutEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo((): LanguageState => {
    // A transition: a page that must load more for the new language (a flow's English) keeps
    // showing, with its state (the step, what was typed), until that has arrived.
    const choose = (next: Language) => {
      storeLanguage(next);
      if (next === 'fr')
        startTransition(() => {
          setChosen('fr');
        });
      else
        // The home page's English with the words, so that its list switches with the rest.
        Promise.all([loadEnglish(), loadEnglishCatalog().catch(() => undefined)]).then(
          () => {
            startTransition(() => {
              setChosen('en');
            });
            keepEnglish();
          },
          () => undefined, // offline before any English visit: the page stays in French
        );
    };
    return {
      language,
      text: language === 'en' && english ? english.text : fr,
      english: language === 'en' ? english?.only : undefined,
      choose: frenchOnly ? undefined : choose,
    };
  }, [language, english, frenchOnly]);

  return <LanguageContext value={value}>{children}</LanguageContext>;
}
