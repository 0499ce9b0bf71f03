import type { Field } from '../contract/schemas/fieldSchema';
import type { FlowEvent } from '../contract/flowSetup';
import type { Session } from '../session/session';
import { contextOf } from '../session/snapshot';
import { stepLabel } from '../session/stepLabel';
import type {
  Channel,
  ReportAs,
  Step,
  TicketStep,
  TicketTarget,
} from '../contract/schemas/stepSchema';
import { formatDate } from '../fields/calendarDate';
import { describeApproximate, type ApproximateWords } from '../fields/approximateDate';
import { typeset } from '../text/typeset';
import { titleValue } from './titleValue';

export interface TicketField {
  name: string;
  /** How the agent reads it: the field's `ticketLabel`, else its label without « (facultatif) ». */
  label: string;
  /**
   * As people read it: a choice's label, a date as DD/MM/YYYY, an approximate one as
   * « hier (29/11/2026) »; empty when left empty.
   */
  value: string;
  /** The step that collected it, for « Modifier ». */
  stateId: string;
}

/** An answered step as the ticket reports it: the step's summary label and the answer's. */
export interface TicketLine {
  stateId: string;
  question: string;
  answer: string;
}

/**
 * A ticket as the agent receives it: uniform, structured, complete. The flow's texts in it are
 * typeset (French spaces and apostrophes, see `typeset`); what the person typed stays as typed,
 * even inside the subject. The target's names stay as written: they are keys (the settings'
 * direct links), typeset where they are shown.
 */
export interface Ticket {
  flow: { id: string; title: string; version: string; versionLabel: string };
  title: string;
  channel: Channel;
  target?: TicketTarget;
  fields: readonly TicketField[];
  /** What the person chose (« Réponses »). */
  answers: readonly TicketLine[];
  /** What the person actually did and tried (« Vérifications déjà faites »). */
  checks: readonly TicketLine[];
  origin?: Session['origin'];
  /** The answers given, replayable: what the agent's view rebuilds the walk from. */
  events: readonly FlowEvent[];
  /**
   * `en` when the person read the procedure in English: the ticket stays French, for the agent,
   * and says so in one line. Absent in French, so a French ticket is as it always was.
   */
  personLanguage?: 'en';
}

/** What the screen shows for an optional value left empty; the ticket text leaves the line out. */
export const notProvided = 'Non renseigné';

/**
 * A collected value as people read it: a choice's label is the flow's text, typeset (`edit`: a
 * field whose texts are set already); empty stays empty.
 */
export function displayValue(
  field: Field | undefined,
  raw: string,
  edit: (text: string) => string = typeset,
  approximate?: ApproximateWords,
): string {
  if (raw === '') return '';
  if (field?.type === 'date')
    return field.approximate ? describeApproximate(raw, approximate) : formatDate(raw);
  const option =
    field?.type === 'choice'
      ? field.options.find((candidate) => candidate.value === raw)
      : undefined;
  return option ? edit(option.label) : raw;
}

/** « Nom du PC (facultatif) » is a question to the person; the agent reads « Nom du PC ». */
export function agentLabel(field: Field): string {
  return typeset(field.ticketLabel ?? field.label.replace(/\s*\(facultatif\)\s*$/i, ''));
}

/** Questions report what was chosen, instructions what was tried, unless the step says. */
export function reportedAs(step: Step): ReportAs | undefined {
  if (step.kind === 'question') return step.reportAs ?? 'answer';
  if (step.kind === 'instructions') return step.reportAs ?? 'check';
  return undefined;
}

/** The step that last collected a field: where « Modifier » leads. */
function collectingStep(session: Session, name: string): string {
  const entry = session.trail.findLast((candidate) => candidate.event.values?.[name] !== undefined);
  return entry?.stateId ?? '';
}

export function buildTicket(session: Session, step: TicketStep, language: 'fr' | 'en'): Ticket {
  const { flow } = session;
  const values = contextOf(session.current).fields;
  const fields = step.fields.map((name) => {
    const field = flow.fields.get(name);
    return {
      name,
      label: field ? agentLabel(field) : name,
      value: displayValue(field, values[name] ?? ''),
      stateId: collectingStep(session, name),
    };
  });
  const lines = step.answers.flatMap((stateId) => {
    const entry = session.trail.findLast((candidate) => candidate.stateId === stateId);
    const asked = flow.steps.get(stateId);
    const answer = asked?.answers.find((candidate) => candidate.event === entry?.event.type);
    if (!entry || !asked || !answer) return [];
    const line = { stateId, question: stepLabel(asked.step), answer: typeset(answer.summary) };
    return [{ line, as: reportedAs(asked.step) }];
  });
  // The author's words are typeset around the values, which are put in as typed.
  const title = typeset(step.ticketTitle).replace(/\{([^}]*)\}/g, (_, name: string) =>
    titleValue(displayValue(flow.fields.get(name), values[name] ?? '')),
  );
  return {
    flow: {
      id: flow.id,
      title: typeset(flow.meta.title),
      version: flow.version,
      versionLabel: flow.versionLabel,
    },
    title,
    channel: step.channel ?? 'serviceCenter',
    ...(step.target ? { target: step.target } : {}),
    fields,
    answers: lines.filter(({ as }) => as === 'answer').map(({ line }) => line),
    checks: lines.filter(({ as }) => as === 'check').map(({ line }) => line),
    ...(session.origin ? { origin: session.origin } : {}),
    events: session.trail.map((entry) => entry.event),
    ...(language === 'en' ? { personLanguage: language } : {}),
  };
}

