import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSettings, settingsFile } from '../../../scripts/build/readSettings';
import { axeViolations, startBrowserApp, type BrowserApp } from '../support/browser';

let app: BrowserApp;

/** The settings the build read (`dist/` was built from them). */
const settings = readSettings(settingsFile(process.cwd()));

beforeAll(async () => {
  app = await startBrowserApp();
}, 60_000);

afterAll(async () => {
  await app.close();
});

/** A browser profile of its own: its storages are those of a shared computer's one browser. */
async function newContext(): Promise<BrowserContext> {
  const context = await app.browser.newContext({ locale: 'fr-FR' });
  context.setDefaultTimeout(15_000);
  return context;
}

const home = 'De quoi avez-vous besoin ?';
const firstQuestion = 'Comment votre ordinateur est-il relié au réseau ?';
const ticketHeading = /^Votre demande est prête/;
const clearLabel = 'Effacer mes réponses de ce navigateur';
const cleared =
  'Vos réponses ont été effacées de ce navigateur : la personne suivante ne pourra pas les voir.';
const phone = '06 98 76 54 32';

const h1 = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { level: 1, name }).waitFor();

const hash = (page: Page) => new URL(page.url()).hash;

/** Everything of A's a next person could come across in this tab: the page, its fields, its storages. */
function traces(page: Page): Promise<string> {
  return page.evaluate(() =>
    [
      document.documentElement.outerHTML,
      ...[...document.querySelectorAll('input, textarea')].map((field) =>
        field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement
          ? field.value
          : '',
      ),
      JSON.stringify(localStorage),
      JSON.stringify(sessionStorage),
    ].join('\n'),
  );
}

async function expectNoPhone(page: Page) {
  const seen = await traces(page);
  expect(seen).not.toContain(phone);
  expect(seen.replace(/\s/g, '')).not.toContain(phone.replace(/\s/g, ''));
}

/** The app's keys in both storages of the page's tab. */
function appKeys(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((key) =>
      key.startsWith('depannage:'),
    ),
  );
}

/** Person A, from the home page to the wired ticket, typing a phone number on the way. */
async function walkToTicket(page: Page) {
  await page.goto(app.url);
  await page.getByRole('link', { name: /Problème de connexion réseau/ }).click();
  await page.getByRole('button', { name: 'Par un câble Ethernet' }).click();
  await page.getByRole('button', { name: 'Non, toujours pas de connexion' }).click();
  await page.getByLabel('Numéro de la prise réseau utilisée').fill('B12-034');
  await page.getByLabel('Il y a plus d’une semaine').check();
  await page.getByLabel('Nom du PC').fill('UM-PC-4242');
  await page.getByLabel('Directement sur le PC portable').check();
  await page.getByRole('button', { name: 'Continuer', exact: true }).click();
  await page.getByRole('button', { name: 'Oui, elle est à jour' }).click();
  await page.getByLabel('Numéro de téléphone (facultatif)').fill(phone);
  await page.getByRole('button', { name: 'Continuer', exact: true }).click();
  await h1(page, ticketHeading);
  await page.getByText(phone).first().waitFor();
  // The step's URL follows the paint: wait for it, as a person would see it before leaving.
  await expect.poll(() => hash(page)).toBe('#/procedure/network-connection/6');
}

/** Opens the procedure the way the next person does: from the list on the home page. */
async function openFromHome(page: Page) {
  await page.goto(app.url);
  await h1(page, home);
  await page.getByRole('link', { name: /Problème de connexion réseau/ }).click();
  await h1(page, firstQuestion);
}

describe('the next person on a shared computer', () => {
  it('does not find A’s ticket by opening the procedure, in the same tab or another; A’s Back still does', async () => {
    const context = await newContext();
    const tab = await context.newPage();
    await walkToTicket(tab);

    await tab.getByRole('link', { name: 'Dépannage informatique' }).click();
    await h1(tab, home);
    // A's ticket left localStorage (written when the wizard closed): only this tab keeps it.
    const stored = () => tab.evaluate(() => JSON.stringify(localStorage).replace(/\s/g, ''));
    expect(await stored()).not.toContain(phone.replace(/\s/g, ''));
    expect(await tab.evaluate(() => sessionStorage.length)).toBe(1);
    expect(await tab.getByRole('heading', { name: 'Reprendre là où vous en étiez' }).count()).toBe(
      0,
    );

    // A's own Back, in this tab, brings the ticket back, and Forward home again.
    await tab.goBack();
    await h1(tab, ticketHeading);
    await tab.getByText(phone).first().waitFor();
    await tab.goForward();
    await h1(tab, home);

    // B, in another tab of the same browser: nothing of A's, even at the ticket's step URL.
    const other = await context.newPage();
    await openFromHome(other);
    await expectNoPhone(other);
    // A load of its own (not a hash change in the page B already has), as a typed URL is.
    await other.goto('about:blank');
    await other.goto(`${app.url}#/procedure/network-connection/6`);
    await h1(other, firstQuestion);
    await expectNoPhone(other);

    // B, in A's tab, on the home page A left: the procedure opened from the list starts
    // afresh, and A's ticket leaves this tab's sessionStorage with it.
    await tab.getByRole('link', { name: /Problème de connexion réseau/ }).click();
    await h1(tab, firstQuestion);
    await expectNoPhone(tab);
    await context.close();
  }, 60_000);
});

