import type { AnyStateMachine } from 'xstate';

/**
 * One lazy chunk per flow, keyed by file (`/flows/<id>.ts`). This map has a chunk of its own: it
 * grows with each flow, so it stays out of the home page's entry, and it does not wait for the
 * wizard's chunk, so a procedure URL can fetch its flow alongside the wizard (see startRouteLoads).
 */
export const flowModules = import.meta.glob<AnyStateMachine>('/flows/*.ts', { import: 'default' });
