/**
 * A newer build of the app, once the service worker has installed it (see registerWorker.ts):
 * the function that switches this tab to it. Undefined until then. Kept apart from the worker's
 * registration so that the notice (PageNotices.tsx) and the registration, two lazy chunks,
 * share it without importing each other.
 */
let apply: (() => void) | undefined;
const listeners = new Set<() => void>();

export function offerUpdate(next: () => void) {
  apply = next;
  for (const listener of listeners) listener();
}

export function pendingUpdate(): (() => void) | undefined {
  return apply;
}

export function subscribeUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