describe('expiry', () => {
  const hour = 3_600_000;
  const start = Date.UTC(2026, 10, 25, 8);
  const limit = start + settings.sessionRetentionHours * hour;
  const resume = (page: Page) => page.getByText('Problème de connexion réseau (étape 2)');

  /** An unfinished session at step 2, then the home page, which offers it. */
  async function leaveUnfinished(page: Page) {
    await page.goto(app.url);
    await page.getByRole('link', { name: /Problème de connexion réseau/ }).click();
    await page.getByRole('button', { name: 'En Wi-Fi' }).click();
    await expect.poll(() => hash(page)).toBe('#/procedure/network-connection/2');
    await page.getByRole('link', { name: 'Dépannage informatique' }).click();
    await resume(page).waitFor();
  }

  it('offers an unfinished session until the limit, and removes it at the next load after', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.clock.setFixedTime(start);
    await leaveUnfinished(page);

    await page.clock.setFixedTime(limit - 60_000);
    await page.reload();
    await resume(page).waitFor();

    await page.clock.setFixedTime(limit);
    await page.reload();
    await h1(page, home);
    // Removed during the load, by the first read of the saved sessions or by the sweep the page
    // runs once it is idle, which a busy machine may leave until after the home page is drawn.
    await expect.poll(() => appKeys(page)).toEqual([]);
    expect(await resume(page).count()).toBe(0);
    await context.close();
  }, 60_000);

  it('checks again in a tab left open past the limit', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.clock.install({ time: start });
    await leaveUnfinished(page);

    await page.clock.fastForward(settings.sessionRetentionHours * hour);
    await page.getByRole('link', { name: /^Reprendre\W*Problème de connexion réseau$/ }).click();
    await h1(page, firstQuestion);
    await context.close();
  }, 60_000);
});

describe('« Effacer mes réponses de ce navigateur »', () => {
  it('on the home page: confirms, and Back then finds nothing', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(app.url);
    await page.getByRole('link', { name: /Problème de connexion réseau/ }).click();
    await page.getByRole('button', { name: 'En Wi-Fi' }).click();
    await expect.poll(() => hash(page)).toBe('#/procedure/network-connection/2');
    await page.getByRole('link', { name: 'Dépannage informatique' }).click();
    await page.getByText('Problème de connexion réseau (étape 2)').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: clearLabel }).click();
    const status = page.getByRole('status').filter({ hasText: cleared });
    await status.waitFor();
    await expect
      .poll(() => status.evaluate((element) => element === document.activeElement))
      .toBe(true);
    expect(await appKeys(page)).toEqual([]);
    expect(await page.getByText('Problème de connexion réseau (étape 2)').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.goBack();
    await h1(page, firstQuestion);
    expect(
      await page.getByRole('heading', { name: 'Vérifiez votre connexion Wi-Fi' }).count(),
    ).toBe(0);
    await context.close();
  }, 60_000);

  it('on a ticket: goes home and confirms; Back to the ticket then starts afresh, in every tab', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await walkToTicket(page);
    expect(await axeViolations(page)).toEqual([]);
    // Another tab of the same browser, at the same ticket: its sessionStorage is its own.
    const other = await context.newPage();
    await other.goto(app.url);
    await other.evaluate(
      (state) => {
        history.replaceState(null, '', '#/procedure/network-connection/6');
        sessionStorage.setItem(state.key, state.value);
      },
      {
        key: 'depannage:session:network-connection',
        value: await page.evaluate(
          () => sessionStorage.getItem('depannage:session:network-connection') ?? '',
        ),
      },
    );
    await other.reload();
    await h1(other, ticketHeading);

    await page.getByRole('button', { name: clearLabel }).click();
    await h1(page, home);
    expect(hash(page)).toBe('#/');
    const status = page.getByRole('status').filter({ hasText: cleared });
    await status.waitFor();
    await expect
      .poll(() => status.evaluate((element) => element === document.activeElement))
      .toBe(true);
    // Nothing of A's is left; the other tab, reloading, may already have saved its fresh start.
    await expectNoPhone(page);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.goBack();
    await h1(page, firstQuestion);
    await expectNoPhone(page);

    // The other tab was told: it cleared its own storage and reloaded, the ticket gone.
    await h1(other, firstQuestion);
    await expectNoPhone(other);
    await context.close();
  }, 60_000);

  it('on a resolution: no violation with the button there', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(app.url);
    await page.getByRole('link', { name: /Problème de connexion réseau/ }).click();
    await page.getByRole('button', { name: 'En Wi-Fi' }).click();
    await page.getByRole('button', { name: 'Oui, ça fonctionne' }).click();
    await h1(page, 'Votre connexion fonctionne');
    await page.getByRole('button', { name: clearLabel }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  }, 60_000);
});
