import type { FlowModel, FlowStep } from '../../flowModel.ts';
import { mapStepTexts } from '../../text/mapStepTexts.ts';
import { typeset } from '../../text/typeset.ts';
import type { FlowProblem } from '../FlowContractError.ts';

/** How many words a warning quotes before « … ». */
const quoted = 4;

/**
 * The words of a text written with a straight apostrophe between letters (« l'ENT »), the one
 * typeset() turns into ’: not a quote mark ('cmd'), nor an address (o'brien@umontpellier.fr).
 */
function straightWords(text: string): string[] {
  return text
    .split(/\s+/)
    .filter((word) => word.split("'").length > typeset(word).split("'").length)
    .map((word) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
}

/** Every text of a step people read, its answers' included, and its target's names. */
function stepTexts({ step, answers }: FlowStep): string[] {
  const texts: string[] = [];
  mapStepTexts(step, (text) => {
    texts.push(text);
    return text;
  });
  if (step.kind === 'ticket' && step.target) texts.push(...Object.values(step.target));
  for (const answer of answers) texts.push(answer.label, answer.summary);
  return texts;
}

function warning(
  flow: FlowModel,
  state: string | undefined,
  texts: readonly string[],
): FlowProblem[] {
  const words = [...new Set(texts.flatMap(straightWords))];
  if (words.length === 0) return [];
  const list = (shown: readonly string[]) =>
    [
      ...shown.slice(0, quoted).map((word) => `« ${word} »`),
      ...(shown.length > quoted ? ['…'] : []),
    ].join(', ');
  const message = `apostrophe droite dans ${list(words)} : remplacez ' par ’ (${list(words.map((word) => word.replace(/'/g, '’')))}).`;
  return [
    state === undefined
      ? { file: flow.file, message, severity: 'warning' }
      : { file: flow.file, state, message, severity: 'warning' },
  ];
}

/**
 * A warning per step (and one for the root meta) whose texts have a straight apostrophe: the
 * screens show ’ all the same, but the flow's text is what authors read, search and copy. Search
 * words (keywords, symptoms) are left alone: they are written as people type.
 */
export function checkApostrophes(flow: FlowModel): FlowProblem[] {
  const { title, description, category } = flow.meta;
  return [
    ...warning(flow, undefined, [title, description, category]),
    ...[...flow.steps.values()].flatMap((step) => warning(flow, step.id, stepTexts(step))),
  ];
}
