import { expect } from 'vitest';
import { catalog } from '../../../scripts/flows/allFlows';
import {
  answer,
  searchFlows,
  startSession,
  stepView,
  submit,
  ticketText,
  type CatalogEntry,
  type FlowModel,
  type Session,
  type StepView,
} from '../../../src/engine';
import { settings } from '../../../src/settings/settings';
import { ticketWayToDesk } from '../../../src/settings/wayToDesk';
import { fr } from '../../../src/ui/i18n/fr';
import { expectKind, today } from '../allFlows';

/** Every text the step puts on the screen, in reading order, so wording is checked whatever the step kind. */
export function screenText(view: StepView): string {
  switch (view.kind) {
    case 'question':
      return [view.step.prompt, view.step.help, ...view.answers.map((a) => a.label)].join('\n');
    case 'instructions':
      return [
        view.step.title,
        view.step.intro,
        ...view.step.steps,
        view.step.prompt,
        ...view.answers.map((a) => a.label),
      ].join('\n');
    case 'form':
      return [
        view.step.title,
        view.step.intro,
        ...view.fields.flatMap(({ field }) => [field.label, field.hint]),
      ].join('\n');
    case 'resolution':
      return [view.step.title, ...view.step.body].join('\n');
    case 'ticket': {
      const way = ticketWayToDesk(view.ticket, view.step.whatNext ?? [], settings, fr.ticket.desk);
      return [
        view.step.title,
        view.step.intro,
        ticketText(view.ticket, { preparedOn: today }),
        way.heading,
        way.reason,
        ...way.steps.map((step) => step.text),
        ...way.whatNext,
      ].join('\n');
    }
  }
}

/** Answers `events` in turn from the start of `flow`, failing at the step that refused one, so a mistyped event cannot pass silently. */
export function walk(flow: FlowModel, ...events: readonly string[]): Session {
  return events.reduce((session, event) => {
    const next = answer(session, event);
    expect(next, `${event} refused at "${stepView(session).stateId}"`).not.toBe(session);
    return next;
  }, startSession(flow));
}

/** The error shown at each field after submitting `values` on the current form, so a test sees what the user stays on. */
export function errorsAfter(
  session: Session,
  values: Record<string, string>,
): Record<string, string | undefined> {
  const view = expectKind(stepView(submit(session, values, today)), 'form');
  return Object.fromEntries(view.fields.map((f) => [f.field.name, f.error]));
}

/** The id of the flow search lists first for `query`: the one a user is most likely to open. */
export function topHit(
  query: string,
  entries: readonly CatalogEntry[] = catalog,
): string | undefined {
  return searchFlows(entries, query)[0]?.id;
}
