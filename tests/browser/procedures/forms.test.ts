import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addToDate, formatDate } from '../../../src/engine';
import { axeViolations, startBrowserApp, type BrowserApp } from '../support/browser';
import { languageKey } from '../../../src/ui/i18n/language';
import { openFlow } from '../support/walk';

/**
 * The forms as people in an English-language browser meet them: Chromium shows its own date
 * picker as mm/dd/yyyy whatever the page's language, so the app's dates must not depend on it.
 * The page is in French, chosen with the switch (such a browser would open it in English).
 */
let app: BrowserApp;
let page: Page;

beforeAll(async () => {
  app = await startBrowserApp();
  const context = await app.browser.newContext({ locale: 'en-US' });
  // Before each document's scripts: the walks empty the storage, the choice outlives them.
  await context.addInitScript((key) => {
    localStorage.setItem(key, 'fr');
  }, languageKey);
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
}, 60_000);

afterAll(async () => {
  await app.close();
});

const since = 'Depuis quand le problème est-il apparu ?';

/** The browser's own day, as the app reads it. */
async function browserToday(): Promise<string> {
  return page.evaluate(() => {
    const now = new Date();
    const pad = (value: number) => String(value).padStart(2, '0');
    return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  });
}

async function heading(text: string) {
  await page.getByRole('heading', { level: 1, name: text, exact: true }).waitFor();
}

/** The Wi-Fi details form, reached from a phone, then its contact form. */
async function reachWifiDetails() {
  await openFlow(page, app.url, 'network-connection');
  await page.getByRole('button', { name: 'En Wi-Fi', exact: true }).click();
  await page.getByRole('button', { name: 'Non, toujours pas de connexion', exact: true }).click();
  await page.getByRole('button', { name: 'Un téléphone ou une tablette', exact: true }).click();
  await heading('Où et depuis quand le Wi-Fi ne fonctionne-t-il pas ?');
}

async function typeDate(group: Locator, [day, month, year]: readonly [string, string, string]) {
  await group.getByLabel('Jour', { exact: true }).fill(day);
  await group.getByLabel('Mois', { exact: true }).fill(month);
  await group.getByLabel('Année', { exact: true }).fill(year);
}

async function summaryValue(label: string): Promise<string> {
  const row = page.locator('.summary-list__row', {
    has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }),
  });
  return (await row.locator('.summary-list__value').textContent()) ?? '';
}

