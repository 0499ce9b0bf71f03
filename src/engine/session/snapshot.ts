import type { AnyMachineSnapshot } from 'xstate';
import * as z from 'zod/mini';
import { fieldValuesSchema } from '../contract/schemas/fieldSchema';
import type { FlowContext } from '../contract/flowSetup';

const stateIdSchema = z.string();
const flowContextSchema = z.object({ fields: fieldValuesSchema });

/** Flows are flat, so a snapshot's value is the id of the step it is on. */
export function stateIdOf(snapshot: AnyMachineSnapshot): string {
  return stateIdSchema.parse(snapshot.value);
}

export function contextOf(snapshot: AnyMachineSnapshot): FlowContext {
  return flowContextSchema.parse(snapshot.context);
}
