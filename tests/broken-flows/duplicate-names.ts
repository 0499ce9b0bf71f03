import { flowSetup, setup } from '../../src/engine';

/** Deliberately broken: two options of a choice share a value, two fields of a form a name. */
export default setup(flowSetup).createMachine({
  id: 'duplicate-names',
  context: { fields: {} },
  meta: {
    kind: 'flow',
    title: 'Procédure cassée',
    description: 'Un exemple volontairement faux.',
    category: 'Tests',
    keywords: ['test'],
    symptoms: [],
  },
  initial: 'connection',
  states: {
    connection: {
      meta: {
        kind: 'form',
        title: 'Connexion',
        fields: [
          {
            name: 'connection',
            label: 'Connexion',
            type: 'choice',
            required: true,
            options: [
              { value: 'wired', label: 'Par câble' },
              { value: 'wired', label: 'Par Wi-Fi' },
            ],
          },
        ],
      },
      on: { SUBMIT: { target: 'details', actions: 'saveFields' } },
    },
    details: {
      meta: {
        kind: 'form',
        title: 'Détails',
        fields: [
          { name: 'socketNumber', label: 'Numéro de la prise', type: 'text', required: true },
          { name: 'office', label: 'Bureau', type: 'text', required: true },
          { name: 'socketNumber', label: 'Numéro du bureau', type: 'text', required: true },
        ],
      },
      on: { SUBMIT: { target: 'done', actions: 'saveFields' } },
    },
    done: { type: 'final', meta: { kind: 'resolution', title: 'Fini', body: ['Fini.'] } },
  },
});
