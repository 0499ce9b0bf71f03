import { languageKey } from '../i18n/language';
import { parseRoute } from '../routing/parseRoute';
import { appKeys } from '../storage/storageKeys';

/**
 * Set on `<html>` by the boot script (bootPage.ts), before the body is parsed, when the
 * pre-rendered home page is not what this visit shows: styles.css then hides it (display: none,
 * so screen readers skip it too) until main.tsx replaces it.
 */
export const prerenderHiddenClass = 'prerender-hidden';

/**
 * The <template> after #root in index.html that holds the home page pre-rendered in English
 * (renderHome.tsx): the boot script puts it in #root's place for a reader in English.
 */
export const englishTemplateId = 'prerender-en';

/**
 * Whether the home page the build pre-rendered into index.html (in French, and in English in a
 * template) is the page this visit shows, so that React can adopt it as it is: the route is the
 * home page, and this browser keeps nothing else of the app's (the build knows no one's storage): no saved session that
 * « Reprendre » would list, no refusal of the audience measurement. Any such key counts, even one
 * the page will not use: keeping it hidden for nothing only costs the early paint; so does
 * storage the browser refuses.
 */
export function prerenderShown(hash: string): boolean {
  if (parseRoute(hash).page !== 'home') return false;
  try {
    const local = window.localStorage;
    for (let index = 0; index < local.length; index++) {
      const key = local.key(index);
      if (key !== languageKey && key?.startsWith(appKeys)) return false;
    }
    return true;
  } catch {
    return false; // storage refused: the measurement's footer line says so, not as pre-rendered
  }
}
