import { describeTrail, type TrailItem } from '../session/describeTrail';
import type { DiagnosticRecord } from './diagnosticLink';
import { answerText, type FlowModel } from '../flowModel';
import { tagOf, type DiagramPathStep } from '../graph/flowDiagram';
import type { Session } from '../session/session';
import { replayEvents } from '../session/replayEvents';
import { contextOf, stateIdOf } from '../session/snapshot';
import type { Step } from '../contract/schemas/stepSchema';
import { agentLabel, buildTicket, describeDestination, displayValue } from './ticket';
import { formatDate } from '../fields/calendarDate';
import { typeset } from '../text/typeset';

/** A collected value as the agent reads it; `value` is '' for an optional one left empty. */
export interface AgentValue {
  name: string;
  label: string;
  value: string;
}

/** A step of the walk, for the diagram and its text alternative. */
export interface WalkedStep extends DiagramPathStep {
  /** The step's kind as the diagram names it (« Question », « Ticket »…). */
  tag: string;
  heading: string;
  /** The answer's label as the diagram shows it; absent on the last step. */
  answerLabel?: string;
}

/** A recorded answer the flow no longer accepts, shown as it was recorded. */
export interface LeftOverAnswer {
  /** The event sent (an answer's code, or SUBMIT for a form). */
  event: string;
  values: readonly AgentValue[];
}

/** An ending, as the agent reads it; a ticket's with its subject and where it goes. */
export type ReachedEnding =
  | { kind: 'resolution'; tag: string; title: string }
  | { kind: 'ticket'; tag: string; title: string; subject: string; destination: string };

/** What the agent's view shows of a record, rebuilt by replaying it on the flow as it is now. */
export interface ReplayedRecord {
  flow: { id: string; title: string; versionLabel: string };
  recordedVersionLabel: string;
  /** The flow changed since the link was made: the replay may stop early. */
  changed: boolean;
  /** DD/MM/YYYY. */
  preparedOn: string;
  recorded: number;
  replayed: number;
  /** « Parcours »: each question with the answer given, in order. */
  trail: readonly TrailItem[];
  /** « Valeurs saisies »: every form field submitted on the way, in the order asked. */
  values: readonly AgentValue[];
  /** The steps visited, the last one being where the replay ended. */
  path: readonly WalkedStep[];
  /** The ending reached, when the replay reached one. */
  ending?: ReachedEnding;
  /** The answers after the first one the flow no longer accepts. */
  leftOver: readonly LeftOverAnswer[];
  origin?: DiagnosticRecord['origin'];
}

/** `v3` is the author's version 3; `h…` a hash, read by its first six characters like the flow's own. */
function versionLabelOf(version: string): string {
  if (version.startsWith('v')) return version.slice(1);
  if (version.startsWith('h')) return version.slice(1, 7);
  return version;
}

function stepHeading(step: Step): string {
  return typeset(step.kind === 'question' ? step.prompt : step.title);
}

/**
 * Replays a decoded record on the flow, the way a saved session is restored: each answer in
 * turn, forms validated again (with the day the link was prepared as « today », so a date valid
 * then is valid now), stopping at the first answer the flow does not accept. Pure: the record
 * only ever selects among the flow's own steps and answers, and its values are shown as text:
 * as typed, while the flow's words are typeset, as the person saw them.
 */
export function replayRecord(flow: FlowModel, record: DiagnosticRecord): ReplayedRecord {
  const { session, replayed } = replayEvents(flow, record.events, record.preparedOn);
  return {
    flow: { id: flow.id, title: typeset(flow.meta.title), versionLabel: flow.versionLabel },
    recordedVersionLabel: versionLabelOf(record.version),
    changed: record.version !== flow.version,
    preparedOn: formatDate(record.preparedOn),
    recorded: record.events.length,
    replayed,
    trail: describeTrail(session),
    values: collectedValues(session),
    path: walkedSteps(session),
    ...endingOf(session),
    leftOver: recordedAnswers(record.events.slice(replayed), flow),
    ...(record.origin ? { origin: record.origin } : {}),
  };
}

/**
 * Recorded answers as they were recorded, for those that cannot be replayed: each value labelled
 * as the flow labels it when the flow still has the field, else by its name.
 */
export function recordedAnswers(
  events: DiagnosticRecord['events'],
  flow: FlowModel | undefined,
): LeftOverAnswer[] {
  return events.map((event) => ({
    event: event.type,
    values: Object.entries(event.values ?? {}).map(([name, value]) => {
      const field = flow?.fields.get(name);
      return { name, label: field ? agentLabel(field) : name, value: displayValue(field, value) };
    }),
  }));
}

/**
 * Each field of each form submitted, once, in the order asked, with its final value. Values a
 * question sets for branching (`setField`) are not typed by the person: the « Parcours » shows
 * the answer that set them.
 */
function collectedValues(session: Session): AgentValue[] {
  const values = contextOf(session.current).fields;
  const byName = new Map<string, AgentValue>();
  for (const entry of session.trail) {
    const step = session.flow.steps.get(entry.stateId)?.step;
    if (step?.kind !== 'form') continue;
    for (const field of step.fields) {
      if (byName.has(field.name)) continue;
      const value = displayValue(field, values[field.name] ?? '');
      byName.set(field.name, { name: field.name, label: agentLabel(field), value });
    }
  }
  return [...byName.values()];
}

function endingOf(session: Session): { ending?: ReachedEnding } {
  const step = session.flow.steps.get(stateIdOf(session.current))?.step;
  if (step?.kind === 'resolution')
    return { ending: { kind: 'resolution', tag: tagOf(step), title: typeset(step.title) } };
  if (step?.kind !== 'ticket') return {};
  const ticket = buildTicket(session, step, 'fr');
  return {
    ending: {
      kind: 'ticket',
      tag: tagOf(step),
      title: typeset(step.title),
      subject: ticket.title,
      destination: describeDestination(ticket),
    },
  };
}

function walkedSteps(session: Session): WalkedStep[] {
  const { flow } = session;
  const targets = [
    ...session.trail.slice(1).map((entry) => entry.stateId),
    stateIdOf(session.current),
  ];
  const steps = session.trail.map((entry, index): WalkedStep => {
    const target = targets[index] ?? '';
    const answers = flow.steps.get(entry.stateId)?.answers ?? [];
    const taken =
      answers.find((item) => item.event === entry.event.type && item.target === target) ??
      answers.find((item) => item.event === entry.event.type);
    return {
      ...describeStep(flow, entry.stateId),
      taken: { event: entry.event.type, target },
      ...(taken ? { answerLabel: typeset(answerText(taken)) } : {}),
    };
  });
  return [...steps, describeStep(flow, stateIdOf(session.current))];
}

function describeStep(flow: FlowModel, stateId: string) {
  const step = flow.steps.get(stateId)?.step;
  // A session only ever stands on a step of its flow: the fallbacks are for the type checker.
  return { stateId, tag: step ? tagOf(step) : '', heading: step ? stepHeading(step) : stateId };
}
