import { flowSetup, setup } from '../../src/engine';

/**
 * Deliberately broken: guards compare a choice to an option's label instead of its value, and to
 * a value no option has. Neither branch can ever be taken.
 */
export default setup(flowSetup).createMachine({
  id: 'guard-not-an-option',
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
            name: 'device',
            label: 'Appareil',
            type: 'choice',
            required: true,
            options: [
              { value: 'laptop', label: 'Un ordinateur portable' },
              { value: 'desktop', label: 'Un ordinateur fixe' },
            ],
          },
        ],
      },
      on: {
        SUBMIT: [
          {
            target: 'laptop',
            guard: {
              type: 'fieldEquals',
              params: { field: 'device', value: 'Un ordinateur portable' },
            },
            actions: 'saveFields',
          },
          {
            target: 'laptop',
            guard: { type: 'fieldEquals', params: { field: 'device', value: 'tablet' } },
            actions: 'saveFields',
          },
          { target: 'done', actions: 'saveFields' },
        ],
      },
    },
    laptop: {
      type: 'final',
      meta: { kind: 'resolution', title: 'Portable', body: ['Fini.'] },
    },
    done: { type: 'final', meta: { kind: 'resolution', title: 'Fini', body: ['Fini.'] } },
  },
});
