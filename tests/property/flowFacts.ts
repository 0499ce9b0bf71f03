import type { FieldValues, FlowModel, FlowStep } from '../../src/engine';
import { sampleSubmissions } from '../support/sampleValues';

/** What is fixed for a flow: its answer events and the sample submissions of each form. */
export interface FlowFacts {
  flow: FlowModel;
  events: readonly string[];
  forms: readonly FlowStep[];
  samples: ReadonlyMap<string, readonly FieldValues[]>;
  /** Step id → event → the steps it may lead to. */
  targets: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>;
}

export function factsOf(flow: FlowModel): FlowFacts {
  const steps = [...flow.steps.values()];
  const forms = steps.filter(({ step }) => step.kind === 'form');
  const samples = new Map(
    forms.flatMap(({ id, step }) =>
      step.kind === 'form' ? [[id, sampleSubmissions(step)] as const] : [],
    ),
  );
  const targets = new Map(
    steps.map(({ id, answers }) => {
      const byEvent = new Map<string, Set<string>>();
      for (const { event, target } of answers)
        byEvent.set(event, new Set([...(byEvent.get(event) ?? []), target]));
      return [id, byEvent] as const;
    }),
  );
  const events = [...new Set(steps.flatMap(({ answers }) => answers.map(({ event }) => event)))];
  return { flow, events, forms, samples, targets };
}
