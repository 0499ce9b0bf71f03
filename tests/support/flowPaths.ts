import * as z from 'zod/mini';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import {
  answer,
  startSession,
  stepView,
  submit,
  type FlowEvent,
  type FlowModel,
} from '../../src/engine';
import { today } from './allFlows';
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
      return sampleSubmissions(step.step).map((values) => ({ type: 'SUBMIT', values }));
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

/** Each answer a path gives, as where it was given, what it was and where it led: its edges. */
export function edgesOf(flow: FlowModel, events: readonly FlowEvent[]): string[] {
  let session = startSession(flow);
  return events.map((event) => {
    const from = stepView(session).stateId;
    session = event.values ? submit(session, event.values, today) : answer(session, event.type);
    // The step reached is part of the edge: one answer may lead to several, by its guards.
    return `${from} ${JSON.stringify(event)} ${stepView(session).stateId}`;
  });
}

/**
 * Fewer paths that still give every answer `flowPaths` gives, at every step it gives it
 * (so every screen, every branch, every sample form and every ending): a greedy set cover,
 * taking each time the path that walks the most edges not yet walked (in the order of
 * `flowPaths`, so the choice is the same on every run). The browser walks these;
 * the engine and jsdom tests walk every path, whose number multiplies with each branch.
 */
export function coveringPaths(flow: FlowModel): FlowEvent[][] {
  const candidates = flowPaths(flow)
    .filter((events) => events.length > 0)
    .map((events) => ({ events, edges: new Set(edgesOf(flow, events)) }));
  const uncovered = new Set(candidates.flatMap(({ edges }) => [...edges]));
  const chosen: FlowEvent[][] = [];
  while (uncovered.size > 0) {
    let best = candidates[0];
    let bestGain = 0;
    for (const candidate of candidates) {
      const gain = [...candidate.edges].filter((edge) => uncovered.has(edge)).length;
      if (gain > bestGain) [best, bestGain] = [candidate, gain];
    }
    if (!best || bestGain === 0) break;
    chosen.push(best.events);
    for (const edge of best.edges) uncovered.delete(edge);
  }
  return chosen;
}
