import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allFlows } from '../../../scripts/flows/allFlows';
import {
  startSession,
  stepView,
  type FlowEvent,
  type FlowModel,
  type StepView,
} from '../../../src/engine';
import { settingsSchema } from '../../../src/settings/settingsSchema';
import { coveringPaths } from '../../support/flowPaths';
import { axeViolations, startBrowserApp, type BrowserApp } from '../support/browser';
import { untypesetSpaces } from '../support/typography';
import { act, expectStep, next, openFlow } from '../support/walk';
import { expectWayToDesk } from '../support/wayToDesk';

const defaultSettings = settingsSchema.parse({});

let app: BrowserApp;
let page: Page;
const scanned = new Set<string>();
const offOrigin: string[] = [];

beforeAll(async () => {
  app = await startBrowserApp();
  const context = await app.browser.newContext({ locale: 'fr-FR' });
  page = await context.newPage();
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== new URL(app.url).origin) offOrigin.push(request.url());
  });
  // The app's first load belongs to the set-up, not to whichever path happens to run first.
  await page.goto(app.url);
  await page.getByRole('heading', { level: 1 }).waitFor();
}, 60_000);

afterAll(async () => {
  await app.close();
  console.log(`browser walk: ${String(scanned.size)} distinct screens scanned by axe`);
});

/**
 * The screen must show the step the engine expects, typeset (what the person typed aside: it
 * stays as typed); each distinct screen is checked by axe once.
 */
async function expectScreen(flow: FlowModel, view: StepView, events: readonly FlowEvent[]) {
  await expectStep(page, view);
  const typed = events.flatMap((event) => Object.values(event.values ?? {}));
  expect(await untypesetSpaces(page, typed), `${flow.id}/${view.stateId}`).toEqual([]);
  const key = `${flow.id}/${view.stateId}`;
  if (!scanned.has(key)) {
    scanned.add(key);
    expect(await axeViolations(page), key).toEqual([]);
  }
}

/**
 * Every answer of every step, every sample form and every ending, walked in Chromium: paths
 * that together give every answer the generated paths give (tests/support/flowPaths.ts). The
 * combinations of those answers, whose number multiplies with each branch, are walked by the
 * engine and jsdom tests (tests/flows/everyFlow.test.ts, tests/property/).
 */
const cases = allFlows.flatMap((flow) =>
  coveringPaths(flow).map((events, index) => [flow.id, index, flow, events] as const),
);

describe('every answer of every flow, in Chromium', () => {
  it.each(cases)('%s, path %i', async (_, __, flow, events) => {
    await openFlow(page, app.url, flow.id);
    let session = startSession(flow);
    await expectScreen(flow, stepView(session), []);
    for (const [index, event] of events.entries()) {
      await act(page, stepView(session), event);
      session = next(session, event);
      await expectScreen(flow, stepView(session), events.slice(0, index + 1));
    }
    const view = stepView(session);
    if (view.kind === 'ticket') {
      const text = await page.locator('main').innerText();
      for (const field of view.ticket.fields) expect(text).toContain(field.value);
    }
    // The default settings: the ENT as the way to the Centre de Services, nothing else invented.
    await expectWayToDesk(page, view, defaultSettings);
  });

  it('shows the home page typeset too', async () => {
    await page.goto(app.url);
    await page.getByRole('heading', { level: 1, name: 'De quoi avez-vous besoin ?' }).waitFor();
    expect(await untypesetSpaces(page, [])).toEqual([]);
  });

  it('made no request outside the app’s origin', () => {
    expect(offOrigin).toEqual([]);
  });
});
