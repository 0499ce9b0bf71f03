import { text } from 'node:stream/consumers';
import { prerenderToNodeStream } from 'react-dom/static';
import { loadEnglishCatalog } from '../../catalog/englishCatalog';
import { fr } from '../i18n/fr';
import type { Language } from '../i18n/language';
import { loadEnglish } from '../i18n/english/loadEnglish';
import { documentTitle } from '../routing/useDocumentTitle';
import { Root } from '../Root';
import { englishTemplateId } from './prerenderShown';

/**
 * What the build writes into index.html's empty #root: the home page pre-rendered in French in
 * #root, and in English in a <template> after it, with its title, that the boot script
 * (bootPage.ts) puts in its place for a reader in English before the page is drawn.
 */
export async function renderHome(): Promise<string> {
  const french = await renderHomeIn('fr');
  const english = await renderHomeIn('en');
  return (
    `<div id="root" data-prerendered="fr">${french.markup}</div>\n` +
    `    <template id="${englishTemplateId}" data-title="${escapeAttribute(english.title)}">${english.markup}</template>`
  );
}

/** The home page pre-rendered in one language: its markup, and its title for the tab. */
interface RenderedHome {
  markup: string;
  title: string;
}

/**
 * The home page's markup, from the app's own components, for the build to write into
 * index.html (scripts/build/prerenderPlugin.ts): the page is drawn before its script has run, and
 * React adopts this markup (hydrateRoot) instead of drawing it again. Rendered as on a first
 * visit: home route, nothing saved, online, no update waiting. Waits for the lazy parts of the
 * frame (the page's notices) so the markup is whole. In English, with the English words and
 * catalogue loaded first, as main.tsx loads them before adopting the page.
 */
async function renderHomeIn(language: Language): Promise<RenderedHome> {
  const words =
    language === 'en' ? (await Promise.all([loadEnglish(), loadEnglishCatalog()]))[0].text : fr;
  const { prelude } = await prerenderToNodeStream(<Root opensIn={language} />);
  return { markup: await text(prelude), title: documentTitle(words, words.frame.siteTitle) };
}

/** The text as an attribute's value in double quotes. */
function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}
