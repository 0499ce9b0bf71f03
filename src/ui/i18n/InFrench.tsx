import { useMemo, type ReactNode } from 'react';
import { fr } from './fr';
import { LanguageContext, type LanguageState } from './LanguageContext';
import { useLanguage } from './useLanguage';

/**
 * A step shown in French on an English page (its English is missing): marked `lang="fr"`, and
 * the words of the app inside it (a form's labels, errors and button) in French too, so that it
 * reads as one language. What only English says (the ticket's explanation) stays available,
 * marked English where it is shown. Outside English, or when `french` is false, as it is.
 */
export function InFrench({ french, children }: { french: boolean; children: ReactNode }) {
  const page = useLanguage();
  const value = useMemo((): LanguageState => ({ ...page, language: 'fr', text: fr }), [page]);
  if (!french || page.language === 'fr') return children;
  return (
    <div lang="fr">
      <LanguageContext value={value}>{children}</LanguageContext>
    </div>
  );
}
