import { flowSetup, setup } from '../../src/engine';

/** Deliberately broken: a question with no answer at all. */
export default setup(flowSetup).createMachine({
  id: 'dead-end',
  context: { fields: {} },
  meta: {
    kind: 'flow',
    title: 'Procédure cassée',
    description: 'Un exemple volontairement faux.',
    category: 'Tests',
    keywords: ['test'],
    symptoms: [],
  },
  initial: 'ask',
  states: {
    ask: {
      meta: { kind: 'question', prompt: 'Ça marche ?' },
      on: {
        YES: { target: 'done', meta: { label: 'Oui' } },
        NO: { target: 'stuck', meta: { label: 'Non' } },
      },
    },
    stuck: { meta: { kind: 'question', prompt: 'Et maintenant ?' } },
    done: { type: 'final', meta: { kind: 'resolution', title: 'Fini', body: ['Fini.'] } },
  },
});
