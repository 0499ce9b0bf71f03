/**
 * Whether the screen is a procedure's ending (a resolution, a request ready to file): set by the
 * wizard, read by the page's notices. An ending is a moment when reloading for a new version
 * interrupts nothing, and the screen whose links (the Centre de Services) need the network.
 */
let shown = false;
const listeners = new Set<() => void>();

export function showEnding(value: boolean) {
  if (shown === value) return;
  shown = value;
  for (const listener of listeners) listener();
}

export function isEndingShown(): boolean {
  return shown;
}

export function subscribeEnding(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
