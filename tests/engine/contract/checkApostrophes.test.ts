// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { analyseFlow, flowSetup, readFlow, setup } from '../../../src/engine';
import { checkApostrophes } from '../../../src/engine/contract/checks/checkApostrophes';
import { allFlows } from '../../support/allFlows';

/** A form, then a ticket, each with texts a test fills in. */
function flowWith(texts: { label: string; option: string; intro: string; entry: string }) {
  const machine = setup(flowSetup).createMachine({
    id: 'apostrophes',
    context: { fields: {} },
    meta: {
      kind: 'flow',
      title: 'Apostrophes',
      description: 'Pour les tests.',
      category: 'Tests',
      keywords: ['test'],
      symptoms: [],
    },
    initial: 'details',
    states: {
      details: {
        meta: {
          kind: 'form',
          title: 'Détails',
          fields: [
            {
              name: 'device',
              label: texts.label,
              type: 'choice',
              required: true,
              options: [
                { value: 'computer', label: texts.option },
                { value: 'phone', label: 'Téléphone' },
              ],
            },
          ],
        },
        on: { SUBMIT: { target: 'ticket', actions: 'saveFields' } },
      },
      ticket: {
        type: 'final',
        meta: {
          kind: 'ticket',
          title: 'Votre demande',
          intro: texts.intro,
          target: { catalogueEntry: texts.entry },
          ticketTitle: 'Demande',
          fields: ['device'],
          answers: [],
        },
      },
    },
  });
  return readFlow(machine, 'flows/apostrophes.ts');
}

describe('the straight-apostrophe warning', () => {
  it('reads field labels, options, intros and the target’s names, step by step', () => {
    const flow = flowWith({
      label: "Type d'appareil",
      option: "Ordinateur de l'UM",
      intro: "Copiez-la, puis déposez-la aujourd'hui.",
      entry: "Demande d'assistance",
    });
    expect(checkApostrophes(flow).map(({ state, message }) => [state, message])).toEqual([
      [
        'details',
        "apostrophe droite dans « d'appareil », « l'UM » : remplacez ' par ’ (« d’appareil », « l’UM »).",
      ],
      [
        'ticket',
        "apostrophe droite dans « aujourd'hui », « d'assistance » : remplacez ' par ’ (« aujourd’hui », « d’assistance »).",
      ],
    ]);
    // flows:check and the author page read it with the other checks, as a warning.
    expect(analyseFlow(flow).filter((problem) => problem.severity === 'warning')).toHaveLength(2);
  });

  it('quotes a few words, then « … »', () => {
    const flow = flowWith({
      label: "l'a l'b l'c l'd l'e",
      option: 'Ordinateur',
      intro: 'Copiez-la.',
      entry: 'Demande',
    });
    expect(checkApostrophes(flow)[0]?.message).toBe(
      "apostrophe droite dans « l'a », « l'b », « l'c », « l'd », … : remplacez ' par ’ (« l’a », « l’b », « l’c », « l’d », …).",
    );
  });

  it('says nothing of typographic apostrophes', () => {
    const flow = flowWith({
      label: 'Type d’appareil',
      option: 'Ordinateur de l’UM',
      intro: 'Copiez-la.',
      entry: 'Demande d’assistance',
    });
    expect(checkApostrophes(flow)).toEqual([]);
  });

  it('finds none in the flows of flows/', () => {
    expect(allFlows.flatMap(checkApostrophes)).toEqual([]);
  });
});
