// The page's first script, a classic one that the build writes inline in index.html's <head>
// (scripts/build/prerenderPlugin.ts bundles it alone; the app's entry is only preloaded there). It
// runs before the body is parsed, so before anything is drawn:
// - on a visit that shows another page than the pre-rendered home page (a link to a step, a
//   saved session to list), it hides that markup at once: a module script runs once the page is
//   parsed, when the browser may already have drawn it, and a screen reader started reading it;
//   it then starts the entry straight away, as nothing can be drawn without it;
// - on the home page, it starts the entry once the page is painted: the browser draws the
//   pre-rendered page as soon as the stylesheet is there instead of first running the app's
//   script (which it fetches meanwhile, preloaded), and React then adopts that page;
// - for a reader in English, it hides the French markup as on another page, then, once the body
//   is parsed, puts the English one from its <template> in its place, and shows it; with the
//   entry, it starts the English chunks main.tsx waits for before React draws, which the entry
//   would otherwise only ask for once it has run, a round trip later.
import { initialLanguage } from '../i18n/language';
import { parseRoute } from '../routing/parseRoute';
import { englishTemplateId, prerenderHiddenClass, prerenderShown } from './prerenderShown';

function startEntry(source: string) {
  const script = document.createElement('script');
  script.type = 'module';
  // As the preload was made (crossorigin), so that the browser uses it instead of fetching again.
  script.crossOrigin = '';
  script.src = source;
  document.head.append(script);
}

/** Preloads each module of a space-separated list of URLs, as the HTML preloads the entry. */
function preload(sources: string | undefined) {
  for (const source of sources?.split(' ') ?? []) {
    if (!source) continue;
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = source;
    document.head.append(link);
  }
}

/** Calls `then` once the page's first content is painted, or in the next frame where paint timing is unknown. */
function afterFirstPaint(then: () => void) {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    then();
  };
  try {
    new PerformanceObserver((entries, observer) => {
      if (!entries.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      once();
    }).observe({ type: 'paint', buffered: true });
  } catch {
    requestAnimationFrame(() => setTimeout(once, 0));
  }
}

/**
 * Puts the home page pre-rendered in English in #root's place, with its language and title, and
 * shows it. False when index.html has no such template (the dev server's page): main.tsx draws
 * the page then.
 */
function showEnglishHome(): boolean {
  const root = document.getElementById('root');
  const english = document.getElementById(englishTemplateId);
  if (!root || !(english instanceof HTMLTemplateElement)) return false;
  root.replaceChildren(english.content);
  root.setAttribute('data-prerendered', 'en');
  english.remove();
  document.documentElement.lang = 'en';
  if (english.dataset.title) document.title = english.dataset.title;
  document.documentElement.classList.remove(prerenderHiddenClass);
  return true;
}

const { entry, english, englishHome } = document.currentScript?.dataset ?? {};
const language = initialLanguage();
/**
 * Starts the entry with, for a reader in English, the chunks main.tsx loads before React draws
 * (the words, and on the home page the list), fetched alongside it: Vite's loader then finds them
 * in the page and does not add them again. On the home page, after its first paint as the entry,
 * not before it: they would compete with it.
 */
const start = () => {
  if (language === 'en') {
    preload(english);
    if (parseRoute(window.location.hash).page === 'home') preload(englishHome);
  }
  if (entry) startEntry(entry);
};
if (!prerenderShown(window.location.hash)) {
  document.documentElement.classList.add(prerenderHiddenClass);
  start();
} else if (language === 'en') {
  document.documentElement.classList.add(prerenderHiddenClass);
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      // Nothing is painted until the English is shown: without it, no paint to wait for.
      if (showEnglishHome()) afterFirstPaint(start);
      else start();
    },
    { once: true },
  );
} else afterFirstPaint(start);
