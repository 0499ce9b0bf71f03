import type { FlowStep } from '../flowModel';
import { mapStepTexts } from '../text/mapStepTexts';
import { typeset } from '../text/typeset';
import { typesetEnglish } from '../text/typesetEnglish';
import type { FlowTranslation } from './flowTranslationSchema';
import { translateStep } from './translateStep';

/** The language of the texts a person reads. */
export type Language = 'fr' | 'en';

/** A state as the person reads it: its texts typeset for their language. */
export interface ShownStep extends FlowStep {
  lang: Language;
}

/**
 * Each state's French and English once: a flow's steps never change, and a view is built at every
 * render (and, in the property tests, several times per event), each time with the same texts.
 */
const french = new WeakMap<FlowStep, ShownStep>();
const english = new WeakMap<FlowTranslation, WeakMap<FlowStep, ShownStep>>();

function typesetFrench(flowStep: FlowStep): ShownStep {
  const known = french.get(flowStep);
  if (known) return known;
  const shown: ShownStep = {
    ...flowStep,
    step: mapStepTexts(flowStep.step, typeset),
    answers: flowStep.answers.map((answer) => ({
      ...answer,
      label: typeset(answer.label),
      summary: typeset(answer.summary),
    })),
    lang: 'fr',
  };
  french.set(flowStep, shown);
  return shown;
}

/**
 * The state in English when `translation` gives every text it shows, else in French: French
 * typography for French texts, English for English ones (a field's `ticketLabel`, left French
 * for agents, is typeset in French).
 */
export function shownStep(flowStep: FlowStep, translation?: FlowTranslation): ShownStep {
  if (translation === undefined) return typesetFrench(flowStep);
  let steps = english.get(translation);
  if (!steps) {
    steps = new WeakMap();
    english.set(translation, steps);
  }
  const known = steps.get(flowStep);
  if (known) return known;
  const texts = Object.hasOwn(translation.states, flowStep.id)
    ? translation.states[flowStep.id]
    : undefined;
  const translated = translateStep(flowStep, texts);
  const shown: ShownStep = translated
    ? {
        ...translated,
        step: mapStepTexts(translated.step, typesetEnglish, typeset),
        answers: translated.answers.map((answer) => ({
          ...answer,
          label: typesetEnglish(answer.label),
          summary: typesetEnglish(answer.summary),
        })),
        lang: 'en',
      }
    : typesetFrench(flowStep);
  steps.set(flowStep, shown);
  return shown;
}
