// @vitest-environment node
/**
 * Random walks into every flow (tests/property/walkFlow.ts) that also build every ticket
 * reached: its text, its JSON, its e-mail and its agent's link, read back.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { allFlows } from '../support/allFlows';
import { factsOf } from './flowFacts';
import { intentsArb } from './intents';
import { walkFlow } from './walkFlow';

const runs = 800;

describe.each(allFlows.map((flow) => [flow.id, factsOf(flow)] as const))('%s', (_, facts) => {
  it(`exports every ticket reached by ${runs} random walks`, { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(intentsArb, (intents) => {
        walkFlow(facts, intents, true);
      }),
      { numRuns: runs },
    );
  });
});
