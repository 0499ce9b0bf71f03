import { editDistance } from '../catalog/editDistance';
import type { FlowProblem } from '../contract/FlowContractError';
import type { FlowModel } from '../flowModel';
import type { FlowTranslation, TranslatedTexts } from './flowTranslationSchema';
import { stepTexts } from './stepTexts';

/** Where a flow's English lives: `flows/en/<id>.ts`. */
export const translationFile = (flowId: string) => `flows/en/${flowId}.ts`;

const guide = '« Traduire une procédure en anglais » dans docs/guide-auteur.md';

/** `{date}`, `{problem}`: what the engine replaces, so the English must keep each one. */
const placeholders = (text: string) =>
  [...text.matchAll(/\{[^}]*\}/g)].map(([name]) => name).sort();

/**
 * Each stale key with the French text it most likely translated: the closest one, by edit
 * distance, among the texts still without English. Each text is taken once, closest pairs first.
 */
function pairStale(stale: readonly string[], missing: readonly string[]): Map<string, string> {
  const pairs = stale
    .flatMap((key) =>
      missing.map((text) => ({
        key,
        text,
        distance: editDistance(key, text, Math.max(key.length, text.length)),
      })),
    )
    .sort((a, b) => a.distance - b.distance);
  const paired = new Map<string, string>();
  const taken = new Set<string>();
  for (const { key, text } of pairs) {
    if (paired.has(key) || taken.has(text)) continue;
    paired.set(key, text);
    taken.add(text);
  }
  return paired;
}

/** The English of `expected` French texts in `texts`, under `where` (« states.askCable », « flow »). */
function checkTexts(
  expected: readonly string[],
  texts: TranslatedTexts,
  where: string,
  warn: (message: string) => void,
): void {
  const missing = expected.filter((text) => !Object.hasOwn(texts, text));
  const stale = Object.keys(texts).filter((key) => !expected.includes(key));
  const paired = pairStale(stale, missing);
  for (const key of stale) {
    const text = paired.get(key);
    warn(
      text === undefined
        ? `« ${key} » (${where}) n’est plus un texte à traduire ici : le français a changé depuis la traduction, ou le texte a été retiré. Retirez cette ligne, ou corrigez la clé pour qu’elle reprenne le français mot pour mot.`
        : `« ${key} » (${where}) ne correspond plus à aucun texte : le français a changé depuis la traduction. Le texte actuel le plus proche est « ${text} » : revoyez l’anglais d’après lui, puis remplacez la clé par ce texte, mot pour mot.`,
    );
  }
  const pairedTexts = new Set(paired.values());
  for (const text of missing.filter((candidate) => !pairedTexts.has(candidate)))
    warn(
      `pas d’anglais pour « ${text} » : ajoutez sa traduction dans ${where}, la clé reprenant ce français mot pour mot. Tant qu’un de ses textes n’a pas d’anglais, l’étape s’affiche en français.`,
    );
  for (const text of expected) {
    const english = Object.hasOwn(texts, text) ? texts[text] : undefined;
    if (english === undefined) continue;
    const wanted = placeholders(text);
    if (wanted.join() !== placeholders(english).join())
      warn(
        `l’anglais de « ${text} » (${where}) doit reprendre ${wanted.length > 0 ? wanted.join(', ') : 'aucun {…}'} comme le français : l’application y met la valeur ou la date.`,
      );
  }
}

/**
 * What `flows:check` says of a flow's English, as warnings (a flow shows in French where its
 * English lacks): no translation at all, a text without English, a stale one (its French key
 * no longer among the state's texts: the French changed since it was translated), a state the
 * flow does not have, a title or description without English.
 */
export function checkTranslation(
  flow: FlowModel,
  translation: FlowTranslation | undefined,
): FlowProblem[] {
  const file = translationFile(flow.id);
  if (translation === undefined)
    return [
      {
        file: flow.file,
        severity: 'warning',
        message: `pas de traduction anglaise : en anglais, la procédure est proposée en français, avec une ligne qui le dit. Pour la traduire, créez ${file} (voir ${guide}).`,
      },
    ];
  const problems: FlowProblem[] = [];
  const { title, description } = flow.meta;
  checkTexts([title, description], translation.flow, 'flow', (message) =>
    problems.push({ file, severity: 'warning', message }),
  );
  for (const [id, flowStep] of flow.steps) {
    const texts = Object.hasOwn(translation.states, id) ? translation.states[id] : undefined;
    const warn = (message: string) =>
      problems.push({ file, state: id, severity: 'warning', message });
    if (texts === undefined)
      warn(
        `pas d’anglais pour cet état : ajoutez states.${id} avec l’anglais de chacun de ses textes. L’étape s’affiche en français.`,
      );
    else checkTexts(stepTexts(flowStep), texts, `states.${id}`, warn);
  }
  for (const id of Object.keys(translation.states).filter((key) => !flow.steps.has(key)))
    problems.push({
      file,
      state: id,
      severity: 'warning',
      message: `${flow.file} n’a pas d’état « ${id} » : corrigez l’id dans states, ou retirez ces textes si l’état a été supprimé.`,
    });
  return problems;
}
