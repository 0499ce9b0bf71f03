import { readFlow, type FlowModel } from '../engine';
import { flowModules } from './flowModules';

const loaded = new Map<string, Promise<FlowModel>>();

/**
 * Resolves with `value` in a task of its own: the flow's chunk is evaluated in one task, then
 * read and checked (zod, XState) in the next, so that the page answers a tap in between instead
 * of blocking for both. A message, not a timer: it comes at once, and tests that fake timers do
 * not hold it back.
 */
function nextTask<T>(value: T): Promise<T> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve(value);
    };
    channel.port2.postMessage(undefined);
  });
}

/** Loads and checks a flow; undefined when no flow has this id. */
export function loadFlow(id: string): Promise<FlowModel> | undefined {
  const file = `/flows/${id}.ts`;
  const load = flowModules[file];
  if (!load) return undefined;
  const cached = loaded.get(id);
  if (cached) return cached;
  const model = load()
    .then(nextTask)
    .then((machine) => readFlow(machine, file.slice(1)));
  loaded.set(id, model);
  return model;
}
