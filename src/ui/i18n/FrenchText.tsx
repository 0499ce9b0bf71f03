import { useLanguage } from './useLanguage';

/**
 * French text that stays French on an English page (the settings' texts, the FAQ's names): marked
 * `lang="fr"` there, so that a screen reader says it in French. On a French page, as it is.
 */
export function FrenchText({ children }: { children: string }) {
  return useLanguage().language === 'fr' ? children : <span lang="fr">{children}</span>;
}
