import { createServer } from 'node:http';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startBrowserApp, type BrowserApp } from '../support/browser';
import { holdEntry } from '../support/holdEntry';

let app: BrowserApp;

beforeAll(async () => {
  app = await startBrowserApp();
}, 60_000);

afterAll(async () => {
  await app.close();
});

declare global {
  interface Window {
    /** The elements of #root as the HTML parser made them, before any script changed them. */
    parsedNodes?: Element[];
    /** Each frame drawn while #root still held the pre-rendered markup, with what it showed. */
    prerenderedFrames?: { homeShown: boolean; heading?: string }[];
    /** For each frame until the pre-rendered page is parsed, whether it was: false, a frame before. */
    framesParsed?: boolean[];
  }
}

/**
 * Runs in the page before any of its scripts: keeps the elements the parser puts in #root, and
 * checks at every frame (requestAnimationFrame runs before each paint) whether the pre-rendered
 * home page would be drawn, that is whether its heading has a box.
 */
function watchPrerender() {
  window.parsedNodes = [];
  window.prerenderedFrames = [];
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes)
        if (node instanceof Element && node.closest('[data-prerendered]'))
          window.parsedNodes?.push(node, ...node.querySelectorAll('*'));
  }).observe(document, { subtree: true, childList: true });
  const frame = () => {
    const root = document.getElementById('root');
    // Adopted or replaced: nothing pre-rendered is left to draw.
    if (root && !root.hasAttribute('data-prerendered')) return;
    // With nothing render-blocking, a frame may come before the parser has reached #root.
    if (root) {
      const heading = root.querySelector('h1');
      const homeShown = (heading?.getClientRects().length ?? 0) > 0;
      window.prerenderedFrames?.push({
        homeShown,
        heading: homeShown ? (heading?.textContent ?? undefined) : undefined,
      });
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

async function watchedPage(
  context?: BrowserContext,
  on: BrowserApp = app,
): Promise<{ page: Page; errors: string[] }> {
  const page = await (context ?? (await on.browser.newContext({ locale: 'fr-FR' }))).newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(watchPrerender);
  return { page, errors };
}

const homeHeading = 'De quoi avez-vous besoin\u202f?';

/** The search, in each language, with which `adopted` checks that React has taken over. */
const searches = {
  fr: { field: 'Rechercher une procédure', query: 'réseau', results: 'Résultats de la recherche' },
  en: { field: 'Search for a procedure', query: 'network', results: 'Search results' },
};

/** Waits until React has taken over the page (the search answers), then says which parsed elements it kept. */
async function adopted(
  page: Page,
  selectors: string[],
  search: (typeof searches)['fr'] = searches.fr,
): Promise<boolean[]> {
  await page.getByRole('searchbox', { name: search.field }).fill(search.query);
  await expect
    .poll(() => page.getByRole('heading', { level: 2, name: search.results }).count())
    .toBe(1);
  return page.evaluate(
    (list) =>
      list.map((selector) => {
        const element = document.querySelector(selector);
        return element !== null && (window.parsedNodes ?? []).includes(element);
      }),
    selectors,
  );
}

it('serves the home page drawn in index.html, which React adopts as it is', async () => {
  const html = await (await fetch(app.url)).text();
  expect(html).toContain('<div id="root" data-prerendered="fr">');
  expect(html).toContain(`<h1>${homeHeading}</h1>`);
  // The entry is preloaded, and started by the boot script, inline as the stylesheet: the first
  // paint waits for no other request. No module tag.
  expect(html).not.toMatch(/<script type="module"/);
  expect(html).toMatch(/<script data-entry="\/assets\/index-[\w-]+\.js"[^>]*>\(function/);
  expect(html).toMatch(/<style>:root\{/);
  expect(html).not.toMatch(/<link rel="stylesheet"(?![^>]*\bdisabled>)/);

  const { page, errors } = await watchedPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(app.url);
  const parsed = await page.evaluate(() => window.parsedNodes?.length ?? 0);
  expect(parsed).toBeGreaterThan(50);
  // Drawn before the app's script has run: frames with the pre-rendered heading on screen.
  await expect
    .poll(() => page.evaluate(() => window.prerenderedFrames?.some((frame) => frame.homeShown)))
    .toBe(true);
  // Adopted, not drawn again: the frame, the heading and the search field are the parsed
  // elements (a markup that differed from the app's would have been replaced, with an error).
  expect(await adopted(page, ['header', 'h1', 'input[type="search"]', 'footer'])).toEqual([
    true,
    true,
    true,
    true,
  ]);
  expect(await page.locator('template').count()).toBe(0); // the English, unused, is gone
  // No English words (a search fetches the English list, which finds « guest account » too).
  expect(requested.filter((url) => url.startsWith('/assets/en-en-'))).toEqual([]);
  expect(errors).toEqual([]);
});

/**
 * index.html's `<link rel="expect" href="#root" blocking="render">`: the browser draws no frame
 * before the pre-rendered page is parsed, so the first frame is the page, never an empty body
 * drawn between the head and the body. Here the HTML arrives in two parts, the head, then after
 * a pause #root and the rest, as on a slow network.
 */
it('draws no frame before the pre-rendered page is parsed, even when the HTML arrives in two parts', async () => {
  const html = await (await fetch(app.url)).text();
  const cut = html.indexOf('<div id="root"');
  expect(cut).toBeGreaterThan(html.indexOf('</head>'));
  const gate: { open?: () => void } = {};
  const released = new Promise<void>((resolve) => {
    gate.open = resolve;
  });
  // The document in two parts; every other file as the preview server serves it, same origin.
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://host').pathname;
    if (pathname === '/') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.write(html.slice(0, cut));
      void released.then(() => response.end(html.slice(cut)));
      return;
    }
    fetch(new URL(pathname, app.url)).then(
      async (upstream) => {
        const type = upstream.headers.get('content-type') ?? 'application/octet-stream';
        response.writeHead(upstream.status, { 'Content-Type': type });
        response.end(Buffer.from(await upstream.arrayBuffer()));
      },
      () => response.writeHead(502).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');

  const page = await (await app.browser.newContext({ locale: 'fr-FR' })).newPage();
  await page.addInitScript(() => {
    window.framesParsed = [];
    const frame = () => {
      // The page's last part: there, the pre-rendered page is all parsed. A frame before the body
      // has begun (before the head is parsed, when the link is not there yet) draws no body.
      const parsed = document.querySelector('#root > footer') !== null;
      if (document.querySelector('body') !== null) window.framesParsed?.push(parsed);
      if (!parsed) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await page.goto(`http://127.0.0.1:${String(address.port)}/`, { waitUntil: 'commit' });
  // The first part is parsed (the body has begun), and the parser waits for the rest.
  await expect.poll(() => page.evaluate(() => document.querySelector('body') !== null)).toBe(true);
  // A pause in which Chromium, drawing at 60 Hz, would draw several frames of the empty body were
  // nothing blocking them: it does not decide the outcome when the page is right (no frame comes,
  // however long the pause), only makes the test fail when the link is missing.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
  gate.open?.();
  await page.waitForLoadState('load');
  await expect.poll(() => page.evaluate(() => window.framesParsed)).toEqual([true]);
  await page.context().close();
  await new Promise((resolve) => server.close(resolve));
});

it('draws the home page pre-rendered in English for a reader in English, never the French one', async () => {
  const html = await (await fetch(app.url)).text();
  expect(html).toMatch(/<template id="prerender-en" data-title="IT troubleshooting — [^"]+"><a /);

  const { page, errors } = await watchedPage(await app.browser.newContext({ locale: 'en-GB' }));
  await page.goto(app.url);
  // Drawn before the app's script has run, in English only: the French markup is hidden before
  // the body is parsed, and the English put in its place before the first paint.
  await expect
    .poll(() => page.evaluate(() => window.prerenderedFrames?.some((frame) => frame.homeShown)))
    .toBe(true);
  const headings = await page.evaluate(() =>
    (window.prerenderedFrames ?? []).flatMap((frame) => (frame.homeShown ? [frame.heading] : [])),
  );
  expect(new Set(headings)).toEqual(new Set(['What do you need?']));
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  expect(await page.title()).toBe('IT troubleshooting — DSIN Université de Montpellier');
  // Adopted in English, not drawn again; the template is gone.
  expect(
    await adopted(page, ['header', 'h1', 'input[type="search"]', 'footer'], searches.en),
  ).toEqual([true, true, true, true]);
  expect(await page.locator('template').count()).toBe(0);
  // The English chunks React waits for (the words, the list) were preloaded by the boot script,
  // alongside the entry, and fetched once each: the entry's loader did not ask for them again.
  const english = /data-english="([^"]+)" data-english-home="([^"]+)"/.exec(html);
  const chunks = [...(english?.[1] ?? '').split(' '), ...(english?.[2] ?? '').split(' ')];
  expect(chunks).toEqual(expect.arrayContaining([expect.stringMatching(/^\/assets\/en-en-/)]));
  // Preloaded before the entry started (its <script> comes after): not by the entry's loader.
  expect(
    await page.evaluate(() => {
      const entry = document.head.querySelector('script[type="module"]');
      return [...document.head.querySelectorAll('link[rel="modulepreload"]')]
        .filter(
          (link) =>
            entry !== null &&
            (link.compareDocumentPosition(entry) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
        )
        .map((link) => new URL(link.getAttribute('href') ?? '', document.baseURI).pathname);
    }),
  ).toEqual(expect.arrayContaining(chunks));
  // The page's own fetches of each (keepEnglishOffline's, through the worker once it controls the
  // page, to keep them offline) aside, each was loaded once.
  const loaded = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter(
        (entry) => entry instanceof PerformanceResourceTiming && entry.initiatorType !== 'fetch',
      )
      .map((entry) => new URL(entry.name).pathname),
  );
  for (const chunk of chunks)
    expect(
      loaded.filter((url) => url === chunk),
      chunk,
    ).toHaveLength(1);
  expect(errors).toEqual([]);
});

it('searches what was typed in the pre-rendered field before the app’s script ran', async () => {
  const { page, errors } = await watchedPage();
  const release = await holdEntry(page);
  await page.goto(app.url);
  await page.getByRole('searchbox', { name: searches.fr.field }).fill(searches.fr.query);
  release();
  await expect
    .poll(() => page.getByRole('heading', { level: 2, name: searches.fr.results }).count())
    .toBe(1);
  expect(await page.getByRole('searchbox').inputValue()).toBe(searches.fr.query);
  expect(errors).toEqual([]);
});

it('opens a procedure chosen before the app’s script ran as from the list: focus on its heading', async () => {
  const { page, errors } = await watchedPage();
  const release = await holdEntry(page);
  await page.goto(app.url);
  // The browser follows the pre-rendered link itself: only the fragment changes.
  await page.getByRole('link', { name: /^Problème de connexion réseau/ }).click();
  expect(new URL(page.url()).hash).toBe('#/procedure/network-connection');
  release();
  await expect
    .poll(() =>
      page.evaluate(() =>
        document.activeElement?.tagName === 'H1' ? document.activeElement.textContent : null,
      ),
    )
    .toBe('Comment votre ordinateur est-il relié au réseau\u202f?');
  expect(errors).toEqual([]);
});

it('never draws the pre-rendered home page on a link to a step, nor shows it to a screen reader', async () => {
  const { page, errors } = await watchedPage();
  await page.goto(`${app.url}#/procedure/network-connection/1`);
  await expect
    .poll(() => page.locator('h1').textContent())
    .toBe('Comment votre ordinateur est-il relié au réseau\u202f?');
  const frames = await page.evaluate(() => window.prerenderedFrames ?? []);
  expect(frames.filter((frame) => frame.homeShown)).toEqual([]);
  expect(await page.getByRole('heading', { name: homeHeading }).count()).toBe(0);
  expect(errors).toEqual([]);
});

it('draws the home page with « Reprendre » at once when a session is saved, never without it', async () => {
  const context = await app.browser.newContext({ locale: 'fr-FR' });
  // A session saved on an earlier visit, there before the page's first script runs; the first
  // visit of this context, so nothing is cached and the page is drawn before the app has run.
  await context.addInitScript(() => {
    const saved = {
      format: 2,
      flowId: 'network-connection',
      version: 'earlier',
      savedAt: Date.now(),
      events: [{ type: 'Par un câble Ethernet' }],
      drafts: {},
      stepNumber: 2,
      finished: false,
    };
    localStorage.setItem('depannage:session:network-connection', JSON.stringify(saved));
  });
  const { page, errors } = await watchedPage(context);
  await page.goto(app.url);
  await expect
    .poll(() => page.getByRole('heading', { name: 'Reprendre là où vous en étiez' }).count())
    .toBe(1);
  const frames = await page.evaluate(() => window.prerenderedFrames ?? []);
  expect(frames.filter((frame) => frame.homeShown)).toEqual([]);
  expect(errors).toEqual([]);
});

it('adopts the footer’s audience-measurement line too, where the settings give Matomo', async () => {
  const configured = await startBrowserApp('configured');
  try {
    const { page, errors } = await watchedPage(undefined, configured);
    await page.goto(configured.url);
    expect(await adopted(page, ['h1', 'footer p:last-child button'])).toEqual([true, true]);
    // The test settings' Matomo server does not run here: its beacons' refusals aside.
    expect(errors.filter((error) => !error.includes('ERR_CONNECTION_REFUSED'))).toEqual([]);
  } finally {
    await configured.close();
  }
});
