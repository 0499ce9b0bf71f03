import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';
import type { TrailEntry } from '../../../src/engine';

/** A broken invariant; the walk catches it and adds the events that replay it. */
class PropertyFailure extends Error {}

export function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new PropertyFailure(message);
}

/** Trails compared entry by entry, by identity: entries hold snapshots, too big to compare deeply. */
export function sameEntries(
  actual: readonly TrailEntry[],
  expected: readonly TrailEntry[],
): boolean {
  return (
    actual.length === expected.length && actual.every((entry, index) => entry === expected[index])
  );
}

/** Node's comparison first: Vitest's, run after every event of every walk, would be slower. */
export function checkEqual(actual: unknown, expected: unknown, message: string): void {
  if (isDeepStrictEqual(actual, expected)) return;
  expect(actual, message).toEqual(expected);
}
