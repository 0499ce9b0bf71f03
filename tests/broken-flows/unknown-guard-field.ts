import { flowSetup, setup } from '../../src/engine';

/** Deliberately broken: a guard reads a field nothing collects (a typo). */
export default setup(flowSetup).createMachine({
  id: 'unknown-guard-field',
  context: { fields: {} },
  meta: {
    kind: 'flow',
    title: 'Procédure à surveiller',
    description: 'Un exemple qui mérite un avertissement.',
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
              { value: 'computer', label: 'Ordinateur' },
              { value: 'phone', label: 'Téléphone' },
            ],
          },
        ],
      },
      on: {
        SUBMIT: [
          {
            target: 'done',
            guard: { type: 'fieldEquals', params: { field: 'devise', value: 'computer' } },
            actions: 'saveFields',
          },
          { target: 'done', actions: 'saveFields' },
        ],
      },
    },
    done: { type: 'final', meta: { kind: 'resolution', title: 'Fini', body: ['Fini.'] } },
  },
});
