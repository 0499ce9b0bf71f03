import { allFlows } from '../../scripts/flows/allFlows';
import type { FlowModel, StepView } from '../../src/engine';

export { allFlows };

/** A fixed "today", so date checks do not depend on the day the tests run. */
export const today = '2026-11-25';

export function flowById(id: string): FlowModel {
  const flow = allFlows.find((candidate) => candidate.id === id);
  if (!flow) throw new Error(`no flow ${id}`);
  return flow;
}

function isKind<K extends StepView['kind']>(
  view: StepView,
  kind: K,
): view is Extract<StepView, { kind: K }> {
  return view.kind === kind;
}

/** Narrows a view to the kind a test expects, failing with where the walk really ended. */
export function expectKind<K extends StepView['kind']>(
  view: StepView,
  kind: K,
): Extract<StepView, { kind: K }> {
  if (isKind(view, kind)) return view;
  throw new Error(`expected a ${kind} step, got ${view.kind} at "${view.stateId}"`);
}
