import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allFlows } from '../../../scripts/flows/allFlows';
import { stepView, type FlowEvent, type FlowModel } from '../../../src/engine';
import { expectKind } from '../../support/allFlows';
import { flowPaths } from '../../support/flowPaths';
import {
  contactValues,
  networkFlow,
  officeValues,
  wiredValues,
} from '../../support/walks/networkWalk';
import { startBrowserApp, type BrowserApp } from '../support/browser';
import { act, expectStep, next, openFlow, replay } from '../support/walk';

let app: BrowserApp;
let page: Page;

beforeAll(async () => {
  mkdirSync('artifacts', { recursive: true });
  app = await startBrowserApp();
  page = await (await app.browser.newContext({ locale: 'fr-FR' })).newPage();
  page.setDefaultTimeout(15_000);
}, 60_000);

afterAll(async () => {
  await app.close();
});

async function walk(flow: FlowModel, events: readonly FlowEvent[]) {
  await page.emulateMedia({ media: 'screen' });
  await openFlow(page, app.url, flow.id);
  let session = replay(flow, []);
  await expectStep(page, stepView(session));
  for (const event of events) {
    await act(page, stepView(session), event);
    session = next(session, event);
    await expectStep(page, stepView(session));
  }
  await page.emulateMedia({ media: 'print' });
  return stepView(session);
}

/** On paper: no control to press, no site header or footer, the step's own content only. */
async function expectPrintable() {
  const controls = page.locator('button, .button, [role="button"], input, textarea');
  expect(await controls.count()).toBeGreaterThan(0);
  expect(await controls.filter({ visible: true }).count()).toBe(0);
  for (const frame of ['.site-header', '.site-footer', '.skip-link', '.wizard__nav'])
    expect(await page.locator(frame).isVisible(), frame).toBe(false);
  expect(await page.locator('h1').isVisible()).toBe(true);
  return page.locator('body').innerText();
}

/** A resolution with computed dates, if a flow has one: the richest resolution to print. */
function resolutionPath(): [FlowModel, FlowEvent[]] {
  const found = allFlows.flatMap((flow) =>
    flowPaths(flow).flatMap((events) => {
      const view = stepView(replay(flow, events));
      return view.kind === 'resolution'
        ? [{ flow, events, dated: view.schedule !== undefined }]
        : [];
    }),
  );
  const best = found.find(({ dated }) => dated) ?? found[0];
  if (!best) throw new Error('no flow ends in a resolution');
  return [best.flow, best.events];
}

describe('printing', () => {
  it('prints the ticket summary with every value and no control, and writes it as a PDF', async () => {
    const view = expectKind(
      await walk(networkFlow, [
        { type: 'WIRED' },
        { type: 'STILL_FAILING' },
        { type: 'SUBMIT', values: wiredValues },
        { type: 'NOT_UP_TO_DATE' },
        { type: 'SUBMIT', values: officeValues },
        { type: 'SUBMIT', values: contactValues },
      ]),
      'ticket',
    );
    const text = await expectPrintable();
    const { ticket } = view;
    const expected = [
      ticket.title,
      ...ticket.fields.flatMap((field) => [field.label, field.value]),
      ...[...ticket.answers, ...ticket.checks].flatMap((line) => [line.question, line.answer]),
      'Et ensuite\u202f?',
    ];
    expect(ticket.fields.every((field) => field.value !== '')).toBe(true);
    for (const value of expected) expect(text.toLowerCase()).toContain(value.toLowerCase());
    expect(text).not.toContain('Modifier');

    await page.pdf({ path: 'artifacts/ticket-summary.pdf', format: 'A4', printBackground: true });
    expect(readFileSync('artifacts/ticket-summary.pdf').subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('prints a resolution with its text and dates, and no control', async () => {
    const [flow, events] = resolutionPath();
    const view = expectKind(await walk(flow, events), 'resolution');
    const text = await expectPrintable();
    for (const paragraph of view.step.body) expect(text).toContain(paragraph);
    // In the tense of the browser's day: the sentence for a date to come, or for one gone by.
    for (const row of view.schedule?.rows ?? [])
      expect(text.includes(row.future) || text.includes(row.past), row.future).toBe(true);
    await page.pdf({ path: 'artifacts/resolution.pdf', format: 'A4', printBackground: true });
  });
});
