import { useEffect } from 'react';
import type { Actor } from 'xstate';
import * as z from 'zod/mini';
import type { sessionLogic } from '../../engine';
import { deferUntilPainted } from './deferUntilPainted';
import { parseRoute } from './parseRoute';
import { flowHref } from './useHashRoute';

type SessionActor = Actor<typeof sessionLogic>;

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

function stepHref(flowId: string, step: number): string {
  return `${flowHref(flowId)}/${String(step)}`;
}

const sessionStep = (actor: SessionActor) => actor.getSnapshot().context.trail.length + 1;

/**
 * Keeps the browser's history in step with the session: the session moves first (the back link
 * and the answers change the screen at once), the history follows after the paint. Going
 * forward pushes an entry per step, going back to the entry below pops it, anything else
 * replaces the entry; the browser's own Back and Forward walk the session to the entry's step.
 */
function followSession(actor: SessionActor, flowId: string): () => void {
  // A history.back() of ours is asynchronous: until its popstate arrives, the current entry is
  // not known, and a push made meanwhile would be the entry that back() then pops. Should no
  // popstate come (a browser may refuse history calls), the timer tries again rather than
  // leave the history behind the session for good.
  let goingBack: ReturnType<typeof setTimeout> | undefined;
  const backDone = () => {
    clearTimeout(goingBack);
    goingBack = undefined;
  };

  const sync = () => {
    if (goingBack !== undefined) return;
    // The user has just left the wizard (the header's link home, say): the URL is already the
    // new page's, but its hashchange is a task of its own, and the frame this sync waited for
    // can run before it, so the wizard is still mounted. The entry is the new page's: replacing
    // it with the step's URL would take the user straight back into the wizard.
    const route = parseRoute(window.location.hash);
    if (route.page !== 'flow' || route.id !== flowId) return;
    const step = sessionStep(actor);
    const entry = currentEntry(flowId);
    if (entry?.step === step) return;
    if (entry && step > entry.step) {
      // One entry per step, even for several answers within one frame.
      for (let next = entry.step + 1; next <= step; next++)
        history.pushState(
          { wizard: flowId, step: next, below: next - 1 },
          '',
          stepHref(flowId, next),
        );
    } else if (entry && entry.below === entry.step - 1 && step <= entry.below) {
      // The entry below is the step before: pop it, as the browser's Back would; its popstate
      // goes on from there when the session went back further.
      goingBack = setTimeout(() => {
        backDone();
        sync();
      }, 1000);
      history.back();
    } else {
      history.replaceState(
        { wizard: flowId, step, below: entry?.below },
        '',
        stepHref(flowId, step),
      );
    }
  };
  const deferred = deferUntilPainted(sync);

  const onPopState = () => {
    deferred.cancel();
    if (goingBack !== undefined) {
      backDone();
      sync();
      return;
    }
    const entry = currentEntry(flowId);
    if (!entry) return;
    // The browser's Back or Forward: walk the session to the entry's step, or as far as it goes
    // (then the history follows the session).
    for (let moves = 0; moves < 500 && sessionStep(actor) !== entry.step; moves++) {
      const before = actor.getSnapshot().context;
      actor.send({ type: sessionStep(actor) > entry.step ? 'BACK' : 'FORWARD' });
      if (actor.getSnapshot().context === before) break;
    }
    sync();
  };

  sync();
  const subscription = actor.subscribe(deferred.schedule);
  window.addEventListener('popstate', onPopState);
  return () => {
    // Leaving the wizard (a link home, say) makes its own entry: a late sync would overwrite it.
    deferred.cancel();
    backDone();
    subscription.unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}

/** Gives each step its own URL and history entry, unless `enabled` is false (the author's preview). */
export function useStepHistory(actor: SessionActor, flowId: string, enabled: boolean) {
  useEffect(() => (enabled ? followSession(actor, flowId) : undefined), [actor, enabled, flowId]);
}
