import { flowSetup, setup } from '../../src/engine';

/** Deliberately broken: a step no answer leads to. */
export default setup(flowSetup).createMachine({
  id: 'unreachable-state',
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
        NO: { target: 'done', meta: { label: 'Non' } },
      },
    },
    orphan: {
      meta: { kind: 'question', prompt: 'Personne ne vient ici ?' },
      on: {
        YES: { target: 'done', meta: { label: 'Oui' } },
        NO: { target: 'done', meta: { label: 'Non' } },
      },
    },
    done: { type: 'final', meta: { kind: 'resolution', title: 'Fini', body: ['Fini.'] } },
  },
});
