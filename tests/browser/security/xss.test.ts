import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allFlows } from '../../../scripts/flows/allFlows';
import {
  back,
  startSession,
  stepView,
  submit,
  ticketBody,
  ticketText,
  mailSubject,
  type Ticket,
  type TicketTextContext,
  type FieldValues,
  type FlowEvent,
  type Session,
} from '../../../src/engine';
import { fieldId } from '../../../src/ui/steps/fields/fieldId';
import { expectKind, today } from '../../support/allFlows';
import { configuredSettings } from '../../support/configuredSettings';
import { startBrowserApp, type BrowserApp } from '../support/browser';
import {
  act,
  expectStep,
  fillField,
  fillForm,
  next,
  openFlow,
  replay,
  submitForm,
  ticketContext,
  ticketPaths,
} from '../support/walk';

declare global {
  interface Window {
    __xss?: unknown;
  }
}

/** What a user, or someone pasting into the form, may type: markup, a URL scheme, a huge value, RTL text, emoji. */
const corpus = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  'javascript:window.__xss=1',
  '"><svg onload=window.__xss=1>',
  'é<b>'.repeat(1250),
  'مرحبا بالعالم',
  '🖥️🔌❌',
] as const;

let app: BrowserApp;
let page: Page;
/** The dialogs opened since the current test began: an alert() run from a value would open one. */
const dialogs: string[] = [];

beforeAll(async () => {
  // The build with the settings filled in: its tickets also offer an addressed e-mail.
  app = await startBrowserApp('configured');
  // One page for every ticket, as everyPath.test.ts: openFlow starts each walk afresh without a
  // load of the app and of its service worker for every test.
  // No CSP here: the app's own escaping must hold even where the policy is not applied.
  const context = await app.browser.newContext({ locale: 'fr-FR', bypassCSP: true });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
}, 60_000);

afterAll(async () => {
  await app.close();
});

/** The wizard shows `session`'s form, its refused fields each with the engine's French message and the value as typed. */
async function expectRefused(page: Page, session: Session, typed: FieldValues) {
  const view = expectKind(stepView(session), 'form');
  await page.getByRole('alert').waitFor();
  for (const { field, error } of view.fields) {
    if (field.type === 'choice' || field.type === 'date') continue;
    const input = page.locator(`#${fieldId(field.name)}`);
    expect(await input.inputValue(), field.name).toBe(typed[field.name]);
    const message = page.locator(`#${fieldId(field.name)}-error`);
    if (error === undefined) expect(await message.count(), field.name).toBe(0);
    else expect(await message.textContent(), field.name).toBe(`Erreur\u202f: ${error}`);
  }
}

/**
 * Types `value` in every text field of the form; where a field refuses it, checks the error and
 * the kept value, then types the sample value there instead, as a user would, and sends again.
 */
async function sendForm(
  page: Page,
  session: Session,
  event: FlowEvent,
  value: string,
): Promise<Session> {
  const view = expectKind(stepView(session), 'form');
  const samples = event.values ?? {};
  const typed = Object.fromEntries(
    view.fields.map(({ field }) => [
      field.name,
      field.type === 'text' || field.type === 'textarea' ? value : (samples[field.name] ?? ''),
    ]),
  );
  await fillForm(page, view, typed);
  await submitForm(page, view);
  const tried = submit(session, typed, today);
  const triedView = stepView(tried);
  if (triedView.kind !== 'form' || triedView.stateId !== view.stateId) return tried;
  await expectRefused(page, tried, typed);
  const fixed = { ...typed };
  for (const { field, error } of triedView.fields) {
    if (error === undefined) continue;
    fixed[field.name] = samples[field.name] ?? '';
    await fillField(page, field, fixed[field.name] ?? '');
  }
  await submitForm(page, triedView);
  return submit(tried, fixed, today);
}

/** What the agent would receive must be what the engine wrote, with every value verbatim and nothing run. */
async function expectTicket(page: Page, session: Session, value: string) {
  const view = expectKind(stepView(session), 'ticket');
  const context = await ticketContext(page, view.ticket);
  const text = ticketText(view.ticket, context);
  const accepted = view.ticket.fields.filter((field) => field.value === value);

  const summary = await page.locator('main').innerText();
  for (const field of view.ticket.fields) expect(summary).toContain(field.value);
  expect(summary).toContain(view.ticket.title);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger (.txt)', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`demande-${view.ticket.flow.id}.txt`);
  const path = await file.path();
  expect(await readFile(path, 'utf8')).toBe(text);

  // A public-form request offers no e-mail: its text is written for the form.
  if (view.ticket.channel === 'serviceCenter') await expectMail(page, view.ticket, context);

  for (const field of accepted) {
    expect(summary).toContain(value);
    expect(text).toContain(`- ${field.label}\u202f: ${value}`);
  }

  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  expect(
    await page.evaluate(
      () =>
        document.querySelectorAll('body img, body svg, body iframe, [onerror], [onload]').length,
    ),
  ).toBe(0);
  return accepted.length;
}

/** The addressed e-mail: every value percent-encoded, decoding back to the subject and the body. */
async function expectMail(page: Page, ticket: Ticket, context: TicketTextContext) {
  const href = await page
    .getByRole('link', { name: `Préparer un e-mail à ${configuredSettings.helpdeskEmail}` })
    .getAttribute('href');
  const parts = /^mailto:([^?]*)\?subject=([^&]*)&body=([^&]*)$/.exec(href ?? '');
  expect(parts, href ?? 'no href').not.toBeNull();
  const [, recipient = '', subject = '', body = ''] = parts ?? [];
  expect(recipient).toBe(configuredSettings.helpdeskEmail);
  for (const encoded of [subject, body]) expect(encoded).not.toMatch(/[<>"\s#&]/);
  expect(decodeURIComponent(subject)).toBe(mailSubject(ticket));
  expect(decodeURIComponent(body)).toBe(ticketBody(ticket, context));
}

/** One path to each ticket; a path with no form has no field to type in. */
const cases = allFlows.flatMap((flow) =>
  ticketPaths(flow)
    .filter((events) => events.some((event) => event.values !== undefined))
    .map((events) => [flow.id, stepView(replay(flow, events)).stateId, flow, events] as const),
);

describe('hostile and unusual text in every field, up to each ticket', () => {
  // Seven walks to the ticket each: more than the default time on a busy 2-core machine.
  it.each(cases)('%s → %s', { timeout: 60_000 }, async (_, __, flow, events) => {
    dialogs.length = 0;
    await openFlow(page, app.url, flow.id);

    const firstForm = events.findIndex((event) => event.values !== undefined);
    let session = startSession(flow);
    for (const event of events.slice(0, firstForm)) {
      await act(page, stepView(session), event);
      session = next(session, event);
    }
    await expectStep(page, stepView(session));
    const formDepth = session.trail.length;

    let accepted = 0;
    for (const [index, value] of corpus.entries()) {
      for (const event of events.slice(firstForm)) {
        if (event.values) {
          session = await sendForm(page, session, event, value);
        } else {
          await act(page, stepView(session), event);
          session = next(session, event);
        }
        await expectStep(page, stepView(session));
      }
      accepted += await expectTicket(page, session, value);
      if (index === corpus.length - 1) break;
      // Back to the form with « Retour », as a user would, to try the next value.
      while (session.trail.length > formDepth) {
        await page.getByRole('button', { name: /Retour$/ }).click();
        session = back(session);
        await expectStep(page, stepView(session));
      }
    }
    expect(accepted, 'some value reached the ticket').toBeGreaterThan(0);
    expect(dialogs).toEqual([]);
  });
});
