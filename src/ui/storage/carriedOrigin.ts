import type { Origin } from '../../engine';

/**
 * Checks done in a flow the user left through « Ce n'était pas ça ? », waiting for the
 * generic ticket they are heading to. Kept outside React state: the navigation itself
 * is an ordinary link, so nothing else has to re-render when it is followed.
 */
let carried: { flowId: string; origin: Origin } | undefined;

export function carryOrigin(flowId: string, origin: Origin) {
  carried = { flowId, origin };
}

export function carriedOrigin(flowId: string): Origin | undefined {
  return carried?.flowId === flowId ? carried.origin : undefined;
}

/**
 * Drops the checks waiting for the generic ticket: once the user is back on the home page, the
 * next opening of that ticket is someone's fresh start, perhaps someone else's.
 */
export function forgetCarriedOrigin() {
  carried = undefined;
}
