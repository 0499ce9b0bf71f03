import { flowSetup, setup } from '../../src/engine';

/** Deliberately broken: a guard compares a field to a value that no setField writes. */
export default setup(flowSetup).createMachine({
  id: 'guard-value-never-set',
  context: { fields: {} },
  meta: {
    kind: 'flow',
    title: 'Procédure cassée',
    description: 'Un exemple volontairement faux.',
    category: 'Tests',
    keywords: ['test'],
    symptoms: [],
  },
  initial: 'profile',
  states: {
    profile: {
      meta: { kind: 'question', prompt: 'Quelle est votre situation ?' },
      on: {
        TITULAR: {
          target: 'confirm',
          actions: { type: 'setField', params: { field: 'profile', value: 'titular' } },
          meta: { label: 'Personnel titulaire ou contractuel' },
        },
        OTHER_STAFF: {
          target: 'confirm',
          actions: { type: 'setField', params: { field: 'profile', value: 'other' } },
          meta: { label: 'Autre personnel' },
        },
      },
    },
    confirm: {
      meta: { kind: 'question', prompt: 'Continuer ?' },
      on: {
        YES: [
          {
            target: 'titularOutcome',
            guard: { type: 'fieldEquals', params: { field: 'profile', value: 'titulaire' } },
            meta: { label: 'Oui' },
          },
          { target: 'done', meta: { label: 'Oui' } },
        ],
        NO: { target: 'done', meta: { label: 'Non' } },
      },
    },
    titularOutcome: {
      type: 'final',
      meta: { kind: 'resolution', title: 'Titulaire', body: ['Fini.'] },
    },
    done: { type: 'final', meta: { kind: 'resolution', title: 'Fini', body: ['Fini.'] } },
  },
});
