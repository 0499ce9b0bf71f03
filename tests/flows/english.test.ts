// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  checkTranslation,
  flowTranslationSchema,
  readFlow,
  sampleFields,
  startSessionAt,
  stepView,
  type FlowModel,
  type FlowTranslation,
  type StepView,
} from '../../src/engine';
import { allFlows, today } from '../support/allFlows';
import cableMachine from '../translations/flows/cable';
import staleCable from '../translations/flows/en/stale';

const files = import.meta.glob('/flows/en/*.ts', { eager: true, import: 'default' });

/** The English of each flow, as the app parses it when it loads the chunk. */
const translations = new Map(
  Object.entries(files).map(([file, exported]) => [
    file.replace(/^.*\//, '').replace(/\.ts$/, ''),
    flowTranslationSchema.parse(exported),
  ]),
);

/** The agent's ticket, but for the line saying that the person read in English. */
const ticketOf = (view: StepView) => {
  if (view.kind !== 'ticket') return undefined;
  const { personLanguage: _, ...ticket } = view.ticket;
  return ticket;
};

/**
 * Every flow with its English (none for a flow not yet translated), and a test flow whose English
 * the French has outgrown, so that the French fallback is taken here whatever flows/en/ holds.
 */
const cases: (readonly [string, FlowModel, FlowTranslation | undefined])[] = [
  ...allFlows.map((flow) => [flow.id, flow, translations.get(flow.id)] as const),
  ['cable (stale English)', readFlow(cableMachine, 'flows/cable.ts'), staleCable],
];

describe.each(cases)('%s in English', (_, flow, translation) => {
  // Missing or stale English is a warning, never a failure: the step is shown in French. What
  // must hold is that an author is told why, by flows:check and the author page.
  it('falls back to French only on a step flows:check warns about, the ticket the French one (saying English)', () => {
    const problems = checkTranslation(flow, translation);
    // Every step is French without English, or without the flow's title in English.
    const title = `« ${flow.meta.title} »`;
    const flowWarned = problems.some(
      ({ state, message }) =>
        state === undefined && (translation === undefined || message.includes(title)),
    );
    const warned = new Set(problems.map((problem) => problem.state));
    for (const id of flow.steps.keys()) {
      const session = startSessionAt(flow, id, sampleFields(flow, today));
      const view = stepView(session, { language: 'en', translation });
      if (view.lang === 'fr') expect(flowWarned || warned.has(id), id).toBe(true);
      expect(ticketOf(view), id).toEqual(ticketOf(stepView(session)));
      if (view.kind === 'ticket') expect(view.ticket.personLanguage, id).toBe('en');
    }
  });
});
