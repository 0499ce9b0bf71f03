import type { Field } from './fieldSchema';
import type { Session } from './session';
import { contextOf } from './snapshot';
import { stepLabel } from './stepLabel';
import type { TicketStep, TicketTarget } from './stepSchema';
import { formatDate } from './validateFields';

export interface TicketField {
  name: string;
  label: string;
  /** As the agent reads it: a choice's label, a date as DD/MM/YYYY, « Non renseigné » when empty. */
  value: string;
  /** The step that collected it, for « Modifier ». */
  stateId: string;
}

export interface TicketCheck {
  stateId: string;
  question: string;
  answer: string;
}

/** A ticket as the Centre de Services agent receives it: uniform, structured, complete. */
export interface Ticket {
  flow: { id: string; title: string; version: string };
  title: string;
  target: TicketTarget;
  fields: readonly TicketField[];
  checks: readonly TicketCheck[];
  origin?: Session['origin'];
}

export const notProvided = 'Non renseigné';

/** A collected value as people read it. */
export function displayValue(field: Field | undefined, raw: string): string {
  if (raw === '') return notProvided;
  if (field?.type === 'date') return formatDate(raw);
  if (field?.type === 'choice')
    return field.options.find((option) => option.value === raw)?.label ?? raw;
  return raw;
}

/** The step that last collected a field: where « Modifier » leads. */
function collectingStep(session: Session, name: string): string {
  const entry = session.trail.findLast((candidate) => candidate.event.values?.[name] !== undefined);
  return entry?.stateId ?? '';
}

export function buildTicket(session: Session, step: TicketStep): Ticket {
  const { flow } = session;
  const values = contextOf(session.current).fields;
  const fields = step.fields.map((name) => {
    const field = flow.fields.get(name);
    return {
      name,
      label: field?.label ?? name,
      value: displayValue(field, values[name] ?? ''),
      stateId: collectingStep(session, name),
    };
  });
  const checks = step.answers.flatMap((stateId) => {
    const entry = session.trail.findLast((candidate) => candidate.stateId === stateId);
    const asked = flow.steps.get(stateId);
    const answer = asked?.answers.find((candidate) => candidate.event === entry?.event.type);
    if (!entry || !asked || !answer) return [];
    return [{ stateId, question: stepLabel(asked.step), answer: answer.summary }];
  });
  const title = step.ticketTitle.replace(/\{([^}]*)\}/g, (_, name: string) =>
    displayValue(flow.fields.get(name), values[name] ?? ''),
  );
  return {
    flow: { id: flow.id, title: flow.meta.title, version: flow.version },
    title,
    target: step.target,
    fields,
    checks,
    ...(session.origin ? { origin: session.origin } : {}),
  };
}

/** Where to file the ticket, in the Centre de Services' own words. */
export function describeTarget(target: TicketTarget): string {
  const parts = [
    target.domain && `domaine « ${target.domain} »`,
    target.category && `catégorie « ${target.category} »`,
    target.catalogueEntry && `entrée du catalogue « ${target.catalogueEntry} »`,
  ];
  return parts.filter(Boolean).join(', ');
}

/** The ticket as plain text, for « Copier », the .txt download and the e-mail body. */
export function ticketText(ticket: Ticket): string {
  const lines = [
    `Objet : ${ticket.title}`,
    `À déposer dans le Centre de Services : ${describeTarget(ticket.target)}`,
    '',
    'Informations',
    ...ticket.fields.map((field) => `- ${field.label} : ${field.value}`),
  ];
  if (ticket.checks.length > 0) {
    lines.push(
      '',
      'Vérifications déjà faites',
      ...ticket.checks.map((check) => `- ${check.question} : ${check.answer}`),
    );
  }
  if (ticket.origin) {
    lines.push(
      '',
      `Procédure suivie auparavant : ${ticket.origin.flowTitle}`,
      ...ticket.origin.checks.map((check) => `- ${check.question} : ${check.answer}`),
    );
  }
  lines.push(
    '',
    `Procédure : ${ticket.flow.title} (${ticket.flow.id}, version ${ticket.flow.version})`,
  );
  return lines.join('\n');
}

/** The ticket as structured data, for tools on the agents' side. */
export function ticketJson(ticket: Ticket) {
  return {
    title: ticket.title,
    target: ticket.target,
    fields: Object.fromEntries(
      ticket.fields.map((field) => [field.name, { label: field.label, value: field.value }]),
    ),
    checks: ticket.checks.map(({ question, answer }) => ({ question, answer })),
    ...(ticket.origin ? { origin: ticket.origin } : {}),
    flow: ticket.flow,
  };
}

/** An e-mail with the ticket, addressed by the user: subject and body are percent-encoded. */
export function mailtoHref(ticket: Ticket): string {
  return `mailto:?subject=${encodeURIComponent(ticket.title)}&body=${encodeURIComponent(ticketText(ticket))}`;
}
