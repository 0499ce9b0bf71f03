import { assign } from 'xstate';
import type { FieldValues } from './schemas/fieldSchema';
import type { FlowMeta } from './schemas/flowMetaSchema';
import type { Step, TransitionMeta } from './schemas/stepSchema';

export { setup } from 'xstate';

/** Everything a flow collects: the values of its form fields, by field name. */
export interface FlowContext {
  fields: FieldValues;
}

/** Answers are payload-free SCREAMING_CASE events; a form step sends `SUBMIT` with its values. */
export interface FlowEvent {
  type: string;
  values?: FieldValues;
}

export type StateMeta = FlowMeta | Step;

interface GuardArgs {
  context: FlowContext;
  event: FlowEvent;
}

/**
 * A field's value as a guard sees it: the values being submitted first (XState checks guards
 * before `saveFields` runs, and a form often branches on its own choice), then what was collected.
 */
function fieldValue({ context, event }: GuardArgs, field: string): string {
  return event.values?.[field] ?? context.fields[field] ?? '';
}

/**
 * What every flow passes to `setup()`: the types, and the only guards and actions a flow may name.
 * Flows are data, so behaviour lives here, referenced by name (`actions: 'saveFields'`).
 */
export const flowSetup = {
  types: {
    // XState's documented way to declare types: the objects are never read.
    /* eslint-disable @typescript-eslint/consistent-type-assertions */
    context: {} as FlowContext,
    events: {} as FlowEvent,
    meta: {} as StateMeta,
    transitionMeta: {} as TransitionMeta,
    /* eslint-enable @typescript-eslint/consistent-type-assertions */
  },
  guards: {
    /** Branch on a choice, in this form or an earlier one: `{ type: 'fieldEquals', params: { field, value } }`. */
    fieldEquals: (args: GuardArgs, params: { field: string; value: string }) =>
      fieldValue(args, params.field) === params.value,
    /** Branch on whether an optional field was filled in. */
    fieldFilled: (args: GuardArgs, params: { field: string }) =>
      fieldValue(args, params.field) !== '',
  },
  actions: {
    /** Store a form's submitted values; the engine validated them before sending `SUBMIT`. */
    saveFields: assign<FlowContext, FlowEvent, undefined, FlowEvent, never>(
      ({ context, event }) => ({
        fields: { ...context.fields, ...event.values },
      }),
    ),
    /** Remember an answer for later branching: `{ type: 'setField', params: { field, value } }`. */
    setField: assign<FlowContext, FlowEvent, { field: string; value: string }, FlowEvent, never>(
      ({ context }, params) => ({ fields: { ...context.fields, [params.field]: params.value } }),
    ),
  },
};

export const guardNames = Object.keys(flowSetup.guards);
export const actionNames = Object.keys(flowSetup.actions);
