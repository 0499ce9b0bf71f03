import { useEffect } from 'react';
import type { Dictionary } from '../i18n/dictionary';
import { useText } from '../i18n/useText';
import { deferUntilPainted } from './deferUntilPainted';

/**
 * A screen's title in the tab and for screen readers: « Étape — Procédure — DSIN Université de
 * Montpellier ». Also the build's, for the home page it pre-renders in English (renderHome.tsx).
 */
export function documentTitle(text: Dictionary, ...parts: string[]): string {
  return [...parts, text.frame.titleSuffix].join(' — ');
}

/** Each screen names itself: its title (documentTitle), set once the screen is painted. */
export function useDocumentTitle(...parts: string[]) {
  const title = documentTitle(useText(), ...parts);
  useEffect(() => {
    // Setting the title costs a third of a millisecond in Chromium: after the step is painted.
    const deferred = deferUntilPainted(() => {
      document.title = title;
    });
    deferred.schedule();
    return deferred.cancel;
  }, [title]);
}
