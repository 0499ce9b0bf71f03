/**
 * Runs `then` in a task of its own once the browser is idle, at most `within` ms later (a busy or
 * background tab runs it all the same); where idle callbacks are unknown (Safari, jsdom), after
 * the current task. Returns what cancels it.
 */
export function whenIdle(then: () => void, within = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(then, { timeout: within });
    return () => {
      cancelIdleCallback(id);
    };
  }
  const timer = setTimeout(then, 0);
  return () => {
    clearTimeout(timer);
  };
}
