/**
 * Property-based tests of the session engine: random walks of `SessionEvent`s, most of them
 * meaningful (an answer the step offers, a valid sample submission), the rest hostile (unknown
 * events, oversized or malformed values, out-of-range indices), sent through `reduceSession`
 * into every flow. After every event the session must still be one the flow defines.
 *
 * A failure names the flow and prints the events as code to paste into a test:
 * `[...].reduce(reduceSession, startSession(flowById('…')))` replays it exactly.
 */
import {
  reduceSession,
  startSession,
  validateFields,
  type Session,
  type SessionEvent,
  type StepView,
} from '../../src/engine';
import { checkMove } from './checks/checkMove';
import { checkSession } from './checks/checkSession';
import { checkTicketExports } from './checks/checkTicketExports';
import type { FlowFacts } from './flowFacts';
import type { Intent } from './intents';
import { replaySource } from './replaySource';
import { resolveIntent } from './resolveIntent';

interface Walk {
  session: Session;
  view: StepView;
  events: SessionEvent[];
}

/** The error a failed walk throws: the flow, what failed, and the events that replay it. */
export function walkFailure(
  facts: FlowFacts,
  events: readonly SessionEvent[],
  what: string,
  error: unknown,
) {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new Error(
    `flow "${facts.flow.id}": ${what}: ${reason}\nReplay:\n${replaySource(facts.flow.id, events)}`,
    { cause: error },
  );
}

function validationOf(facts: FlowFacts, view: StepView, event: SessionEvent) {
  const step = facts.flow.steps.get(view.stateId);
  return event.type === 'SUBMIT' && step?.step.kind === 'form'
    ? validateFields(step.step.fields, event.values, event.today, { rules: step.step.rules })
    : undefined;
}

/**
 * Sends the intents in turn, checking every invariant after each event (and, with
 * `exportTickets`, every ticket reached); throws a report with the events to replay.
 */
export function walkFlow(
  facts: FlowFacts,
  intents: readonly Intent[],
  exportTickets = false,
): Walk {
  let session = startSession(facts.flow);
  let view = checkSession(facts, session);
  const events: SessionEvent[] = [];
  for (const intent of intents) {
    const event = resolveIntent(facts, session, view, intent);
    events.push(event);
    try {
      const after = reduceSession(session, event);
      const afterView = checkSession(facts, after);
      const validation = validationOf(facts, view, event);
      const move = { before: session, beforeView: view, event, after, afterView, validation };
      checkMove(facts, move);
      if (exportTickets) checkTicketExports(afterView);
      session = after;
      view = afterView;
    } catch (error) {
      throw walkFailure(facts, events, `event ${events.length - 1} failed`, error);
    }
  }
  return { session, view, events };
}
