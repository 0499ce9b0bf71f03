import { flowSetup, setup } from '../../src/engine';

/** Deliberately broken: an answer whose target does not exist. */
export default setup(flowSetup).createMachine({
  id: 'missing-target',
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
        NO: { target: 'doen', meta: { label: 'Non' } },
      },
    },
    done: { type: 'final', meta: { kind: 'resolution', title: 'Fini', body: ['Fini.'] } },
  },
});
