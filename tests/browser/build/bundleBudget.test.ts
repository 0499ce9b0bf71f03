import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { homeLoad } from '../../../scripts/bench/homeLoad';
import { typesetEnglish, type FlowTranslation } from '../../../src/engine';
import { en } from '../../../src/ui/i18n/english/en';
import englishCategories from '../../../flows/en/categories.json';
import { allFlows } from '../../support/allFlows';

const dist = path.resolve(import.meta.dirname, '../../../dist');

/** The budget for what the home page loads, gzip: sizes are deterministic, so this is a real test. */
const budget = 90_000;

it(`keeps the home page's initial load within ${String(budget / 1000)} kB gzip`, () => {
  const load = homeLoad(dist);
  expect(load.files).toContain('index.html');
  expect(load.files.some((file) => file.endsWith('.js'))).toBe(true);
  expect(load.gzip, `home loads ${load.files.join(', ')}`).toBeLessThanOrEqual(budget);
});

it('loads no flow machine, no Mermaid, no author page, no agent’s view, no QR code generator and no service worker code from the home page', () => {
  const { files } = homeLoad(dist);
  const lazyChunks = readdirSync(path.join(dist, 'assets')).filter((file) =>
    /network-connection|mermaid|Author|Diagnostic|leanQr|registerWorker|workbox/i.test(file),
  );
  expect(lazyChunks.length).toBeGreaterThan(0);
  expect(lazyChunks.some((file) => file.startsWith('DiagnosticPage-'))).toBe(true);
  expect(lazyChunks.some((file) => file.startsWith('leanQr-'))).toBe(true);
  expect(lazyChunks.some((file) => file.startsWith('registerWorker-'))).toBe(true);
  // The default settings give no Matomo: the measurement is not even in the build, so neither the
  // home page nor the service worker downloads it.
  expect(
    readdirSync(path.join(dist, 'assets')).filter((file) => /Measure|WasItHelpful/.test(file)),
  ).toEqual([]);
  expect(
    files.filter((file) =>
      /network-connection|mermaid|Author|Wizard|Diagnostic|leanQr|registerWorker|workbox|PageNotices/i.test(
        file,
      ),
    ),
  ).toEqual([]);
});

/**
 * The home page's files as a French reader's browser uses them: index.html without the home page
 * pre-rendered in English, a <template> there for a reader in English (src/ui/prerender/), about
 * 1 kB gzip that no script reads in French.
 */
function frenchHome(): string[] {
  return homeLoad(dist).files.map((file) =>
    readFileSync(path.join(dist, file), 'utf8').replace(
      /<template id="prerender-en"[^>]*>[\s\S]*?<\/template>/,
      '',
    ),
  );
}

/** Every flow's English, as flows/en/ holds it. */
const translations = Object.values(
  import.meta.glob<FlowTranslation>('/flows/en/*.ts', { eager: true, import: 'default' }),
);

it('keeps every flow’s English out of the home page’s download, in chunks of their own', () => {
  const home = frenchHome();
  const assets = readdirSync(path.join(dist, 'assets')).map((file) =>
    readFileSync(path.join(dist, 'assets', file), 'utf8'),
  );
  // Each flow's English title, as its chunk has it; the English catalogue has it typeset.
  for (const title of translations.flatMap((translation) => Object.values(translation.flow))) {
    for (const text of new Set([title, typesetEnglish(title)]))
      expect(home.filter((content) => content.includes(text))).toEqual([]);
    expect(assets.some((content) => content.includes(title))).toBe(true);
  }
});

it('keeps the interface’s English and the English catalogue out of a French reader’s home page but in the English page’s template', () => {
  const { files } = homeLoad(dist);
  const assets = readdirSync(path.join(dist, 'assets'));
  // The chunks exist, and the home page names none of them.
  // `en-…`: the interface's English, the English catalogue and each flow's (scripts/build/englishChunks.ts).
  const english = assets.filter((file) => /^(en-|loadTranslation-)/.test(file));
  expect(english).toHaveLength(3 + allFlows.length);
  expect(files.filter((file) => english.some((chunk) => file.endsWith(chunk)))).toEqual([]);
  // Nor does the home page hold their words (the English dictionary's, the categories'), but in
  // the English home page's template.
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const template = /<template id="prerender-en"[^>]*>([\s\S]*?)<\/template>/.exec(html)?.[1] ?? '';
  expect(template).toContain(`<h1>${en.text.home.heading}</h1>`);
  const home = frenchHome().join('\n');
  // Those of several words: « Other » might be any code's word.
  const categories = Object.values(englishCategories).filter((name) => name.includes(' '));
  expect(categories.length).toBeGreaterThan(0);
  for (const text of [
    en.text.home.heading,
    en.only.untranslated,
    en.only.ticket.heading,
    ...categories,
  ])
    expect(home.includes(text), text).toBe(false);
});

/** The entry chunk's code of a build (`dist` or `dist-reglages`). */
function entryCode(build: string): string {
  const assets = path.resolve(import.meta.dirname, '../../..', build, 'assets');
  const entry = readdirSync(assets).find((file) => /^index-.*\.js$/.test(file));
  expect(entry).toBeDefined();
  return readFileSync(path.join(assets, entry ?? ''), 'utf8');
}

/**
 * How the entry imports the chunk named `name`: Vite's loader call is `import(…)` followed by the
 * chunk's preload list, `__vite__mapDeps([…])`, or `[]` when vite.config.ts's
 * `resolveDependencies` leaves it none.
 */
function preloadOf(code: string, name: string): 'not imported' | 'none' | 'some' {
  const at = code.search(new RegExp(`import\\(\`\\./${name}-[\\w-]+\\.js\`\\)`));
  if (at < 0) return 'not imported';
  const rest = code.slice(at);
  const none = rest.search(/,\[\]\)/);
  const some = rest.search(/__vite__mapDeps\(/);
  return none >= 0 && (some < 0 || none < some) ? 'none' : 'some';
}

it('preloads nothing for the chunks imported once the page is adopted (notices, the worker’s registration, the sweep, the measurement)', () => {
  const code = entryCode('dist');
  // Vite's list of the files its loader may add as <link rel=modulepreload>.
  const preloadable = /m\.f=(\[[^\]]*\])/.exec(code)?.[1];
  expect(preloadable).toContain('Wizard-');
  expect(preloadable).not.toMatch(/PageNotices-|registerWorker-/);
  // Each name in vite.config.ts's list: a renamed file would be preloaded again, and fail here.
  expect(preloadOf(code, 'FlowPage')).toBe('some');
  for (const name of ['PageNotices', 'registerWorker', 'readSavedSessions'])
    expect(preloadOf(code, name), name).toBe('none');
  // The measurement's chunk is only in a build whose settings give a Matomo server.
  expect(preloadOf(entryCode('dist-reglages'), 'startMeasure')).toBe('none');
});
