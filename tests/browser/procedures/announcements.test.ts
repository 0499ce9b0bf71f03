import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '../../../scripts/flows/allFlows';
import { searchFlows, stepView, submit, type StepView } from '../../../src/engine';
import { fieldId } from '../../../src/ui/steps/fields/fieldId';
import { expectKind, today } from '../../support/allFlows';
import { contactValues, networkFlow, wiredValues } from '../../support/walks/networkWalk';
import { startBrowserApp, type BrowserApp } from '../support/browser';
import { act, expectedTicketText, heading, next, openFlow, replay } from '../support/walk';

let app: BrowserApp;
let page: Page;

beforeAll(async () => {
  app = await startBrowserApp();
  const context = await app.browser.newContext({ locale: 'fr-FR' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
}, 60_000);

afterAll(async () => {
  await app.close();
});

/** What a screen reader is given: the focused element's tag, role and text. */
async function focused() {
  return page.evaluate(() => {
    const element = document.activeElement;
    return {
      tag: element?.tagName.toLowerCase(),
      role: element?.getAttribute('role') ?? null,
      id: element?.id ?? '',
      text: element?.textContent ?? '',
    };
  });
}

async function expectHeadingFocused(view: StepView) {
  await expect.poll(focused).toMatchObject({ tag: 'h1', text: heading(view) });
}

/** A live region is only read out if it is in the accessibility tree before it changes. */
async function isRendered(selector: string) {
  return page.locator(selector).evaluate((element) => getComputedStyle(element).display !== 'none');
}

describe('what screen readers are told', () => {
  it('home search: a status region, there before typing, says how many procedures match', async () => {
    await page.goto(app.url);
    const status = page.getByRole('main').getByRole('status');
    expect(await status.count()).toBe(1);
    expect(await status.textContent()).toBe('');
    expect(await isRendered('main [role="status"]')).toBe(true);
    const procedures = catalog.filter((entry) => entry.fallback !== true);
    const counts = new Set<number>();
    for (const query of ['reseau', 'compte', 'liste', 'zzzz']) {
      const found = searchFlows(procedures, query).length;
      counts.add(found);
      const plural = found > 1 ? 's' : '';
      await page.getByLabel('Rechercher une procédure').fill(query);
      await expect
        .poll(() => status.textContent())
        .toBe(`${String(found)} procédure${plural} trouvée${plural}`);
      expect(await page.locator('.flow-list > li').count()).toBe(found);
    }
    expect(counts.size, 'queries with different counts').toBeGreaterThan(1);
  });

  it('moves focus to the new h1 at every step change, back included, and titles the page', async () => {
    await openFlow(page, app.url, networkFlow.id);
    const start = stepView(replay(networkFlow, []));
    await expect.poll(() => page.locator('h1').textContent()).toBe(heading(start));

    await page.getByRole('button', { name: 'En Wi-Fi', exact: true }).click();
    const wifi = stepView(replay(networkFlow, [{ type: 'WIFI' }]));
    await expectHeadingFocused(wifi);
    await expect.poll(() => page.title()).toContain(heading(wifi));

    await page.getByRole('button', { name: /Retour$/ }).click();
    await expectHeadingFocused(start);
    await expect.poll(() => page.title()).toContain(heading(start));

    await page.getByRole('button', { name: 'Par un câble Ethernet', exact: true }).click();
    await expectHeadingFocused(stepView(replay(networkFlow, [{ type: 'WIRED' }])));
    await page.getByRole('button', { name: 'Non, toujours pas de connexion', exact: true }).click();
    await expectHeadingFocused(
      stepView(replay(networkFlow, [{ type: 'WIRED' }, { type: 'STILL_FAILING' }])),
    );
  });

  it('after a refused form, focuses the error summary (role=alert) listing each error, linked to its field', async () => {
    const atForm = replay(networkFlow, [{ type: 'WIRED' }, { type: 'STILL_FAILING' }]);
    const form = expectKind(stepView(atForm), 'form');
    await page.getByRole('button', { name: 'Continuer', exact: true }).click();
    const refused = expectKind(stepView(submit(atForm, {}, today)), 'form');
    const messages = refused.fields.flatMap(({ error }) => (error === undefined ? [] : [error]));
    expect(messages.length).toBeGreaterThan(1);

    await expect.poll(focused).toMatchObject({ role: 'alert' });
    const summary = page.getByRole('alert');
    expect(await summary.getByRole('heading').textContent()).toBe('Il y a un problème');
    expect(await summary.getByRole('link').allTextContents()).toEqual(messages);
    await expect.poll(() => page.title()).toMatch(new RegExp(`^Erreur\u202f: ${heading(form)}`));
    for (const { field, error } of refused.fields) {
      // A choice or a date is a group of inputs: the group carries the message.
      if (error === undefined || field.type === 'choice' || field.type === 'date') continue;
      const input = page.locator(`#${fieldId(field.name)}`);
      expect(await input.getAttribute('aria-invalid')).toBe('true');
      expect(await input.getAttribute('aria-describedby')).toContain(
        `${fieldId(field.name)}-error`,
      );
    }

    await summary.getByRole('link', { name: messages[0] }).click();
    await expect.poll(focused).toMatchObject({ id: fieldId('socketNumber') });

    // Sent again, still wrong: focus goes back to the summary, which now says why.
    const tooLong = 'B12-'.repeat(8);
    await page.getByLabel('Numéro de la prise réseau utilisée').fill(tooLong);
    await page.getByRole('button', { name: 'Continuer', exact: true }).click();
    const again = expectKind(stepView(submit(atForm, { socketNumber: tooLong }, today)), 'form');
    const length = again.fields.find(({ field }) => field.name === 'socketNumber')?.error;
    expect(length).toBe('Ce champ est limité à 30 caractères\u202f: raccourcissez-le.');
    await expect.poll(focused).toMatchObject({ role: 'alert' });
    expect(await summary.getByRole('link').allTextContents()).toContain(length);
  });

  it('on the ticket, announces the copy in a status region that was already rendered', async () => {
    const events = [
      { type: 'WIRED' },
      { type: 'STILL_FAILING' },
      { type: 'SUBMIT', values: wiredValues },
      { type: 'UP_TO_DATE' },
      { type: 'SUBMIT', values: contactValues },
    ];
    await openFlow(page, app.url, networkFlow.id);
    let session = replay(networkFlow, []);
    for (const event of events) {
      await act(page, stepView(session), event);
      session = next(session, event);
      await expectHeadingFocused(stepView(session));
    }
    const ticket = expectKind(stepView(session), 'ticket');

    const status = page.locator('.hand-off [role="status"]');
    expect(await status.textContent()).toBe('');
    expect(await isRendered('.hand-off [role="status"]')).toBe(true);
    await page.getByRole('button', { name: 'Copier le texte', exact: true }).click();
    await expect
      .poll(() => status.textContent())
      .toBe('Texte copié. Collez-le à l’étape suivante.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      await expectedTicketText(page, ticket.ticket),
    );
  });
});
