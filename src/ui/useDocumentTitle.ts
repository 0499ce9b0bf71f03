import { useEffect } from 'react';

/** Each screen names itself in the tab and for screen readers: « Étape — Procédure — Dépannage DSIN ». */
export function useDocumentTitle(...parts: string[]) {
  const title = [...parts, 'DSIN Université de Montpellier'].join(' — ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
