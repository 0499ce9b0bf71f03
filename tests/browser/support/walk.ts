import type { Page } from 'playwright-core';
import {
  answer,
  approximateAnswers,
  approximateChoice,
  diagnosticFragment,
  splitDateParts,
  startSession,
  stepView,
  submit,
  type Field,
  type FieldValues,
  type FlowEvent,
  type FlowModel,
  type Session,
  type StepView,
  type Ticket,
  type TicketTextContext,
  ticketText,
} from '../../../src/engine';
import { fr } from '../../../src/ui/i18n/fr';
import { today } from '../../support/allFlows';
import { flowPaths } from '../../support/flowPaths';

export type FormView = Extract<StepView, { kind: 'form' }>;

/** The words of the app's forms, in the page's language (the English ones: `en.text.form`). */
export type FormWords = typeof fr.form;

/** The step's h1, as the wizard shows it. */
export function heading(view: StepView): string {
  return view.kind === 'question' ? view.step.prompt : view.step.title;
}

/**
 * Waits until the screen shows the step the engine expects (Playwright's retries are quicker than
 * expect.poll's). Up to 15 s, as the unit tests' timeout: three pages walking at once beside
 * another test file on a busy 2-core machine once took just over 5 s for a step that did come.
 */
export async function expectStep(page: Page, view: StepView) {
  const expected = heading(view);
  await page
    .getByRole('heading', { level: 1, name: expected, exact: true })
    .waitFor({ timeout: 15_000 })
    .catch(async (error: unknown) => {
      const shown = await page.locator('h1').allTextContents();
      throw new Error(
        `expected the step « ${expected} », the page shows ${JSON.stringify(shown)}`,
        {
          cause: error,
        },
      );
    });
}

/**
 * Opens a flow at its first step, with nothing saved by an earlier walk in this browser context
 * (the app resumes a flow from localStorage). A page already on the app goes home first, which
 * closes the wizard (it writes its pending save as it closes), then the storage is emptied: the
 * same fresh start as a reload, without reloading the app for every path.
 */
export async function openFlow(
  page: Page,
  url: string,
  flowId: string,
  homeHeading: string = fr.home.heading,
) {
  if (page.url().startsWith(url)) {
    await page.evaluate(() => {
      window.location.hash = '#/';
    });
    await page.getByRole('heading', { level: 1, name: homeHeading }).waitFor();
  } else {
    await page.goto(url);
  }
  await page.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  await page.evaluate((id) => {
    window.location.hash = `#/procedure/${id}`;
  }, flowId);
}

/**
 * Types a value as a user would: checks the option of a choice, gives a date in its Jour, Mois,
 * Année boxes (after « À une date précise », or checks the approximate answer), fills the rest.
 */
export async function fillField(
  page: Page,
  field: Field,
  value: string,
  words: FormWords = fr.form,
) {
  if (field.type === 'choice') {
    const option = field.options.find((candidate) => candidate.value === value);
    if (option) await page.getByLabel(option.label, { exact: true }).check();
  } else if (field.type === 'date') {
    const group = page.getByRole('group', { name: field.label, exact: true });
    const choice = field.approximate ? approximateChoice(value) : 'exact';
    const answer = approximateAnswers.find((candidate) => candidate === choice);
    if (answer) await group.getByLabel(words.approximate[answer], { exact: true }).check();
    if (choice !== 'exact') return;
    if (field.approximate) await group.getByLabel(words.approximate.exact, { exact: true }).check();
    const parts = splitDateParts(value);
    await group.getByLabel(words.day, { exact: true }).fill(parts.day);
    await group.getByLabel(words.month, { exact: true }).fill(parts.month);
    await group.getByLabel(words.year, { exact: true }).fill(parts.year);
  } else {
    await page.getByLabel(field.label, { exact: true }).fill(value);
  }
}

export async function fillForm(
  page: Page,
  view: FormView,
  values: FieldValues,
  words: FormWords = fr.form,
) {
  for (const { field } of view.fields)
    await fillField(page, field, values[field.name] ?? '', words);
}

export async function submitForm(page: Page, view: FormView, words: FormWords = fr.form) {
  await page
    .getByRole('button', { name: view.step.submitLabel ?? words.submit, exact: true })
    .click();
}

/** The button that sends `event` on a question or instructions step. */
export function answerLabel(view: StepView, event: FlowEvent): string {
  if (view.kind !== 'question' && view.kind !== 'instructions')
    throw new Error(`no answer on ${view.kind}`);
  return view.answers.find((candidate) => candidate.event === event.type)?.label ?? event.type;
}

/** Does what the event says, the way a user would: clicks the answer, or fills and sends the form. */
export async function act(
  page: Page,
  view: StepView,
  event: FlowEvent,
  words: FormWords = fr.form,
) {
  if (view.kind === 'form' && event.values) {
    await fillForm(page, view, event.values, words);
    await submitForm(page, view, words);
    return;
  }
  await page.getByRole('button', { name: answerLabel(view, event), exact: true }).click();
}

/** The engine's side of `act`: the session the screen should now show. */
export function next(session: Session, event: FlowEvent): Session {
  return event.values ? submit(session, event.values, today) : answer(session, event.type);
}

export function replay(flow: FlowModel, events: readonly FlowEvent[]): Session {
  return events.reduce(next, startSession(flow));
}

/** One path to each ending of the flow (the shortest first found), as events. */
export function endingPaths(
  flow: FlowModel,
  kinds: readonly StepView['kind'][] = ['resolution', 'ticket'],
): FlowEvent[][] {
  const byEnding = new Map<string, FlowEvent[]>();
  for (const events of flowPaths(flow)) {
    const view = stepView(replay(flow, events));
    if (kinds.includes(view.kind) && !byEnding.has(view.stateId))
      byEnding.set(view.stateId, events);
  }
  return [...byEnding.values()];
}

/** One path to each ticket of the flow (the shortest first found), as events. */
export function ticketPaths(flow: FlowModel): FlowEvent[][] {
  return endingPaths(flow, ['ticket']);
}

/**
 * The text the page gives for `ticket` (copy, .txt): prepared on the browser's local day, with
 * the agent's link to this very page.
 */
export async function expectedTicketText(page: Page, ticket: Ticket): Promise<string> {
  return ticketText(ticket, await ticketContext(page, ticket));
}

/** What the page puts around a ticket's text: the browser's local day, and the agent's link. */
export async function ticketContext(page: Page, ticket: Ticket): Promise<TicketTextContext> {
  const preparedOn = await page.evaluate(() => {
    const now = new Date();
    const pad = (value: number) => String(value).padStart(2, '0');
    return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  });
  const agentLink = `${page.url().split('#')[0] ?? ''}${diagnosticFragment(ticket, preparedOn)}`;
  return { preparedOn, agentLink };
}
