// @vitest-environment node
import { expect, it } from 'vitest';
import { analyseFlow, readFlow } from '../../src/engine';
import { syntheticFlow } from '../../scripts/bench/syntheticFlow';

it.each([100, 1000])('generates a clean %i-state flow for the benchmark', (size) => {
  const flow = readFlow(syntheticFlow(size), `flows/synthetic-${String(size)}.ts`);
  expect(flow.steps.size).toBe(size);
  expect(analyseFlow(flow)).toEqual([]);
});
