import { stepView, type FlowStep, type Session, type StepView } from '../../../src/engine';
import { check } from './check';
import type { FlowFacts } from '../flowFacts';

export function stateIdOf(session: Session): string {
  return String(session.current.value);
}

function isEnding(step: FlowStep): boolean {
  return step.step.kind === 'resolution' || step.step.kind === 'ticket';
}

/** Holds for any session reachable from `startSession`, whatever happened before. */
export function checkSession(facts: FlowFacts, session: Session): StepView {
  const { flow } = facts;
  const stateId = stateIdOf(session);
  const step = flow.steps.get(stateId);
  check(step !== undefined, `state "${stateId}" is not a step of the flow`);
  const { status } = session.current;
  check(status === 'active' || status === 'done', `snapshot status is "${status}"`);
  check(
    (status === 'done') === isEnding(step),
    `status "${status}" on a ${step.step.kind} step "${stateId}"`,
  );

  const { trail } = session;
  check(trail.length >= 0, 'trail length is negative');
  trail.forEach((entry, index) => {
    check(flow.steps.has(entry.stateId), `trail[${index}] is at "${entry.stateId}", not a step`);
    check(
      String(entry.before.value) === entry.stateId,
      `trail[${index}] is at "${entry.stateId}" but its snapshot at "${String(entry.before.value)}"`,
    );
    const next = trail[index + 1]?.stateId ?? stateId;
    const reachable = facts.targets.get(entry.stateId)?.get(entry.event.type);
    check(
      reachable?.has(next) === true,
      `trail[${index}]: ${entry.event.type} at "${entry.stateId}" cannot lead to "${next}"`,
    );
  });
  check(
    trail.length === 0 || trail[0]?.stateId === flow.initial,
    `the trail starts at "${trail[0]?.stateId ?? ''}", not at the first step "${flow.initial}"`,
  );
  if (session.changing) {
    check(
      trail.length === session.changing.from &&
        session.changing.from < session.changing.trail.length,
      `changing from ${session.changing.from} with a trail of ${trail.length} (was ${session.changing.trail.length})`,
    );
    check(flow.steps.has(String(session.changing.current.value)), 'changing returns to no step');
  }
  for (const entry of session.undone ?? [])
    check(flow.steps.has(entry.stateId), `an undone answer is at "${entry.stateId}", not a step`);
  for (const name of Object.keys(session.errors)) {
    check(
      step.step.kind === 'form' && step.step.fields.some((field) => field.name === name),
      `error on "${name}", which is no field of "${stateId}"`,
    );
  }

  const view = stepView(session);
  check(view.stateId === stateId, `view of "${view.stateId}" on state "${stateId}"`);
  check(view.kind === step.step.kind, `a ${view.kind} view of a ${step.step.kind} step`);
  check(
    view.stepNumber === trail.length + 1,
    `step number ${view.stepNumber}, trail ${trail.length}`,
  );
  check(
    view.restartErases ===
      (view.kind === 'ticket'
        ? 'ticket'
        : Object.values(session.drafts).some((values) =>
              Object.values(values).some((value) => value.trim() !== ''),
            )
          ? 'typing'
          : 'nothing'),
    'restartErases does not follow the typed values and the ticket',
  );
  check(view.trail.length === trail.length, 'the view lists another trail');
  check(
    view.canGoBack === (trail.length > 0 || session.changing !== undefined),
    'canGoBack is wrong',
  );
  return view;
}
