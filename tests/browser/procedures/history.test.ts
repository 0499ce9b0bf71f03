import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startBrowserApp, type BrowserApp } from '../support/browser';

let app: BrowserApp;
let page: Page;

beforeAll(async () => {
  app = await startBrowserApp();
  page = await (await app.browser.newContext({ locale: 'fr-FR' })).newPage();
}, 60_000);

afterAll(async () => {
  await app.close();
});

const heading = () => page.locator('h1').textContent();

it('gives each step its own URL and history entry; Back and Forward move like the back link', async () => {
  await page.goto(app.url);
  await page.getByRole('link', { name: /Problème de connexion réseau/ }).click();
  await page.getByRole('button', { name: 'Par un câble Ethernet' }).click();
  await page.getByRole('button', { name: 'Non, toujours pas de connexion' }).click();
  await page.getByLabel('Nom du PC').fill('UM-PC-5');
  await expect.poll(() => new URL(page.url()).hash).toBe('#/procedure/network-connection/3');

  await page.goBack();
  await expect.poll(heading).toBe('Vérifiez le câble Ethernet');
  await expect.poll(() => new URL(page.url()).hash).toBe('#/procedure/network-connection/2');
  await page.goBack();
  await expect.poll(heading).toBe('Comment votre ordinateur est-il relié au réseau\u202f?');

  await page.goForward();
  await expect.poll(heading).toBe('Vérifiez le câble Ethernet');
  await page.goForward();
  await expect.poll(heading).toBe('Décrivez le problème pour le Centre de Services');
  expect(await page.getByLabel('Nom du PC').inputValue()).toBe('UM-PC-5');

  await page.getByRole('button', { name: 'Retour' }).click();
  await expect.poll(heading).toBe('Vérifiez le câble Ethernet');
  // The screen changes at once; the history follows once it is painted.
  await expect.poll(() => new URL(page.url()).hash).toBe('#/procedure/network-connection/2');
  await page.goForward();
  await expect.poll(heading).toBe('Décrivez le problème pour le Centre de Services');
});

it('keeps the step and the typed values across a reload', async () => {
  await page.reload();
  await expect.poll(heading).toBe('Décrivez le problème pour le Centre de Services');
  expect(await page.getByLabel('Nom du PC').inputValue()).toBe('UM-PC-5');
  await page.getByRole('button', { name: 'Retour' }).click();
  await expect.poll(heading).toBe('Vérifiez le câble Ethernet');
});

it('opens a shared link at the start of the flow, in a browser that never saw it', async () => {
  const fresh = await (await app.browser.newContext({ locale: 'fr-FR' })).newPage();
  await fresh.goto(`${app.url}#/procedure/network-connection/3`);
  await expect
    .poll(() => fresh.locator('h1').textContent())
    .toBe('Comment votre ordinateur est-il relié au réseau\u202f?');
  await expect.poll(() => new URL(fresh.url()).hash).toBe('#/procedure/network-connection/1');
});

/** A browser profile of its own, at the start of the network flow, with what the tests read. */
async function freshNetworkFlow() {
  const fresh = await (await app.browser.newContext({ locale: 'fr-FR' })).newPage();
  await fresh.goto(`${app.url}#/procedure/network-connection`);
  return {
    fresh,
    freshHeading: () => fresh.locator('h1').textContent(),
    hash: () => new URL(fresh.url()).hash,
  };
}

/**
 * Clicks, inside the page, the buttons with these texts one after the other, leaving between
 * two clicks only React's render (a microtask): faster than any popstate or frame.
 */
function clickAtOnce(target: Page, labels: string[]) {
  return target.evaluate(async (texts) => {
    for (const text of texts) {
      const button = [...document.querySelectorAll('button')].find(
        (candidate) => candidate.textContent === text,
      );
      if (!button) throw new Error(`no button « ${text} »`);
      button.click();
      await Promise.resolve();
    }
  }, labels);
}

it('keeps the history in step with clicks that come faster than the browser answers', async () => {
  const { fresh, freshHeading, hash } = await freshNetworkFlow();
  await fresh.getByRole('button', { name: 'Par un câble Ethernet' }).click();
  await fresh.getByRole('button', { name: 'Non, toujours pas de connexion' }).click();
  await expect.poll(hash).toBe('#/procedure/network-connection/3');

  // Back twice at once: the screen moves at once, the history pops both entries.
  await clickAtOnce(fresh, ['Retour', 'Retour']);
  expect(await freshHeading()).toBe('Comment votre ordinateur est-il relié au réseau\u202f?');
  await expect.poll(hash).toBe('#/procedure/network-connection/1');
  await fresh.goForward();
  await expect.poll(freshHeading).toBe('Vérifiez le câble Ethernet');

  // Back then an answer at once: the pending back must not pop the answer's new entry.
  await clickAtOnce(fresh, ['Retour', 'Par un câble Ethernet']);
  expect(await freshHeading()).toBe('Vérifiez le câble Ethernet');
  await expect.poll(hash).toBe('#/procedure/network-connection/2');
  await fresh.goBack();
  await expect.poll(freshHeading).toBe('Comment votre ordinateur est-il relié au réseau\u202f?');
  await expect.poll(hash).toBe('#/procedure/network-connection/1');
});

it('saves the last answer even when the page is left right after it', async () => {
  const { fresh, freshHeading } = await freshNetworkFlow();
  await fresh.getByRole('button', { name: 'Par un câble Ethernet' }).waitFor();
  await clickAtOnce(fresh, ['Par un câble Ethernet']);
  await fresh.reload();
  await expect.poll(freshHeading).toBe('Vérifiez le câble Ethernet');
});

const ready = 'Votre demande est prête\u202f: copiez-la puis déposez-la dans le Centre de Services';

it('after « Modifier » and back to the summary, the browser’s Back goes to the step before it', async () => {
  const { fresh, freshHeading, hash } = await freshNetworkFlow();
  await fresh.getByRole('button', { name: 'Par un câble Ethernet' }).click();
  await fresh.getByRole('button', { name: 'Non, toujours pas de connexion' }).click();
  await fresh.getByLabel('Numéro de la prise réseau utilisée').fill('B12-034');
  await fresh.getByLabel('Hier', { exact: true }).check();
  await fresh.getByLabel('Nom du PC').fill('UM-PC-4242');
  await fresh.getByLabel('Directement sur le PC portable').check();
  await fresh.getByRole('button', { name: 'Continuer', exact: true }).click();
  await fresh.getByRole('button', { name: 'Oui, elle est à jour' }).click();
  await fresh.getByRole('button', { name: 'Continuer', exact: true }).click();
  await expect.poll(freshHeading).toBe(ready);
  await expect.poll(hash).toBe('#/procedure/network-connection/6');

  // Changing the first answer goes back to step 1, in the history too.
  await fresh.getByRole('button', { name: /^Modifier\W*Type de connexion$/ }).click();
  await expect.poll(freshHeading).toBe('Comment votre ordinateur est-il relié au réseau\u202f?');
  await expect.poll(hash).toBe('#/procedure/network-connection/1');
  await fresh.getByRole('button', { name: 'Retour au résumé' }).click();
  await expect.poll(freshHeading).toBe(ready);
  await expect.poll(hash).toBe('#/procedure/network-connection/6');

  await fresh.goBack();
  await expect.poll(freshHeading).toBe('Comment vous joindre\u202f?');
  await fresh.goBack();
  await fresh.goBack();
  await expect.poll(freshHeading).toBe('Décrivez le problème pour le Centre de Services');
  expect(await fresh.getByLabel('Nom du PC').inputValue()).toBe('UM-PC-4242');
});
