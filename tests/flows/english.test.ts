// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  flowTranslationSchema,
  sampleFields,
  startSessionAt,
  stepView,
  type StepView,
} from '../../src/engine';
import { allFlows, today } from '../support/allFlows';

const files = import.meta.glob('/flows/en/*.ts', { eager: true, import: 'default' });

/** The English of each flow, as the app parses it when it loads the chunk. */
const translations = new Map(
  Object.entries(files).map(([file, exported]) => [
    file.replace(/^.*\//, '').replace(/\.ts$/, ''),
    flowTranslationSchema.parse(exported),
  ]),
);

const ticketOf = (view: StepView) => (view.kind === 'ticket' ? view.ticket : undefined);

describe.each(allFlows.map((flow) => [flow.id, flow] as const))('%s in English', (_, flow) => {
  it('shows every step wholly in English, the ticket as the French one', () => {
    const translation = translations.get(flow.id);
    expect(translation, `flows/en/${flow.id}.ts`).toBeDefined();
    for (const id of flow.steps.keys()) {
      const session = startSessionAt(flow, id, sampleFields(flow, today));
      const view = stepView(session, { language: 'en', translation });
      expect(view.lang, id).toBe('en');
      expect(ticketOf(view), id).toEqual(ticketOf(stepView(session)));
    }
  });
});
