import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { stepView } from '../../../src/engine';
import { networkFlow } from '../../support/walks/networkWalk';
import { launchChromium, workerReady } from '../support/browser';
import { startSwappableServer, type SwappableServer } from '../support/swappableServer';
import { expectStep, openFlow, replay } from '../support/walk';

/**
 * Two successive deployments: `dist/`, then `dist-reglages/` at the same URL (the same app built
 * with other settings, so its entry, its chunks and its service worker all differ), as a tab
 * left open meets them.
 */
const first = 'dist';
const second = 'dist-reglages';

let browser: Browser;
const servers: SwappableServer[] = [];

beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
});

async function serve(dir: string) {
  const server = await startSwappableServer(dir);
  servers.push(server);
  return server;
}

const notice = 'Une nouvelle version est disponible.';
const atCable = stepView(replay(networkFlow, [{ type: 'WIRED' }]));
const resolved = stepView(replay(networkFlow, [{ type: 'WIRED' }, { type: 'FIXED' }]));

/** Only the second build links the public assistance form (its settings give the address). */
async function isSecondBuild(page: Page) {
  return (await page.getByRole('link', { name: 'formulaire de demande d’assistance' }).count()) > 0;
}

it('offers a new version on the home page and endings only, and the session survives it', async () => {
  const server = await serve(first);
  const page = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(server.url);
  await workerReady(page);
  await openFlow(page, server.url, networkFlow.id);
  await page.getByRole('button', { name: 'Par un câble Ethernet' }).click();
  await expectStep(page, atCable);

  server.deploy(second);
  // The browser looks for a new worker at each page load, the app every hour: here, now.
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  await page.getByRole('link', { name: 'Dépannage informatique' }).click();
  await page.getByText(notice).waitFor();
  expect(await page.getByRole('status').filter({ hasText: notice }).count()).toBe(1);

  // Back in the procedure: not a word, whatever the step; on its ending, the notice again.
  await page.getByRole('link', { name: /^Reprendre\W*Problème de connexion réseau$/ }).click();
  await expectStep(page, atCable);
  expect(await page.getByText(notice).count()).toBe(0);
  await page.getByRole('button', { name: 'Oui, ça fonctionne' }).click();
  await expectStep(page, resolved);
  await page.getByText(notice).waitFor();
  await page.getByRole('button', { name: 'Retour' }).click();
  await expectStep(page, atCable);
  expect(await page.getByText(notice).count()).toBe(0);

  // Another tab of the old build, in the middle of the procedure.
  const other = await page.context().newPage();
  other.setDefaultTimeout(15_000);
  let otherLoads = 0;
  other.on('load', () => {
    otherLoads++;
  });
  await other.goto(`${server.url}#/procedure/${networkFlow.id}`);
  await expectStep(other, atCable);

  // « Mettre à jour » on the home page: one reload onto the second build, the session kept.
  await page.getByRole('link', { name: 'Dépannage informatique' }).click();
  expect(await isSecondBuild(page)).toBe(false);
  await Promise.all([
    page.waitForEvent('load'),
    page.getByRole('button', { name: 'Mettre à jour' }).click(),
  ]);
  await page.getByRole('heading', { level: 1, name: 'De quoi avez-vous besoin ?' }).waitFor();
  expect(await isSecondBuild(page)).toBe(true);
  expect(await page.getByText(notice).count()).toBe(0);
  await page.getByRole('link', { name: /^Reprendre\W*Problème de connexion réseau$/ }).click();
  await expectStep(page, atCable);

  // The other tab now runs old code under the new worker: it was not reloaded under the
  // person's feet; it offers the switch once back on the home page.
  expect(otherLoads).toBe(1);
  expect(await other.getByText(notice).count()).toBe(0);
  await other.getByRole('link', { name: 'Dépannage informatique' }).click();
  await Promise.all([
    other.waitForEvent('load'),
    other.getByRole('button', { name: 'Mettre à jour' }).click(),
  ]);
  await other.getByRole('heading', { level: 1, name: 'De quoi avez-vous besoin ?' }).waitFor();
  expect(await isSecondBuild(other)).toBe(true);
  await page.context().close();
});

it('reloads once onto the new build when a chunk of the old one is gone, instead of a blank page', async () => {
  const server = await serve(first);
  // No worker here: the tab holds the old build's page, the server only the new build's files.
  const context = await browser.newContext({ locale: 'fr-FR', serviceWorkers: 'block' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  let loads = 0;
  page.on('load', () => {
    loads++;
  });
  await page.goto(server.url);
  await page.getByRole('heading', { level: 1, name: 'De quoi avez-vous besoin ?' }).waitFor();
  server.deploy(second);
  await page.getByRole('link', { name: /Problème de connexion réseau/ }).click();
  await expectStep(page, stepView(replay(networkFlow, [])));
  expect(await isSecondBuild(page)).toBe(true);
  expect(loads).toBe(2);

  // A chunk the new build lacks too: one reload, then the page says what to do; no loop.
  const other = await context.newPage();
  other.setDefaultTimeout(15_000);
  let otherLoads = 0;
  other.on('load', () => {
    otherLoads++;
  });
  await other.route('**/assets/FlowPage-*.js', (route) => route.fulfill({ status: 404 }));
  await other.goto(server.url);
  await other.getByRole('link', { name: /Problème de connexion réseau/ }).click();
  await other
    .getByRole('heading', { level: 1, name: 'Cette page n’a pas pu s’afficher' })
    .waitFor();
  expect(otherLoads).toBe(2);
  await context.close();
});
