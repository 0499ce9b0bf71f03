import * as z from 'zod/mini';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import type { FlowEvent, FlowModel } from '../../src/engine';
import { sampleSubmissions } from './sampleValues';

const flowEventSchema = z.object({
  type: z.string(),
  values: z.optional(z.record(z.string(), z.string())),
});

/** Above this many states, simple paths may explode (branches that merge again): shortest paths only. */
const simplePathLimit = 20;

function eventsFor(flow: FlowModel) {
  return (snapshot: { value: unknown }): FlowEvent[] => {
    const step = typeof snapshot.value === 'string' ? flow.steps.get(snapshot.value) : undefined;
    if (!step) return [];
    if (step.step.kind === 'form')
      return sampleSubmissions(step.step.fields).map((values) => ({ type: 'SUBMIT', values }));
    return step.answers.map((answer) => ({ type: answer.event }));
  };
}

/** Every path worth walking, as the events that make it: to every state, and every simple path on small flows. */
export function flowPaths(flow: FlowModel): FlowEvent[][] {
  const options = { events: eventsFor(flow) };
  const paths = [
    ...getShortestPaths(flow.machine, options),
    ...(flow.steps.size <= simplePathLimit ? getSimplePaths(flow.machine, options) : []),
  ];
  const unique = new Map<string, FlowEvent[]>();
  for (const path of paths) {
    const events = path.steps.slice(1).map((step) => flowEventSchema.parse(step.event));
    unique.set(JSON.stringify(events), events);
  }
  return [...unique.values()];
}
