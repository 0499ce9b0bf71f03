import { readFlow, type FlowModel } from '../engine';
import { flowModules } from './flowModules';

const loaded = new Map<string, Promise<FlowModel>>();

/** Loads and checks a flow; undefined when no flow has this id. */
export function loadFlow(id: string): Promise<FlowModel> | undefined {
  const file = `/flows/${id}.ts`;
  const load = flowModules[file];
  if (!load) return undefined;
  const cached = loaded.get(id);
  if (cached) return cached;
  const model = load().then((machine) => readFlow(machine, file.slice(1)));
  loaded.set(id, model);
  return model;
}
