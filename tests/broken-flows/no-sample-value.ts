import { flowSetup, setup } from '../../src/engine';

/**
 * Deliberately broken: the generated tests cannot fill these fields. The first one's pattern
 * accepts none of their plausible values and it has no example; the second refuses its example.
 */
export default setup(flowSetup).createMachine({
  id: 'no-sample-value',
  context: { fields: {} },
  meta: {
    kind: 'flow',
    title: 'Procédure cassée',
    description: 'Un exemple volontairement faux.',
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
            name: 'inventoryTag',
            label: 'Étiquette d’inventaire',
            type: 'text',
            required: true,
            pattern: { regex: '^[A-Z]{2}[0-9]{4}$', message: 'Deux lettres puis quatre chiffres.' },
          },
          {
            name: 'postcode',
            label: 'Code postal',
            type: 'text',
            required: false,
            example: '3400',
            pattern: { regex: '^[0-9]{5}$', message: 'Cinq chiffres.' },
          },
        ],
      },
      on: { SUBMIT: { target: 'done', actions: 'saveFields' } },
    },
    done: { type: 'final', meta: { kind: 'resolution', title: 'Fini', body: ['Fini.'] } },
  },
});
