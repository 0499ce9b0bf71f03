import * as z from 'zod/mini';

/**
 * The shape of a flow machine's config as the engine reads it. XState types the config
 * generically, so the engine parses it like any outside data instead of trusting it.
 * Only the parts the engine relies on are strict; step contents are checked by their own schemas.
 */
const namedRefSchema = z.union([
  z.string(),
  z.object({ type: z.string(), params: z.optional(z.record(z.string(), z.unknown())) }),
]);

export const transitionConfigSchema = z.object({
  target: z.optional(z.unknown()),
  guard: z.optional(z.unknown()),
  actions: z.optional(z.unknown()),
  meta: z.optional(z.unknown()),
  description: z.optional(z.string()),
});
export type TransitionConfig = z.infer<typeof transitionConfigSchema>;

export const stateConfigSchema = z.object({
  type: z.optional(z.string()),
  meta: z.optional(z.unknown()),
  on: z.optional(z.record(z.string(), z.unknown())),
  states: z.optional(z.unknown()),
  always: z.optional(z.unknown()),
  entry: z.optional(z.unknown()),
  exit: z.optional(z.unknown()),
  invoke: z.optional(z.unknown()),
  after: z.optional(z.unknown()),
  description: z.optional(z.string()),
});
export type StateConfig = z.infer<typeof stateConfigSchema>;

export const machineConfigSchema = z.object({
  id: z.optional(z.string()),
  initial: z.optional(z.string()),
  meta: z.optional(z.unknown()),
  states: z.optional(z.record(z.string(), z.unknown())),
});

export { namedRefSchema };
