/** Work held back until the next frame is on screen; see {@link deferUntilPainted}. */
export interface Deferred {
  /** Runs the work after the next paint; calls before it runs are folded into one run. */
  schedule: () => void;
  /** Runs the scheduled work now, if any is waiting: before the page goes away, say. */
  flush: () => void;
  /** Drops the scheduled work. */
  cancel: () => void;
}

/** Every piece of work waiting for the next paint: one frame callback and one timer serve all. */
const waiting = new Set<() => void>();
let fallback: ReturnType<typeof setTimeout> | undefined;

function runWaiting() {
  clearTimeout(fallback);
  fallback = undefined;
  const jobs = [...waiting];
  waiting.clear();
  for (const job of jobs) job();
}

function arm() {
  // A hidden tab paints no frame: the timer runs the work anyway.
  fallback = setTimeout(runWaiting, 250);
  // The step is painted in the first frame; the work runs at the start of the one after, so
  // it never delays the step's own frame (a timer queued from the first frame's callback
  // could still run before that frame's paint is reported).
  requestAnimationFrame(() => {
    requestAnimationFrame(runWaiting);
  });
}

/**
 * What the user does not see (saving the session, the URL, the tab's title) waits until the
 * step they are waiting for is painted: a history entry alone costs about a millisecond in
 * Chromium, as much as rendering the step.
 */
export function deferUntilPainted(work: () => void): Deferred {
  const job = () => {
    work();
  };
  return {
    schedule() {
      if (waiting.has(job)) return;
      if (waiting.size === 0 && fallback === undefined) arm();
      waiting.add(job);
    },
    flush() {
      if (waiting.delete(job)) work();
    },
    cancel() {
      waiting.delete(job);
    },
  };
}
