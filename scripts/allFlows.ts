import type { AnyStateMachine } from 'xstate';
import { catalogEntry, readFlow, type FlowModel } from '../src/engine';

/**
 * Every flow in flows/, checked against the contract. Vite expands the glob, so adding a file
 * adds the flow to the catalogue, the checks and the generic tests, with nothing else to edit.
 */
const modules = import.meta.glob<AnyStateMachine>('/flows/*.ts', {
  eager: true,
  import: 'default',
});

export const allFlows: FlowModel[] = Object.entries(modules).map(([file, machine]) =>
  readFlow(machine, file.slice(1)),
);

/** What `virtual:flow-catalog` holds: only what the home page lists and searches. */
export const catalog = allFlows.map(catalogEntry);
