// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  sampleFields,
  startSessionAt,
  stepTexts,
  stepView,
  ticketText,
  translateStep,
  typesetEnglish,
  type StepView,
} from '../../../src/engine';
import { mapStepTexts } from '../../../src/engine/text/mapStepTexts';
import { allFlows, expectKind, today } from '../../support/allFlows';
import { marked, markedTranslation, withoutText } from '../../support/markedTranslation';
import { atDetailsForm, networkFlow, toWiredTicket } from '../../support/walks/networkWalk';

const states = allFlows.flatMap((flow) =>
  [...flow.steps.values()].map(
    (flowStep) => [`${flow.id}/${flowStep.id}`, flow, flowStep] as const,
  ),
);

/** Every text a view's step shows but a field's ticketLabel, and its answers' labels and summaries. */
function shownTexts(view: StepView): string[] {
  const texts: string[] = [];
  const record = (text: string) => {
    texts.push(text);
    return text;
  };
  mapStepTexts(view.step, record, (text) => text);
  if (view.kind === 'question' || view.kind === 'instructions')
    texts.push(...view.answers.flatMap((answer) => [answer.label, answer.summary]));
  return texts;
}

describe('translateStep', () => {
  it.each(states)('%s: gives the English of every text, or nothing', (_, flow, flowStep) => {
    const texts = markedTranslation(flow).states[flowStep.id];
    const english = translateStep(flowStep, texts);
    expect(english && stepTexts(english)).toEqual(stepTexts(flowStep).map(marked));
    const [first = ''] = stepTexts(flowStep);
    const lacking = withoutText(markedTranslation(flow), flowStep.id, first);
    expect(translateStep(flowStep, lacking.states[flowStep.id])).toBeUndefined();
    expect(translateStep(flowStep, undefined)).toBeUndefined();
  });

  it('leaves a field’s ticketLabel in French: only agents read it', () => {
    const form = networkFlow.steps.get('wiredDetails');
    const english = form && translateStep(form, markedTranslation(networkFlow).states.wiredDetails);
    if (english?.step.kind !== 'form') throw new Error('wiredDetails is a form');
    expect(english.step.fields.map((field) => field.ticketLabel)).toEqual(
      form?.step.kind === 'form' ? form.step.fields.map((field) => field.ticketLabel) : [],
    );
    expect(english.step.fields[0]?.label).toMatch(/^\[en\] /);
  });
});

describe('stepView in English', () => {
  it.each(states)('%s: wholly English with the whole translation', (_, flow, { id }) => {
    const session = startSessionAt(flow, id, sampleFields(flow, today));
    const view = stepView(session, { language: 'en', translation: markedTranslation(flow) });
    expect(view.lang).toBe('en');
    expect(view.flowTitle).toBe(typesetEnglish(marked(flow.meta.title)));
    for (const text of shownTexts(view)) expect(text).toMatch(/^\[en\] /);
    const french = stepView(session);
    expect(french.lang).toBe('fr');
    // The same French ticket, which says in one line that the person read in English.
    if (view.kind === 'ticket')
      expect(view.ticket).toEqual({ ...expectKind(french, 'ticket').ticket, personLanguage: 'en' });
  });

  it.each(states)('%s: wholly French when one text lacks its English', (_, flow, flowStep) => {
    const session = startSessionAt(flow, flowStep.id, sampleFields(flow, today));
    const missing = stepTexts(flowStep).at(-1) ?? '';
    const translation = withoutText(markedTranslation(flow), flowStep.id, missing);
    const french = stepView(session);
    // The French view, the ticket saying in one line that the person read in English.
    expect(stepView(session, { language: 'en', translation })).toEqual(
      french.kind === 'ticket'
        ? { ...french, ticket: { ...french.ticket, personLanguage: 'en' } }
        : french,
    );
  });

  it('is French without a translation, or in French mode', () => {
    const session = atDetailsForm('WIRED');
    const translation = markedTranslation(networkFlow);
    expect(stepView(session, { language: 'en' })).toEqual(stepView(session));
    expect(stepView(session, { language: 'fr', translation })).toEqual(stepView(session));
  });

  it('is French when the flow’s title lacks its English, so the page reads in one language', () => {
    const session = atDetailsForm('WIRED');
    const translation = { ...markedTranslation(networkFlow), flow: {} };
    expect(stepView(session, { language: 'en', translation }).lang).toBe('fr');
  });

  it('on a ticket: the person reviews in English, the agent’s ticket is the French one, byte for byte', () => {
    const session = toWiredTicket(atDetailsForm('WIRED'));
    const translation = markedTranslation(networkFlow);
    const english = expectKind(stepView(session, { language: 'en', translation }), 'ticket');
    const french = expectKind(stepView(session), 'ticket');
    const context = { preparedOn: today };
    const { personLanguage, ...agents } = english.ticket;
    expect(personLanguage).toBe('en');
    expect(ticketText(agents, context)).toBe(ticketText(french.ticket, context));
    expect(ticketText(english.ticket, context)).toContain('\nLangue de l’usager\u202f: anglais\n');
    expect(french.review).toMatchObject({ lang: 'fr', title: french.ticket.title });
    expect(english.review.lang).toBe('en');
    expect(english.review.title).toMatch(/^\[en\] /);
    for (const line of [...english.review.answers, ...english.review.checks]) {
      expect(line.question).toMatch(/^\[en\] /);
      expect(line.answer).toMatch(/^\[en\] /);
    }
    expect(english.review.fields).toHaveLength(french.ticket.fields.length);
    for (const field of english.review.fields) expect(field.label).toMatch(/^\[en\] /);
    expect(english.trail.map((item) => item.lang)).toEqual(english.trail.map(() => 'en'));
    expect(english.trail[0]?.question).toMatch(/^\[en\] /);
    expect(french.trail.map((item) => item.lang)).toEqual(french.trail.map(() => 'fr'));
  });

  it('reviews in French when a step the ticket names lacks its English', () => {
    const session = toWiredTicket(atDetailsForm('WIRED'));
    const [line] = expectKind(stepView(session), 'ticket').ticket.checks;
    const asked = networkFlow.steps.get(line?.stateId ?? '');
    const translation = withoutText(
      markedTranslation(networkFlow),
      line?.stateId ?? '',
      asked ? (stepTexts(asked)[0] ?? '') : '',
    );
    const view = expectKind(stepView(session, { language: 'en', translation }), 'ticket');
    expect(view.lang).toBe('en');
    expect(view.review.lang).toBe('fr');
  });
});

describe('typesetEnglish', () => {
  it('sets ’ between letters and no French space outside « »', () => {
    expect(typesetEnglish("Don't panic: is it on? Yes!")).toBe('Don’t panic: is it on? Yes!');
  });

  it('keeps French spacing inside a French label quoted as on screen', () => {
    expect(
      typesetEnglish('Open the «Outils» (Tools) menu, then « Cela a-t-il fonctionné ? ».'),
    ).toBe(
      'Open the «\u202fOutils\u202f» (Tools) menu, then «\u202fCela a-t-il fonctionné\u202f?\u202f».',
    );
  });

  it('leaves addresses as written, and changes nothing the second time', () => {
    const text = "See https://example.test/l'x or write to it's@example.test. It's done.";
    expect(typesetEnglish(text)).toBe(
      "See https://example.test/l'x or write to it's@example.test. It’s done.",
    );
    expect(typesetEnglish(typesetEnglish(text))).toBe(typesetEnglish(text));
  });
});
