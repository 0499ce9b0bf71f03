import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { stepView, type FlowEvent, type StepKind } from '../../../src/engine';
import { networkFlow } from '../../support/walks/networkWalk';
import { axeViolations, startBrowserApp, type BrowserApp } from '../support/browser';
import { act, expectStep, next, openFlow, replay } from '../support/walk';

const phone = { width: 360, height: 800 };
const desktop = { width: 1280, height: 900 };
const folder = 'artifacts/screenshots';

let app: BrowserApp;
let page: Page;
const shot: string[] = [];

beforeAll(async () => {
  mkdirSync(folder, { recursive: true });
  // The build with the settings filled in: the ticket then has its most to show (e-mail, phone).
  app = await startBrowserApp('configured');
  page = await (await app.browser.newContext({ locale: 'fr-FR', viewport: phone })).newPage();
  page.setDefaultTimeout(15_000);
}, 60_000);

afterAll(async () => {
  await app.close();
});

/** Nothing wider than the phone (no sideways scrolling), then a screenshot at both widths. */
async function check(name: `${'home' | StepKind}${string}`) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(
    phone.width,
  );
  await page.screenshot({ path: `${folder}/${name}-360.png`, fullPage: true });
  await page.setViewportSize(desktop);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(
    desktop.width,
  );
  await page.screenshot({ path: `${folder}/${name}-1280.png`, fullPage: true });
  await page.setViewportSize(phone);
  shot.push(name);
}

/** Long values with nowhere to break, each at its field's limit or beyond. */
const unbroken = {
  socketNumber: `B12-${'0'.repeat(26)}`,
  workingSocket: `B12-${'1'.repeat(26)}`,
  since: '2026-11-20',
  pcName: `UM-PC-${'X'.repeat(58)}`,
  dockingStation: 'dockingStation',
};

async function walk(events: readonly FlowEvent[], shots: Partial<Record<number, string>> = {}) {
  await openFlow(page, app.url, networkFlow.id);
  let session = replay(networkFlow, []);
  await expectStep(page, stepView(session));
  for (const [index, event] of events.entries()) {
    const name = shots[index];
    if (name !== undefined) await check(`${stepView(session).kind}${name}`);
    await act(page, stepView(session), event);
    session = next(session, event);
    const view = stepView(session);
    await expectStep(page, view);
    if (view.kind === 'form' && view.fields.some(({ error }) => error !== undefined))
      await page.getByRole('alert').waitFor();
  }
  return stepView(session);
}

it('fits 360 px without sideways scrolling on every kind of screen', async () => {
  await page.goto(app.url);
  await page.getByLabel('Rechercher une procédure').waitFor();
  await check('home');

  const ticket = await walk(
    [
      { type: 'WIRED' },
      { type: 'STILL_FAILING' },
      {
        type: 'SUBMIT',
        values: { ...unbroken, socketNumber: `B12-${'9'.repeat(40)}`, pcName: 'Y'.repeat(90) },
      },
      { type: 'SUBMIT', values: unbroken },
      { type: 'NOT_UP_TO_DATE' },
      {
        type: 'SUBMIT',
        values: {
          site: 'S'.repeat(80),
          building: 'B'.repeat(80),
          floor: 'E'.repeat(40),
          room: 'R'.repeat(60),
        },
      },
      { type: 'SUBMIT', values: { contactPhone: '06 12 34 56 78', availability: 'Z'.repeat(120) } },
    ],
    { 0: '', 1: '', 3: '-with-errors' },
  );
  expect(ticket.kind).toBe('ticket');
  await check('ticket');

  const resolution = await walk([{ type: 'WIRED' }, { type: 'FIXED' }]);
  expect(resolution.kind).toBe('resolution');
  await check('resolution');

  expect(shot).toEqual([
    'home',
    'question',
    'instructions',
    'form-with-errors',
    'ticket',
    'resolution',
  ]);
});

it('asks, on the home page’s resume card, before « Recommencer » erases a procedure', async () => {
  // Two buttons side by side on a phone: the one that erases asks first, in the card's width.
  await walk([{ type: 'WIFI' }]);
  await page.evaluate(() => {
    window.location.hash = '#/';
  });
  await page.getByRole('button', { name: /^Recommencer\W*Problème de connexion réseau$/ }).click();
  const question = page.getByText(/efface vos réponses à cette procédure/);
  await expect
    .poll(() => question.evaluate((element) => element === document.activeElement))
    .toBe(true);
  await check('home-restart-asked');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Oui, effacer mes réponses' }).click();
  await page.getByRole('heading', { name: 'Reprendre là où vous en étiez' }).waitFor({
    state: 'detached',
  });
  expect(
    await page.evaluate(() => localStorage.getItem('depannage:session:network-connection')),
  ).toBeNull();
});
