import path from 'node:path';
import { build, createServer, type IndexHtmlTransformContext, type Plugin } from 'vite';
import { flowCatalog } from './flowCatalogPlugin.ts';
import { deploymentSettings } from './settingsPlugin.ts';

const emptyRoot = '<div id="root"></div>';
/** The entry as Vite names it in index.html. */
const entryScript = /<script type="module" crossorigin src="([^"]+)"><\/script>/;

/**
 * The home page's markup in French and in English (#root and a <template> after it), rendered by
 * the app's own components (src/ui/prerender/renderHome.tsx) through a Vite server with the same
 * virtual modules as the app (the flows' catalogue in both languages, the deployment settings):
 * it cannot drift from what the app draws.
 */
async function renderHome(root: string): Promise<string> {
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'silent',
    appType: 'custom',
    plugins: [flowCatalog(), deploymentSettings()],
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  try {
    const module = await server.ssrLoadModule('/src/ui/prerender/renderHome.tsx');
    const render: unknown = module.renderHome;
    if (typeof render !== 'function') throw new Error('renderHome.tsx exports no renderHome.');
    const markup: unknown = await Reflect.apply(render, undefined, []);
    if (typeof markup !== 'string') throw new Error('renderHome() gave no markup.');
    return markup;
  } finally {
    await server.close();
  }
}

/** src/ui/prerender/bootPage.ts and what it imports, as one classic script (no module), minified. */
async function classicScript(root: string): Promise<string> {
  const output = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    publicDir: false,
    build: {
      write: false,
      minify: true,
      lib: {
        entry: path.join(root, 'src/ui/prerender/bootPage.ts'),
        formats: ['iife'],
        name: 'bootPage',
      },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  const chunk = results
    .flatMap((result) => ('output' in result ? result.output : []))
    .find((item) => item.type === 'chunk');
  if (!chunk) throw new Error('bootPage.ts gave no script.');
  return chunk.code;
}

/**
 * The chunks main.tsx waits for before React draws, for a reader in English: the interface's
 * English (`words`, on every page) and the English catalogue (`home`, the home page's list), each
 * with the chunks it imports that the entry does not. As URLs, space-separated, for the boot
 * script to preload.
 */
function englishPreloads(
  bundle: NonNullable<IndexHtmlTransformContext['bundle']>,
  entry: string,
): { words: string; home: string } {
  const chunks = Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [item] : []));
  const entryChunk = chunks.find((chunk) => `/${chunk.fileName}` === entry);
  const loaded = new Set([entryChunk?.fileName, ...(entryChunk?.imports ?? [])]);
  const urls = (module: RegExp) => {
    const chunk = chunks.find((candidate) => module.test(candidate.facadeModuleId ?? ''));
    if (!chunk) throw new Error(`No chunk for ${String(module)}: nothing to preload in English.`);
    return [chunk.fileName, ...chunk.imports]
      .filter((file) => !loaded.has(file))
      .map((file) => `/${file}`)
      .join(' ');
  };
  return { words: urls(/\/src\/ui\/i18n\/english\/en\.ts$/), home: urls(/flow-catalog-en$/) };
}

/**
 * Writes the home page, rendered at build time in French and in English, into index.html's empty
 * #root (the English in a <template> after it, which the boot script shows to a reader in
 * English): the page is drawn as soon as the HTML arrives (its stylesheet is inline: scripts/build/inlineStylesheet.ts),
 * before the entry's JavaScript has run, and main.tsx adopts it. The entry is only preloaded by
 * the HTML; a small classic script, inline in <head> (its hash is in the CSP, as the stylesheet's:
 * scripts/build/cspPlugin.ts), starts it: at once on any other page (a link to a step, the agent's
 * view), whose pre-rendered home it hides before the body is parsed, and on the home page once
 * that page is painted (see src/ui/prerender/bootPage.ts). Inline, neither is a request that
 * the first paint waits for.
 */
export function prerenderHome(): Plugin {
  let root = process.cwd();
  let bootScript = '';
  return {
    name: 'prerender-home',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      bootScript = (await classicScript(root)).trim();
      if (/<\/script/i.test(bootScript)) throw new Error("bootPage.ts's script holds </script>.");
    },
    transformIndexHtml: {
      order: 'post',
      handler: async (html, context) => {
        if (!html.includes(emptyRoot)) throw new Error(`index.html has no ${emptyRoot} to fill.`);
        const entry = entryScript.exec(html)?.[1];
        if (entry === undefined) throw new Error('index.html names no entry module.');
        if (!context.bundle) throw new Error('The build gave index.html no bundle.');
        const english = englishPreloads(context.bundle, entry);
        const markup = await renderHome(root);
        return html
          .replace(entryScript, () => `<link rel="modulepreload" crossorigin href="${entry}">`)
          .replace(emptyRoot, () => markup)
          .replace(
            '</head>',
            () =>
              `  <script data-entry="${entry}" data-english="${english.words}" data-english-home="${english.home}">${bootScript}</script>\n  </head>`,
          );
      },
    },
  };
}
