import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startBrowserApp, type BrowserApp } from '../support/browser';

let app: BrowserApp;
let page: Page;
const requests: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  app = await startBrowserApp();
  const context = await app.browser.newContext({
    locale: 'fr-FR',
    viewport: { width: 1280, height: 900 },
  });
  page = await context.newPage();
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
}, 30_000);

afterAll(async () => {
  await app.close();
});

async function expectAccessible() {
  expect(await axeViolations(page), await page.title()).toEqual([]);
}

describe('a new user in Chromium, on the production build', () => {
  it('finds the network flow and reaches the ticket summary holding every value typed', async () => {
    await page.goto(app.url);
    await expectAccessible();
    await page.getByLabel('Rechercher une procédure').fill('reseu');
    await page.getByRole('link', { name: /Problème de connexion réseau/ }).click();

    await page.getByRole('button', { name: 'Par un câble Ethernet' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Vérifiez le câble Ethernet');
    await expectAccessible();
    await page.getByRole('button', { name: 'Non, toujours pas de connexion' }).click();

    await page.getByRole('button', { name: 'Continuer', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').isVisible()).toBe(true);
    await expectAccessible();

    await page.getByLabel('Numéro de la prise réseau utilisée').fill('B12-034');
    await page.getByLabel(/prise qui fonctionne/).fill('B12-035');
    await page.getByLabel('À une date précise').check();
    await page.getByLabel('Jour', { exact: true }).fill('2');
    await page.getByLabel('Mois', { exact: true }).fill('11');
    await page.getByLabel('Année', { exact: true }).fill('2026');
    await page.getByLabel('Nom du PC').fill('UM-PC-4242');
    await page.getByLabel('Directement sur le PC portable').check();
    await page.getByRole('button', { name: 'Continuer', exact: true }).click();

    await page.getByRole('button', { name: 'Je ne sais pas' }).click();
    await page.getByLabel('Site').fill('Triolet');
    await page.getByLabel('Bâtiment').fill('Bâtiment 16');
    await page.getByLabel('Étage').fill('2');
    await page.getByLabel('Numéro ou nom du bureau').fill('214');
    await page.getByRole('button', { name: 'Continuer', exact: true }).click();
    await page.getByLabel('Numéro de téléphone (facultatif)').fill('06 12 34 56 78');
    await page.getByLabel('Quand vous joindre ? (facultatif)').fill('le matin');
    await page.getByRole('button', { name: 'Continuer', exact: true }).click();

    await page
      .getByRole('heading', {
        level: 1,
        name: 'Votre demande est prête : copiez-la puis déposez-la dans le Centre de Services',
      })
      .waitFor();
    const summary = await page.locator('main').innerText();
    for (const value of [
      'B12-034',
      'B12-035',
      '02/11/2026',
      'UM-PC-4242',
      'Directement sur le PC portable',
      'Triolet',
      'Bâtiment 16',
      '214',
      '06 12 34 56 78',
      'le matin',
      'ne sait pas',
      'fait, toujours pas de connexion',
    ]) {
      expect(summary).toContain(value);
    }
    // The way to the desk, from the default settings: the ENT, never an empty address.
    const door = page.getByRole('link', { name: 'Ouvrir le Centre de Services (nouvel onglet)' });
    expect(await door.getAttribute('href')).toBe('https://ent.umontpellier.fr');
    expect(await page.locator('a[href^="mailto:"], a[href=""], a:not([href])').count()).toBe(0);
    await expectAccessible();
    expect(pageErrors).toEqual([]);
    const origin = new URL(app.url).origin;
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  });

  it('keeps the page within 360 px on a phone', async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
  });
});
