import { useEffect } from 'react';
import { useText } from '../i18n/useText';
import { deferUntilPainted } from './deferUntilPainted';

/** Each screen names itself in the tab and for screen readers: « Étape — Procédure — DSIN Université de Montpellier ». */
export function useDocumentTitle(...parts: string[]) {
  const title = [...parts, useText().frame.titleSuffix].join(' — ');
  useEffect(() => {
    // Setting the title costs a third of a millisecond in Chromium: after the step is painted.
    const deferred = deferUntilPainted(() => {
      document.title = title;
    });
    deferred.schedule();
    return deferred.cancel;
  }, [title]);
}
