import type { Field } from '../contract/schemas/fieldSchema';
import type { TicketStep } from '../contract/schemas/stepSchema';
import type { ApproximateWords } from '../fields/approximateDate';
import { displayValue, type Ticket, type TicketField, type TicketLine } from '../handOff/ticket';
import { titleValue } from '../handOff/titleValue';
import type { Session } from '../session/session';
import { contextOf } from '../session/snapshot';
import { stepLabel } from '../session/stepLabel';
import type { FlowTranslation } from './flowTranslationSchema';
import { shownStep, type Language } from './shownStep';
import { valueLabel } from './valueLabel';

/**
 * What « check your answers » shows the person on a ticket ending, in their language: the
 * subject, the values and the answers. The ticket itself, what the agent receives, stays French.
 */
export interface TicketReview {
  lang: Language;
  title: string;
  fields: readonly TicketField[];
  answers: readonly TicketLine[];
  checks: readonly TicketLine[];
}

const keep = (text: string) => text;

const inFrench = ({ title, fields, answers, checks }: Ticket): TicketReview => ({
  lang: 'fr',
  title,
  fields,
  answers,
  checks,
});

/**
 * The review in English when `step` (the ticket step as shown) is English and every step it
 * names has its English; else the French ticket's own texts, so the page reads in one language.
 * `approximate`: the words of an approximate date (« yesterday (29/11/2026) ») in English.
 */
export function reviewTicket(
  session: Session,
  ticket: Ticket,
  step: TicketStep,
  translation: FlowTranslation | undefined,
  approximate: ApproximateWords,
): TicketReview {
  if (translation === undefined) return inFrench(ticket);
  const { flow } = session;
  const english = (stateId: string) => {
    const asked = flow.steps.get(stateId);
    const shown = asked && shownStep(asked, translation);
    return shown?.lang === 'en' ? shown : undefined;
  };
  /** A field's English, from the first form asking it (as `flow.fields` takes it). */
  const field = (name: string): Field | undefined => {
    for (const [stateId, { step: form }] of flow.steps) {
      if (form.kind !== 'form' || !form.fields.some((candidate) => candidate.name === name))
        continue;
      const shown = english(stateId)?.step;
      return shown?.kind === 'form'
        ? shown.fields.find((candidate) => candidate.name === name)
        : undefined;
    }
    return undefined;
  };
  const values = contextOf(session.current).fields;
  const value = (name: string) => {
    const asked = field(name);
    return asked && displayValue(asked, values[name] ?? '', keep, approximate);
  };
  const fields = ticket.fields.map((ticketField) => {
    const asked = field(ticketField.name);
    const shownValue = value(ticketField.name);
    return asked && shownValue !== undefined
      ? { ...ticketField, label: valueLabel(asked, 'en'), value: shownValue }
      : undefined;
  });
  const line = ({ stateId }: TicketLine): TicketLine | undefined => {
    const shown = english(stateId);
    const event = session.trail.findLast((entry) => entry.stateId === stateId)?.event.type;
    const answer = shown?.answers.find((candidate) => candidate.event === event);
    return (
      shown && answer && { stateId, question: stepLabel(shown.step, keep), answer: answer.summary }
    );
  };
  const answers = ticket.answers.map(line);
  const checks = ticket.checks.map(line);
  const placeholder = /\{([^}]*)\}/g;
  const named = [...step.ticketTitle.matchAll(placeholder)].map((match) => value(match[1] ?? ''));
  const title = step.ticketTitle.replace(placeholder, (_, name: string) =>
    titleValue(value(name) ?? ''),
  );
  const complete = <T>(items: readonly (T | undefined)[]): items is readonly T[] =>
    items.every((item) => item !== undefined);
  return complete(named) && complete(fields) && complete(answers) && complete(checks)
    ? { lang: 'en', title, fields, answers, checks }
    : inFrench(ticket);
}
