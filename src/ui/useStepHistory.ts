import { useEffect } from 'react';
import type { Actor } from 'xstate';
import * as z from 'zod/mini';
import type { sessionLogic } from '../engine';
import { flowHref } from './useHashRoute';

/** What the wizard keeps in each history entry: its flow, its step, and the step of the entry below. */
const entrySchema = z.object({
  wizard: z.string(),
  step: z.number(),
  below: z.optional(z.number()),
});
type Entry = z.infer<typeof entrySchema>;

function currentEntry(flowId: string): Entry | undefined {
  const parsed = entrySchema.safeParse(history.state);
  return parsed.success && parsed.data.wizard === flowId ? parsed.data : undefined;
}

export function stepHref(flowId: string, step: number): string {
  return `${flowHref(flowId)}/${String(step)}`;
}

/**
 * Gives each step its own history entry, so the browser's Back and Forward move between steps
 * exactly like the back link, context included. Answering pushes an entry; going back pops one.
 */
export function useStepHistory(
  actor: Actor<typeof sessionLogic>,
  flowId: string,
  step: number,
  enabled: boolean,
) {
  useEffect(() => {
    if (!enabled) return;
    const entry = currentEntry(flowId);
    if (entry?.step === step) return;
    const href = stepHref(flowId, step);
    if (entry && step === entry.step + 1) {
      history.pushState({ wizard: flowId, step, below: entry.step }, '', href);
    } else {
      history.replaceState({ wizard: flowId, step, below: entry?.below }, '', href);
    }
  }, [enabled, flowId, step]);

  useEffect(() => {
    if (!enabled) return undefined;
    const onPopState = () => {
      const entry = currentEntry(flowId);
      if (!entry) return;
      // Walk the session to the entry's step; stop if it cannot get there (then the URL follows it).
      for (let moves = 0; moves < 500; moves++) {
        const before = actor.getSnapshot().context;
        const current = before.trail.length + 1;
        if (current === entry.step) return;
        actor.send({ type: current > entry.step ? 'BACK' : 'FORWARD' });
        if (actor.getSnapshot().context === before) break;
      }
      const reached = actor.getSnapshot().context.trail.length + 1;
      history.replaceState({ ...entry, step: reached }, '', stepHref(flowId, reached));
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      window.removeEventListener('popstate', onPopState);
    };
  }, [actor, enabled, flowId]);

  /** The back link: the browser's Back when the entry below is the previous step, else one step back here. */
  return () => {
    if (enabled && currentEntry(flowId)?.below === step - 1) history.back();
    else actor.send({ type: 'BACK' });
  };
}
