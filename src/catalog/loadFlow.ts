import type { AnyStateMachine } from 'xstate';
import { readFlow, type FlowModel } from '../engine';

/** One lazy chunk per flow: opening a flow downloads its machine, and only then. */
const modules = import.meta.glob<AnyStateMachine>('/flows/*.ts', { import: 'default' });

const loaded = new Map<string, Promise<FlowModel>>();

/** Loads and checks a flow; undefined when no flow has this id. */
export function loadFlow(id: string): Promise<FlowModel> | undefined {
  const file = `/flows/${id}.ts`;
  const load = modules[file];
  if (!load) return undefined;
  const cached = loaded.get(id);
  if (cached) return cached;
  const model = load().then((machine) => readFlow(machine, file.slice(1)));
  loaded.set(id, model);
  return model;
}
