// The page's first script, a classic one that the build writes inline in index.html's <head>
// (scripts/prerenderPlugin.ts bundles it alone; the app's entry is only preloaded there). It
// runs before the body is parsed, so before anything is drawn:
// - on a visit that shows another page than the pre-rendered home page (a link to a step, a
//   saved session to list), it hides that markup at once: a module script runs once the page is
//   parsed, when the browser may already have drawn it, and a screen reader started reading it;
//   it then starts the entry straight away, as nothing can be drawn without it;
// - on the home page, it starts the entry once the page is painted: the browser draws the
//   pre-rendered page as soon as the stylesheet is there instead of first running the app's
//   script (which it fetches meanwhile, preloaded), and React then adopts that page.
import { prerenderHiddenClass, prerenderShown } from './prerenderShown';

function startEntry(source: string) {
  const script = document.createElement('script');
  script.type = 'module';
  // As the preload was made (crossorigin), so that the browser uses it instead of fetching again.
  script.crossOrigin = '';
  script.src = source;
  document.head.append(script);
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

const entry = document.currentScript?.dataset.entry;
if (!prerenderShown(window.location.hash)) {
  document.documentElement.classList.add(prerenderHiddenClass);
  if (entry) startEntry(entry);
} else if (entry)
  afterFirstPaint(() => {
    startEntry(entry);
  });
