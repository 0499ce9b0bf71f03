// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sampleFields, startSessionAt, stepView, type StepView } from '../../../src/engine';
import { mapStepTexts } from '../../../src/engine/text/mapStepTexts';
import { typeset } from '../../../src/engine/text/typeset';
import { allFlows, today } from '../../support/allFlows';

/** Keys whose strings are code or data, never shown as prose: names, values, addresses… */
const codeKeys = new Set([
  'kind',
  'type',
  'name',
  'value',
  'href',
  'regex',
  'example',
  'channel',
  'reportAs',
  'from',
  'target',
  // A form rule's fields.
  'field',
  'after',
  'notBefore',
  // A ticket step's `fields`, `answers` and `skippable` are lists of names.
  'fields',
  'answers',
  'skippable',
]);

/** Every string of a value, with the path to it; under a code key, marked as code. */
function strings(value: unknown, path: string, code: boolean): [string, string, boolean][] {
  if (typeof value === 'string') return [[path, value, code]];
  if (Array.isArray(value))
    return value.flatMap((item, index) => strings(item, `${path}.${String(index)}`, code));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) =>
      strings(item, `${path}.${key}`, code || (codeKeys.has(key) && !isObjectList(item))),
    );
  return [];
}

/** A form's `fields` are objects holding texts; a ticket's are names. */
function isObjectList(value: unknown): boolean {
  return Array.isArray(value) && value.some((item) => typeof item === 'object');
}

const steps = allFlows.flatMap((flow) =>
  [...flow.steps.values()].map(({ id, step }) => [`${flow.id}/${id}`, flow, id, step] as const),
);

describe('mapStepTexts', () => {
  it.each(steps)('%s: edits every text of the step, and nothing else', (_, __, ___, step) => {
    const edited = mapStepTexts(step, (text) => `⟨${text}⟩`);
    const before = strings(step, 'meta', false);
    const after = strings(edited, 'meta', false);
    expect(after.map(([path]) => path)).toEqual(before.map(([path]) => path));
    for (const [index, [path, text, code]] of before.entries())
      expect(after[index]?.[1], path).toBe(code ? text : `⟨${text}⟩`);
  });
});

/** What a view shows of the flow: its step's texts, answers, trail and title. */
function shownTexts(view: StepView): string[] {
  const texts: string[] = [view.flowTitle];
  mapStepTexts(view.step, (text) => {
    texts.push(text);
    return text;
  });
  if (view.kind === 'question' || view.kind === 'instructions')
    texts.push(...view.answers.flatMap((answer) => [answer.label, answer.summary]));
  // Not the ticket's subject: the values typed in it stay as typed.
  if (view.kind === 'ticket')
    texts.push(
      ...view.ticket.fields.map((field) => field.label),
      ...view.ticket.answers.flatMap((line) => [line.question, line.answer]),
    );
  return texts;
}

describe('stepView', () => {
  it.each(steps)('%s: hands the UI every text typeset', (_, flow, id) => {
    const view = stepView(startSessionAt(flow, id, sampleFields(flow, today)));
    for (const text of shownTexts(view)) expect(text).toBe(typeset(text));
  });

  it('typesets what the author wrote with ordinary spaces', () => {
    const written = steps.flatMap(([, flow, id, step]) => {
      const texts: string[] = [];
      mapStepTexts(step, (text) => {
        texts.push(text);
        return text;
      });
      return texts.some((text) => typeset(text) !== text) ? [[flow, id] as const] : [];
    });
    // Otherwise the test above proves nothing: the flows are written with ordinary spaces.
    expect(written.length).toBeGreaterThan(10);
  });
});
