/*
 * No import of React nor of the app: the boot script (src/ui/prerender/bootPage.ts), bundled
 * alone and run before the page is drawn, reads the language through this file.
 */

/** The languages of the person-facing pages. French is the app's own; English is issue 14's. */
export type Language = 'fr' | 'en';

/**
 * The person's choice of language in this browser. Not under the app's `depannage:` prefix, like
 * the audience measurement's refusal: « Effacer mes réponses » erases answers, and a language
 * says nothing of anyone's problem. Clearing it would also switch the page under the person who
 * has just pressed the button (and reload their other tabs in another language).
 */
export const languageKey = 'depannage-langue';

/**
 * The stored choice, read as outside input: exactly `fr` or `en`, anything else is no choice.
 * Not through zod: this runs in the classic script that blocks the first paint and in the home
 * page's first download, which zod/mini would grow by 3.3 kB gzip for a two-value comparison.
 */
function storedLanguage(): Language | undefined {
  try {
    const stored = window.localStorage.getItem(languageKey);
    return stored === 'fr' || stored === 'en' ? stored : undefined;
  } catch {
    return undefined; // storage refused: the browser's languages decide
  }
}

/**
 * On a first visit, the browser's preferred languages: English when an English one (`en`,
 * `en-GB`…) comes before any French one; French otherwise, and for any other language.
 */
export function preferredLanguage(languages: readonly string[]): Language {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'fr') return 'fr';
    if (primary === 'en') return 'en';
  }
  return 'fr';
}

/** The language this visit opens in: the stored choice, else the browser's preference. */
export function initialLanguage(): Language {
  if (typeof window === 'undefined') return 'fr'; // the build's pre-rendering: French
  return storedLanguage() ?? preferredLanguage(navigator.languages);
}

/** Remembers the choice; a browser that refuses storage asks again at the next visit. */
export function storeLanguage(language: Language) {
  try {
    window.localStorage.setItem(languageKey, language);
  } catch {
    // Nothing to do: the page switches all the same.
  }
}
