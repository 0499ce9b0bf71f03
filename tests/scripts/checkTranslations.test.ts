// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkTranslations, type TranslationSource } from '../../scripts/checks/checkTranslations';
import { formatProblem, readFlow } from '../../src/engine';
import cableMachine from '../translations/flows/cable';

const cable = readFlow(cableMachine, 'flows/cable.ts');
const flowIds = new Set(['cable']);

/** `fixture` (a file of tests/translations/flows/en/) read as flows/en/cable.ts. */
const asCable = (fixture: string): TranslationSource => ({
  file: 'flows/en/cable.ts',
  load: () => import(`../translations/flows/en/${fixture}.ts`),
});

/** What `npm run flows:check` prints of these translation files, one line per problem. */
async function diagnose(...sources: TranslationSource[]): Promise<string[]> {
  const { problems } = await checkTranslations(sources, [cable], flowIds);
  return problems.map(formatProblem);
}

const warning = (where: string, message: string) =>
  `flows/en/cable.ts:${where} [avertissement] ${message}`;

describe('flows:check on flows/en/', () => {
  it('says nothing of a whole translation, and reads it', async () => {
    const { problems, translations } = await checkTranslations(
      [asCable('cable')],
      [cable],
      flowIds,
    );
    expect(problems.map(formatProblem)).toEqual([]);
    expect(translations.get('cable')?.keywords).toEqual(['cable']);
  });

  it('warns once of a flow without English', async () => {
    expect(await diagnose()).toEqual([
      'flows/cable.ts: [avertissement] pas de traduction anglaise : en anglais, la procédure est proposée en français, avec une ligne qui le dit. Pour la traduire, créez flows/en/cable.ts (voir « Traduire une procédure en anglais » dans docs/guide-auteur.md).',
    ]);
  });

  it('warns of stale, missing and unknown texts, saying how to fix each', async () => {
    expect(await diagnose(asCable('stale'))).toEqual([
      warning(
        '',
        'pas d’anglais pour « Quand le réseau filaire ne répond plus. » : ajoutez sa traduction dans flow, la clé reprenant ce français mot pour mot. Tant qu’un de ses textes n’a pas d’anglais, l’étape s’affiche en français.',
      ),
      warning(
        ' state "ask":',
        '« Le câble est-il bien branché ? » (states.ask) ne correspond plus à aucun texte : le français a changé depuis la traduction. Le texte actuel le plus proche est « Le câble est-il branché ? » : revoyez l’anglais d’après lui, puis remplacez la clé par ce texte, mot pour mot.',
      ),
      warning(
        ' state "ask":',
        'pas d’anglais pour « Non » : ajoutez sa traduction dans states.ask, la clé reprenant ce français mot pour mot. Tant qu’un de ses textes n’a pas d’anglais, l’étape s’affiche en français.',
      ),
      warning(
        ' state "ticket":',
        'l’anglais de « Câble — {problem} » (states.ticket) doit reprendre {problem} comme le français : l’application y met la valeur ou la date.',
      ),
      warning(
        ' state "gone":',
        'flows/cable.ts n’a pas d’état « gone » : corrigez l’id dans states, ou retirez ces textes si l’état a été supprimé.',
      ),
    ]);
  });

  it('pairs a stale key with the closest untranslated text of its state', async () => {
    const lines = await diagnose(asCable('stale'));
    // « Non » is untranslated too, but farther from the stale key than the rewritten question.
    expect(lines.filter((line) => line.includes('plus proche'))).toHaveLength(1);
  });

  it('rejects, as an error with the path, a file that is not a translation', async () => {
    expect(await diagnose(asCable('invalid'))).toEqual([
      'flows/en/cable.ts: export default.flow.Câble débranché : ne doit pas être vide. Le fichier s’écrit const english: FlowTranslation = { flow, keywords, symptoms, states }; export default english; (voir docs/guide-auteur.md, section 8).',
      'flows/en/cable.ts: export default.keywords : il faut au moins 1 élément(s). Le fichier s’écrit const english: FlowTranslation = { flow, keywords, symptoms, states }; export default english; (voir docs/guide-auteur.md, section 8).',
    ]);
  });

  it('warns of a translation whose flow does not exist', async () => {
    const orphan = {
      file: 'flows/en/cables.ts',
      load: () => import('../translations/flows/en/cable'),
    };
    expect(await diagnose(orphan, asCable('cable'))).toEqual([
      'flows/en/cables.ts: [avertissement] aucune procédure flows/cables.ts ne correspond à cette traduction. Donnez au fichier le nom de sa procédure, ou supprimez-le si la procédure l’a été.',
    ]);
  });
});
