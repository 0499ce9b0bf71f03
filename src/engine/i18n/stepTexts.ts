import type { Step } from '../contract/schemas/stepSchema';
import type { FlowStep } from '../flowModel';
import { mapStepTexts } from '../text/mapStepTexts';

const keep = (text: string) => text;

/** The steps whose answers are buttons: a form is sent with its own `submitLabel`. */
export const answersShown = (step: Step) =>
  step.kind === 'question' || step.kind === 'instructions';

/**
 * Every French text a state shows the person, as written, each once and in the order the step
 * shows them: what `mapStepTexts` edits (but a field's `ticketLabel`, read only by agents), then
 * each answer button's label and its summary (the trail's). The texts a translation must give,
 * keyed as written.
 */
export function stepTexts({ step, answers }: Pick<FlowStep, 'step' | 'answers'>): string[] {
  const texts = new Set<string>();
  mapStepTexts(
    step,
    (text) => {
      texts.add(text);
      return text;
    },
    keep,
  );
  if (answersShown(step)) for (const { label, summary } of answers) texts.add(label).add(summary);
  return [...texts];
}
