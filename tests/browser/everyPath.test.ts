import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allFlows } from '../../scripts/allFlows';
import {
  answer,
  startSession,
  stepView,
  submit,
  type FlowEvent,
  type FlowModel,
  type StepView,
} from '../../src/engine';
import { today } from '../support/allFlows';
import { flowPaths } from '../support/flowPaths';
import { axeViolations, startBrowserApp, type BrowserApp } from './browser';

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
}, 60_000);

afterAll(async () => {
  await app.close();
  console.log(`browser walk: ${String(scanned.size)} distinct screens scanned by axe`);
});

function heading(view: StepView): string {
  return view.kind === 'question' ? view.step.prompt : view.step.title;
}

/** The screen must show the step the engine expects; each distinct screen is checked by axe once. */
async function expectScreen(flow: FlowModel, view: StepView) {
  await expect.poll(() => page.locator('h1').textContent()).toBe(heading(view));
  const key = `${flow.id}/${view.stateId}`;
  if (!scanned.has(key)) {
    scanned.add(key);
    expect(await axeViolations(page), key).toEqual([]);
  }
}

/** Does what the event says, the way a user would: clicks the answer, or fills and sends the form. */
async function act(view: StepView, event: FlowEvent) {
  if (view.kind === 'form' && event.values) {
    for (const { field } of view.fields) {
      const value = event.values[field.name] ?? '';
      if (field.type === 'choice') {
        const option = field.options.find((candidate) => candidate.value === value);
        if (option) await page.getByLabel(option.label, { exact: true }).check();
      } else {
        await page.getByLabel(field.label, { exact: true }).fill(value);
      }
    }
    await page
      .getByRole('button', { name: view.step.submitLabel ?? 'Continuer', exact: true })
      .click();
    return;
  }
  if (view.kind !== 'question' && view.kind !== 'instructions')
    throw new Error(`no answer on ${view.kind}`);
  const label =
    view.answers.find((candidate) => candidate.event === event.type)?.label ?? event.type;
  await page.getByRole('button', { name: label, exact: true }).click();
}

const cases = allFlows.flatMap((flow) =>
  flowPaths(flow)
    .filter((events) => events.length > 0)
    .map((events, index) => [flow.id, index, flow, events] as const),
);

describe('every path of every flow, in Chromium', () => {
  it.each(cases)('%s, path %i', async (_, __, flow, events) => {
    await page.goto('about:blank');
    await page.goto(`${app.url}#/procedure/${flow.id}`);
    let session = startSession(flow);
    await expectScreen(flow, stepView(session));
    for (const event of events) {
      await act(stepView(session), event);
      session = event.values ? submit(session, event.values, today) : answer(session, event.type);
      await expectScreen(flow, stepView(session));
    }
    const view = stepView(session);
    if (view.kind === 'ticket') {
      const text = await page.locator('main').innerText();
      for (const field of view.ticket.fields) expect(text).toContain(field.value);
    }
  });

  it('made no request outside the app’s origin', () => {
    expect(offOrigin).toEqual([]);
  });
});
