import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { axeViolations, startBrowserApp, type BrowserApp } from '../support/browser';

let app: BrowserApp;
let page: Page;
const scripts: string[] = [];

beforeAll(async () => {
  app = await startBrowserApp();
  page = await (await app.browser.newContext({ locale: 'fr-FR' })).newPage();
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
}, 60_000);

afterAll(async () => {
  await app.close();
});

it('does not download Mermaid for staff, on the home page and in a flow', async () => {
  await page.goto(`${app.url}#/procedure/network-connection`);
  await page.getByRole('button', { name: 'En Wi-Fi' }).waitFor();
  expect(scripts.filter((url) => /mermaid|Author/i.test(url))).toEqual([]);
});

it('lists every flow with its check result', async () => {
  await page.goto(`${app.url}#/auteur`);
  await page.getByRole('heading', { level: 1, name: 'Espace auteur : les procédures' }).waitFor();
  const row = page.getByRole('row', { name: /Problème de connexion réseau/ });
  await expect.poll(() => row.innerText()).toContain('Aucun problème');
  expect(await axeViolations(page)).toEqual([]);
});

it('shows a flow’s diagram, its endings and a preview from any step', async () => {
  await page.goto(`${app.url}#/auteur/network-connection`);
  await page.locator('.diagram__canvas svg').waitFor({ timeout: 20_000 });
  expect(scripts.some((url) => /mermaid/i.test(url))).toBe(true);
  const endings = await page.locator('.endings').innerText();
  expect(endings).toContain('Votre connexion fonctionne');
  expect(endings).toContain('«\u202fPar un câble Ethernet\u202f»');
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('link', { name: 'Aperçu depuis ici : wiredTicket' }).click();
  await page
    .getByRole('heading', {
      level: 1,
      name: 'Votre demande est prête : copiez-la puis déposez-la dans le Centre de Services',
    })
    .waitFor();
  expect(await page.locator('main').innerText()).toContain('Prise utilisée');
  expect(await axeViolations(page)).toEqual([]);
});
