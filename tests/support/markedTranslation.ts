import { stepTexts, type FlowModel, type FlowTranslation } from '../../src/engine';

/** The stand-in English of a French text: marked, so a test can tell which language it reads. */
export const marked = (french: string) => `[en] ${french}`;

/** A whole translation of `flow`, every text marked: what a translator's file gives, mechanically. */
export function markedTranslation(flow: FlowModel): FlowTranslation {
  const states = Object.fromEntries(
    [...flow.steps.values()].map((flowStep) => [
      flowStep.id,
      Object.fromEntries(stepTexts(flowStep).map((text) => [text, marked(text)])),
    ]),
  );
  const { title, description } = flow.meta;
  return {
    flow: { [title]: marked(title), [description]: marked(description) },
    keywords: ['marked'],
    symptoms: [],
    states,
  };
}

/** The same translation without one French text of one state. */
export function withoutText(
  translation: FlowTranslation,
  stateId: string,
  french: string,
): FlowTranslation {
  const texts = Object.fromEntries(
    Object.entries(translation.states[stateId] ?? {}).filter(([key]) => key !== french),
  );
  return { ...translation, states: { ...translation.states, [stateId]: texts } };
}
