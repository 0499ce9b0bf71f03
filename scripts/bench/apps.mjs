// The two pages under test, served from their production builds, and the Chromium that drives them.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** The flags of tests/browser/support/browser.ts (one list for both): no outside host is reachable here. */
export const chromeFlags = JSON.parse(
  readFileSync(new URL('../shared/chromiumFlags.json', import.meta.url), 'utf8'),
);

/** A production build served by `vite preview` on 127.0.0.1, on a free port. */
export async function serve(options) {
  const server = await preview({
    ...options,
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'silent',
  });
  const address = server.httpServer.address();
  return { server, url: `http://127.0.0.1:${String(address.port)}/` };
}

/** Serves the app's build in `appDist` (with the app's vite.config.ts) and bench/dist. */
export async function startServers(root, appDist) {
  const app = await serve({ root, build: { outDir: appDist } });
  const survey = await serve({ configFile: `${root}/bench/vite.config.mjs` });
  return {
    appUrl: app.url,
    surveyUrl: survey.url,
    close: async () => {
      await app.server.close();
      await survey.server.close();
    },
  };
}

export const launchChromium = () =>
  chromium.launch({ executablePath: chromePath, args: chromeFlags });

/**
 * How to drive each page: where a step's heading is, how to answer, how to go back. Both walk
 * a 3-screen path: answer, answer, back, back.
 */
export const subjects = {
  ours: {
    name: 'this app (network-connection)',
    heading: 'h1',
    answer: '.button--answer',
    back: '.wizard__nav button.back-link',
    async open(page, url) {
      await page.goto(url);
      await page.evaluate(() => {
        localStorage.clear();
      });
      await page.goto(`${url}#/procedure/network-connection`);
      await page.locator('.button--answer').first().waitFor();
    },
  },
  surveyjs: {
    name: 'SurveyJS (3 radio questions, one per screen)',
    heading: '.sd-question__title',
    // An answer other than the one already chosen, so that SurveyJS advances.
    answer: '.sd-item:not(.sd-item--checked) .sd-selectbase__label',
    back: '.sd-navigation__prev-btn',
    async open(page, url) {
      await page.goto(url);
      await page.locator('.sd-question__title').first().waitFor();
    },
  },
};
