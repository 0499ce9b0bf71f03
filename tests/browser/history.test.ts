import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startBrowserApp, type BrowserApp } from './browser';

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
  expect(new URL(page.url()).hash).toBe('#/procedure/network-connection/3');

  await page.goBack();
  await expect.poll(heading).toBe('Vérifiez le câble Ethernet');
  expect(new URL(page.url()).hash).toBe('#/procedure/network-connection/2');
  await page.goBack();
  await expect.poll(heading).toBe('Comment votre ordinateur est-il relié au réseau ?');

  await page.goForward();
  await expect.poll(heading).toBe('Vérifiez le câble Ethernet');
  await page.goForward();
  await expect.poll(heading).toBe('Décrivez le problème pour le Centre de Services');
  expect(await page.getByLabel('Nom du PC').inputValue()).toBe('UM-PC-5');

  await page.getByRole('button', { name: 'Retour' }).click();
  await expect.poll(heading).toBe('Vérifiez le câble Ethernet');
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
    .toBe('Comment votre ordinateur est-il relié au réseau ?');
  await expect.poll(() => new URL(fresh.url()).hash).toBe('#/procedure/network-connection/1');
});