describe('in an en-US browser', () => {
  it('asks a date as Jour, Mois, Année, in that order, and keeps what was typed on an error', async () => {
    await page.goto(app.url);
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    await reachWifiDetails();
    await page.getByLabel('Lieu', { exact: true }).fill('Triolet, bâtiment 16');
    const group = page.getByRole('group', { name: since, exact: true });
    await group.getByLabel('À une date précise', { exact: true }).check();

    // No browser date picker: its parts would follow the browser's language.
    expect(await page.locator('input[type="date"]').count()).toBe(0);
    const boxes = ['Jour', 'Mois', 'Année'].map((name) => group.getByLabel(name, { exact: true }));
    const lefts = await Promise.all(
      boxes.map(async (box) => (await box.boundingBox())?.x ?? Number.NaN),
    );
    expect(lefts).toEqual([...lefts].sort((a, b) => a - b));
    for (const box of boxes) expect(await box.getAttribute('inputmode')).toBe('numeric');

    await typeDate(group, ['31', '2', '2026']);
    await page.getByRole('button', { name: 'Continuer', exact: true }).click();
    const impossible = 'Le 31/02/2026 n’existe pas\u202f: vérifiez le jour et le mois.';
    await page.getByRole('alert').getByRole('link', { name: impossible }).waitFor();
    expect(await group.locator('.error-message').textContent()).toBe(`Erreur\u202f: ${impossible}`);
    expect(await Promise.all(boxes.map((box) => box.inputValue()))).toEqual(['31', '2', '2026']);
    expect(await axeViolations(page)).toEqual([]);

    const tomorrow = addToDate(await browserToday(), { days: 1 }) ?? '';
    const [year = '', month = '', day = ''] = tomorrow.split('-');
    await typeDate(group, [day, month, year]);
    await page.getByRole('button', { name: 'Continuer', exact: true }).click();
    const future = 'Cette date est dans le futur : indiquez une date passée ou celle du jour.';
    await page.getByRole('alert').getByRole('link', { name: future }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('champ-since-jour');

    await typeDate(group, ['2', '11', '2026']);
    await page.getByRole('button', { name: 'Continuer', exact: true }).click();
    await heading('Comment vous joindre ?');
    await page.getByRole('button', { name: 'Continuer', exact: true }).click();
    await heading('Votre demande est prête : copiez-la puis déposez-la dans le Centre de Services');
    expect(await summaryValue('Depuis')).toBe('02/11/2026');
  });

  it('takes « Hier », a phone with +33, then an internal extension', async () => {
    await reachWifiDetails();
    await page.getByLabel('Lieu', { exact: true }).fill('Triolet');
    await page.getByLabel('Hier', { exact: true }).check();
    await page.getByRole('button', { name: 'Continuer', exact: true }).click();
    await heading('Comment vous joindre ?');
    const phone = page.getByLabel('Numéro de téléphone (facultatif)', { exact: true });
    expect(
      await Promise.all(
        ['type', 'inputmode', 'autocomplete'].map((name) => phone.getAttribute(name)),
      ),
    ).toEqual(['tel', 'tel', 'tel']);
    await phone.fill('+33 (0)6 12 34 56 78');
    await page.getByRole('button', { name: 'Continuer', exact: true }).click();
    await heading('Votre demande est prête : copiez-la puis déposez-la dans le Centre de Services');
    expect(await summaryValue('Téléphone')).toBe('+33 6 12 34 56 78');
    const yesterday = formatDate(addToDate(await browserToday(), { days: -1 }) ?? '');
    expect(await summaryValue('Depuis')).toBe(`hier (${yesterday})`);

    await page.getByRole('button', { name: /^Modifier\W*Téléphone$/ }).click();
    await heading('Comment vous joindre ?');
    await phone.fill('45 21');
    await page.getByRole('button', { name: 'Continuer', exact: true }).click();
    await heading('Votre demande est prête : copiez-la puis déposez-la dans le Centre de Services');
    expect(await summaryValue('Téléphone')).toBe('poste 4521');
  });

  it('lists the guest accounts’ date rules in the error summary and at each field', async () => {
    await openFlow(page, app.url, 'guest-accounts');
    await page.getByRole('button', { name: 'Oui', exact: true }).click();
    await page.getByRole('button', { name: 'Plusieurs à la fois', exact: true }).click();
    await page
      .getByRole('button', { name: 'Préparer le texte de la demande', exact: true })
      .click();
    await heading('Préparez votre demande');
    const today = await browserToday();
    const parts = (iso: string) => {
      const [year = '', month = '', day = ''] = iso.split('-');
      return [day, month, year] as const;
    };
    const start = page.getByRole('group', {
      name: 'À partir de quand les invités ont-ils besoin d’un accès ?',
      exact: true,
    });
    const end = page.getByRole('group', { name: 'Jusqu’à quand ?', exact: true });
    await page.getByLabel('Nombre d’invités', { exact: true }).fill('25');
    await page.getByLabel('Pour quoi faire ?', { exact: true }).fill('Colloque');
    await typeDate(start, parts(addToDate(today, { days: -1 }) ?? ''));
    await typeDate(end, parts(today));
    await page.getByRole('button', { name: 'Continuer', exact: true }).click();
    const past = 'Cette date est passée\u202f: indiquez la date du jour ou une date à venir.';
    const summary = page.getByRole('alert');
    await summary.getByRole('link', { name: past }).waitFor();
    expect(await start.locator('.error-message').textContent()).toBe(`Erreur\u202f: ${past}`);

    await typeDate(start, parts(addToDate(today, { days: 3 }) ?? ''));
    await typeDate(end, parts(addToDate(today, { days: 2 }) ?? ''));
    await page.getByRole('button', { name: 'Continuer', exact: true }).click();
    const order =
      'La fin de l’accès ne peut pas être avant son début\u202f: indiquez le même jour ou une date après.';
    await summary.getByRole('link', { name: order }).waitFor();
    expect(await summary.getByRole('link').allTextContents()).toEqual([order]);
    expect(await end.locator('.error-message').textContent()).toBe(`Erreur\u202f: ${order}`);
    expect(await axeViolations(page)).toEqual([]);

    await typeDate(end, parts(addToDate(today, { days: 3 }) ?? ''));
    await page.getByRole('button', { name: 'Continuer', exact: true }).click();
    await heading(
      'Votre demande est prête : copiez-la puis déposez-la dans le catalogue de services',
    );
    const startDay = formatDate(addToDate(today, { days: 3 }) ?? '');
    expect(await summaryValue('Début de l’accès')).toBe(startDay);
    expect(await summaryValue('Fin de l’accès')).toBe(startDay);
  });
});
