import type { FlowStep } from '../flowModel';
import { mapStepTexts } from '../text/mapStepTexts';
import type { TranslatedTexts } from './flowTranslationSchema';
import { answersShown, stepTexts } from './stepTexts';

const keep = (text: string) => text;

/**
 * The state in English, as written by the translator (not typeset), or undefined when any text
 * it shows has no English: a step is read wholly in one language, never half translated. A
 * field's `ticketLabel` stays French: only agents read it, in the French ticket; so do a form's
 * answers, never shown (the form is sent with its `submitLabel`).
 */
export function translateStep<T extends Pick<FlowStep, 'step' | 'answers'>>(
  flowStep: T,
  texts: TranslatedTexts | undefined,
): T | undefined {
  if (texts === undefined) return undefined;
  if (stepTexts(flowStep).some((text) => !Object.hasOwn(texts, text))) return undefined;
  const english = (text: string) => texts[text] ?? text;
  return {
    ...flowStep,
    step: mapStepTexts(flowStep.step, english, keep),
    answers: answersShown(flowStep.step)
      ? flowStep.answers.map((answer) => ({
          ...answer,
          label: english(answer.label),
          summary: english(answer.summary),
        }))
      : flowStep.answers,
  };
}
