import type { SavedSession } from './savedSessionSchema';

const hour = 3_600_000;

/**
 * Whether a saved session has outlived the hours the deployment keeps one (on a shared computer,
 * the next person must not find it). `now` is given, in milliseconds, as `savedAt` is: the engine
 * reads no clock. A time ahead of `now` (the computer's clock set back since) is trusted no
 * further than the limit either, so no entry outlives it by more than that.
 */
export function isExpired(
  saved: Pick<SavedSession, 'savedAt'>,
  now: number,
  retentionHours: number,
): boolean {
  const limit = retentionHours * hour;
  const age = now - saved.savedAt;
  return !(age < limit && age > -limit);
}
