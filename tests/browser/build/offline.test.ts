import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allFlows } from '../../../scripts/flows/allFlows';
import { flowTranslationSchema, startSession, stepView } from '../../../src/engine';
import { en } from '../../../src/ui/i18n/english/en';
import networkEnglish from '../../../flows/en/network-connection';
import { launchChromium, workerReady } from '../support/browser';
import { startSwappableServer, type SwappableServer } from '../support/swappableServer';
import { act, endingPaths, expectStep, next, openFlow } from '../support/walk';

let browser: Browser;
let server: SwappableServer;
let context: BrowserContext;
let page: Page;

const offlineNotice =
  'Hors connexion : la procédure fonctionne, le Centre de Services sera accessible une fois la connexion revenue.';

beforeAll(async () => {
  browser = await launchChromium();
  server = await startSwappableServer('dist');
  context = await browser.newContext({ locale: 'fr-FR' });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  // One visit, of the home page only: no procedure opened, so each one's chunks can only come
  // from the worker's precache.
  await page.goto(server.url);
  await page.getByRole('heading', { level: 1, name: 'De quoi avez-vous besoin ?' }).waitFor();
  await workerReady(page);
  await context.setOffline(true);
  await page.reload();
}, 60_000);

afterAll(async () => {
  await context.close();
  await browser.close();
  await server.close();
});

describe('after one visit, with no network at all', () => {
  it('opens the home page from the service worker, and its search works', async () => {
    await page.getByRole('heading', { level: 1, name: 'De quoi avez-vous besoin ?' }).waitFor();
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await page.getByLabel('Rechercher une procédure').fill('reseu');
    await page.getByRole('link', { name: /Problème de connexion réseau/ }).waitFor();
  });

  const cases = allFlows.flatMap((flow) =>
    endingPaths(flow).map((events) => {
      const ending = stepView(events.reduce(next, startSession(flow)));
      return [flow.id, ending.stateId, flow, events] as const;
    }),
  );

  it.each(cases)('walks %s to its ending %s', async (_, __, flow, events) => {
    await openFlow(page, server.url, flow.id);
    let session = startSession(flow);
    await expectStep(page, stepView(session));
    for (const event of events) {
      await act(page, stepView(session), event);
      session = next(session, event);
      await expectStep(page, stepView(session));
    }
    // The ending's way to the desk needs the network: the page says so, without moving.
    await page.getByText(offlineNotice).waitFor();
    expect(await page.getByRole('status').filter({ hasText: offlineNotice }).count()).toBe(1);
    if (stepView(session).kind === 'ticket') {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Télécharger (.txt)' }).click();
      expect((await download).suggestedFilename()).toMatch(/\.txt$/);
    }
  });

  it('says nothing of the network on a step, where no link needs it', async () => {
    await openFlow(page, server.url, 'network-connection');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByText(offlineNotice).count()).toBe(0);
  });

  it('shows the notice when the network goes and hides it when it comes back, moving nothing', async () => {
    await openFlow(page, server.url, 'network-connection');
    await page.getByRole('button', { name: 'Par un câble Ethernet' }).click();
    await page.getByRole('button', { name: 'Oui, ça fonctionne' }).click();
    await page.getByText(offlineNotice).waitFor();
    const desk = page
      .getByRole('main')
      .getByRole('link', { name: /Centre de Services/ })
      .first();
    const before = await desk.boundingBox();
    await context.setOffline(false);
    await page.getByText(offlineNotice).waitFor({ state: 'detached' });
    expect(await desk.boundingBox()).toEqual(before);
    await context.setOffline(true);
    await page.getByText(offlineNotice).waitFor();
    expect(await desk.boundingBox()).toEqual(before);
  });

  it('does not keep the authors’ page, and says so rather than show a blank page', async () => {
    await page.evaluate(() => {
      window.location.hash = '#/auteur';
    });
    await page
      .getByRole('heading', { level: 1, name: 'Cette page n’a pas pu s’afficher' })
      .waitFor();
    await page.getByText('Vérifiez votre connexion à Internet, puis rechargez la page.').waitFor();
  });
});

describe('after one visit in English, with no network at all', () => {
  // English chunks are not precached (a French reader would download them for nothing): the
  // worker keeps them once a reader in English has fetched them (keepEnglishOffline).
  const translation = flowTranslationSchema.parse(networkEnglish);
  const network = allFlows.find((flow) => flow.id === 'network-connection');

  it('keeps every English chunk, then shows a procedure in English offline', async () => {
    if (!network) throw new Error('network-connection is missing');
    const reader = await browser.newContext({ locale: 'en-GB' });
    const tab = await reader.newPage();
    tab.setDefaultTimeout(15_000);
    await tab.goto(server.url);
    await tab.getByRole('heading', { level: 1, name: en.text.home.heading }).waitFor();
    await workerReady(tab);
    // The interface's English, the English catalogue and each flow's English.
    const expected = 2 + allFlows.length;
    // Polled from here: waitForFunction takes a promise for a true value, and would not wait.
    await expect
      .poll(() => tab.evaluate(async () => (await (await caches.open('anglais')).keys()).length), {
        timeout: 15_000,
      })
      .toBeGreaterThanOrEqual(expected);
    await reader.setOffline(true);
    await tab.reload();
    await tab.getByRole('heading', { level: 1, name: en.text.home.heading }).waitFor();
    await openFlow(tab, server.url, network.id, en.text.home.heading);
    const view = stepView(startSession(network), { language: 'en', translation });
    expect(view.lang).toBe('en');
    await expectStep(tab, view);
    expect(await tab.evaluate(() => document.documentElement.lang)).toBe('en');
    await reader.close();
  });
});
