import { flowSetup, setup } from '../../src/engine';

/** A warning, not an error: every branch of SUBMIT is guarded, so none may apply. */
export default setup(flowSetup).createMachine({
  id: 'no-default-branch',
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
            guard: { type: 'fieldEquals', params: { field: 'device', value: 'computer' } },
            actions: 'saveFields',
          },
          {
            target: 'done',
            guard: { type: 'fieldEquals', params: { field: 'device', value: 'phone' } },
            actions: 'saveFields',
          },
        ],
      },
    },
    done: { type: 'final', meta: { kind: 'resolution', title: 'Fini', body: ['Fini.'] } },
  },
});
