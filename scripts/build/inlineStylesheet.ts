import type { Plugin } from 'vite';

/** The entry's stylesheet as Vite links it in index.html. */
const stylesheetLink = /<link rel="stylesheet" crossorigin href="\/([^"]+\.css)">/;

/**
 * Puts the entry's stylesheet into index.html as a `<style>` element: a request less before the
 * first paint, which waited for it (2 kB gzip, over a slow phone network a round trip and more).
 * The CSP allows exactly this text by its hash (scripts/build/cspPlugin.ts).
 *
 * The `<link>` stays, `disabled`: a disabled stylesheet is not fetched nor applied, but Vite's
 * loader of lazy chunks, which lists this stylesheet among the dependencies of some (the staff
 * pages, Mermaid), finds it in the page and does not link it again: the same rules loaded a
 * second time, after the staff pages' own, would override them. The file stays in the build.
 */
export function inlineStylesheet(): Plugin {
  return {
    name: 'inline-stylesheet',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) => {
        const link = stylesheetLink.exec(html);
        const file = link?.[1];
        const asset = file === undefined ? undefined : context.bundle?.[file];
        if (!link || asset?.type !== 'asset')
          throw new Error('index.html links no stylesheet of the build to inline.');
        const css =
          typeof asset.source === 'string' ? asset.source : Buffer.from(asset.source).toString();
        if (/<\/style/i.test(css)) throw new Error(`${file} holds </style>.`);
        return html.replace(
          stylesheetLink,
          () => `<style>${css.trim()}</style>\n    ${link[0].replace('>', ' disabled>')}`,
        );
      },
    },
  };
}