/** Where to file the ticket, in the Centre de Services' own words (typeset: they are read). */
export function describeTarget(target: TicketTarget): string {
  const parts = [
    target.domain && typeset(`domaine « ${target.domain} »`),
    target.category && typeset(`catégorie « ${target.category} »`),
    target.catalogueEntry && typeset(`entrée du catalogue « ${target.catalogueEntry} »`),
  ];
  return parts.filter(Boolean).join(', ');
}

/** Where the request goes, as the agent's record says it. */
export function describeDestination(ticket: Ticket): string {
  if (ticket.channel === 'assistanceForm')
    return 'formulaire public de demande d’assistance (la personne ne peut pas se connecter à l’ENT\u202f: rappelez-la)';
  return ticket.target
    ? `Centre de Services, ${describeTarget(ticket.target)}`
    : 'Centre de Services';
}

/** What the text needs from outside the ticket: the day it is prepared, and the agent's link. */
export interface TicketTextContext {
  /** YYYY-MM-DD. */
  preparedOn: string;
  /** The address of the agent's read-only view of this ticket, when the page knows it. */
  agentLink?: string;
}

/**
 * The ticket as an agent's record, without its subject: the e-mail body, and the rest of the
 * text. Empty optional values are left out; references come last, out of the way. Its own
 * words are written typeset (`\u202f`, the narrow no-break space before a colon): the values
 * around them are already, or are typed and stay so.
 */
export function ticketBody(ticket: Ticket, context: TicketTextContext): string {
  const section = (title: string, lines: readonly string[]) =>
    lines.length > 0 ? ['', title, ...lines] : [];
  const line = ({ question, answer }: { question: string; answer: string }) =>
    `- ${question}\u202f: ${answer}`;
  return [
    `Destination\u202f: ${describeDestination(ticket)}`,
    ...(ticket.personLanguage === 'en' ? ['Langue de l’usager\u202f: anglais'] : []),
    ...section(
      'Informations',
      ticket.fields
        .filter((field) => field.value !== '')
        .map((field) => line({ question: field.label, answer: field.value })),
    ),
    ...section('Réponses', ticket.answers.map(line)),
    ...section('Vérifications déjà faites', ticket.checks.map(line)),
    ...(ticket.origin
      ? section(
          `Procédure suivie auparavant\u202f: ${typeset(ticket.origin.flowTitle)}`,
          ticket.origin.checks.map(line),
        )
      : []),
    '',
    ...(context.agentLink ? [`Détail pour l’agent\u202f: ${context.agentLink}`] : []),
    `Référence\u202f: ${ticket.flow.id}, version ${ticket.flow.versionLabel}, préparée le ${formatDate(context.preparedOn)}`,
  ].join('\n');
}

/** The whole text, for « Copier » and the .txt download: the subject first. */
export function ticketText(ticket: Ticket, context: TicketTextContext): string {
  return `Objet\u202f: ${ticket.title}\n${ticketBody(ticket, context)}`;
}

/** The e-mail subject: a stable tag, the procedure's id, that a mail rule can route on. */
export function mailSubject(ticket: Ticket): string {
  return `[${ticket.flow.id}] ${ticket.title}`;
}

/** The ticket as structured data, for tools on the agents' side; empty values stay, as ''. */
export function ticketJson(ticket: Ticket) {
  return {
    title: ticket.title,
    channel: ticket.channel,
    ...(ticket.target ? { target: ticket.target } : {}),
    fields: Object.fromEntries(
      ticket.fields.map((field) => [field.name, { label: field.label, value: field.value }]),
    ),
    answers: ticket.answers.map(({ question, answer }) => ({ question, answer })),
    checks: ticket.checks.map(({ question, answer }) => ({ question, answer })),
    ...(ticket.origin ? { origin: ticket.origin } : {}),
    flow: ticket.flow,
    ...(ticket.personLanguage ? { personLanguage: ticket.personLanguage } : {}),
  };
}

/** An e-mail to `recipient` with the ticket: subject and body are percent-encoded. */
export function mailtoHref(ticket: Ticket, recipient: string, context: TicketTextContext): string {
  return `mailto:${encodeURIComponent(recipient).replace(/%40/g, '@')}?subject=${encodeURIComponent(mailSubject(ticket))}&body=${encodeURIComponent(ticketBody(ticket, context))}`;
}
