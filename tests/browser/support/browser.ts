import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
// Headless, and without the background-networking flags Chromium tries to reach outside hosts,
// which are refused here. The bench launches Chromium with the same list (scripts/bench/apps.mjs).
import chromiumFlags from '../../../scripts/shared/chromiumFlags.json';

/** Debian's chromium, never a downloaded browser (`.ci/run` installs it with apt-get). */
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, with the shared flags. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Chromium at ${executablePath}: apt-get install -y chromium, or set CHROME_PATH.`,
    );
  }
  return chromium.launch({ executablePath, args: chromiumFlags });
}

export interface BrowserApp {
  browser: Browser;
  server: PreviewServer;
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves the production build on 127.0.0.1 and starts Chromium: `dist/`, built with the default
 * settings, or `dist-reglages/`, built with tests/support/deploiement.test.json (`npm run
 * test:browser` makes both).
 */
export async function startBrowserApp(
  build: 'default' | 'configured' = 'default',
): Promise<BrowserApp> {
  const outDir = build === 'default' ? 'dist' : 'dist-reglages';
  if (!existsSync(`${outDir}/index.html`))
    throw new Error(`${outDir}/ is missing: run \`npm run test:browser\`, which builds it.`);
  const server = await preview({
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    build: { outDir },
    logLevel: 'silent',
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string')
    throw new Error('preview server has no port');
  const browser = await launchChromium();
  return {
    browser,
    server,
    url: `http://127.0.0.1:${String(address.port)}/`,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

declare global {
  interface Window {
    axe?: typeof axe;
  }
}

/** axe-core's own source, evaluated through the DevTools protocol so a page's CSP does not block it. */
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** WCAG 2.1 A and AA violations on the page as it is now, as "rule: target" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Once per document: its 650 kB, sent and run again for every screen of a walk in one page
  // (a hash change keeps the document), were a fifth of the browser walk's CPU time.
  if (!(await page.evaluate(() => window.axe !== undefined))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    if (!window.axe) throw new Error('axe-core did not load');
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
    );
  });
}

/** Resolves once the page's service worker is active, that is once it has cached the whole app. */
export async function workerReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}
