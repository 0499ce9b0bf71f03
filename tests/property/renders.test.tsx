/**
 * Random walks into every flow (tests/property/walkFlow.ts), then the wizard rendered at the
 * step reached, with the fields collected on the way: the step's heading, and no React error.
 */
import { cleanup, render } from '@testing-library/react';
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { afterEach, describe, it, vi } from 'vitest';
import type { StepView } from '../../src/engine';
import { contextOf } from '../../src/engine/session/snapshot';
import { Wizard } from '../../src/ui/wizard/Wizard';
import { allFlows } from '../support/allFlows';
import { check } from './checks/check';
import { factsOf } from './flowFacts';
import { intentsArb } from './intents';
import { valuesSource } from './replaySource';
import { walkFailure, walkFlow } from './walkFlow';

const runs = 200;

function headingOf(view: StepView): string {
  return view.kind === 'question' ? view.step.prompt : view.step.title;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(allFlows.map((flow) => [flow.id, factsOf(flow)] as const))('%s', (_, facts) => {
  it(`renders the step reached by ${runs} random walks`, { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(intentsArb, (intents) => {
        const { session, view, events } = walkFlow(facts, intents);
        const errors = vi.spyOn(console, 'error');
        const preview = { stateId: view.stateId, fields: contextOf(session.current).fields };
        try {
          const { container } = render(
            <Wizard flow={facts.flow} origin={undefined} at={preview} />,
          );
          const headings = [...container.querySelectorAll('h1')].map((h1) => h1.textContent);
          check(
            isDeepStrictEqual(headings, [headingOf(view)]),
            `h1 ${JSON.stringify(headings)}, expected ${JSON.stringify(headingOf(view))}`,
          );
          check(errors.mock.calls.length === 0, `console.error: ${String(errors.mock.calls[0])}`);
        } catch (error) {
          const at = `{ stateId: '${preview.stateId}', fields: ${valuesSource(preview.fields)} }`;
          throw walkFailure(facts, events, `rendering <Wizard at={${at}} /> failed`, error);
        } finally {
          cleanup();
          errors.mockRestore();
        }
      }),
      { numRuns: runs },
    );
  });
});
