// @vitest-environment node
/**
 * Random walks into every flow, the engine's invariants checked after every event
 * (tests/property/walkFlow.ts). The walks that also export tickets or render the step reached
 * are in files of their own, so that two workers share the work. No DOM here: the engine is
 * plain TypeScript, and jsdom's set-up would be time lost.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { allFlows } from '../support/allFlows';
import { factsOf } from './flowFacts';
import { intentsArb } from './intents';
import { walkFlow } from './walkFlow';

const runs = 9_000;

describe.each(allFlows.map((flow) => [flow.id, factsOf(flow)] as const))('%s', (_, facts) => {
  it(`keeps every invariant over ${runs} random walks`, { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(intentsArb, (intents) => {
        walkFlow(facts, intents);
      }),
      { numRuns: runs },
    );
  });
});
