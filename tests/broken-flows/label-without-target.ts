import { flowSetup, setup } from '../../src/engine';

/** Deliberately broken: a labelled answer that leads nowhere. */
export default setup(flowSetup).createMachine({
  id: 'label-without-target',
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
      on: { YES: { target: 'done', meta: { label: 'Oui' } }, NO: { meta: { label: 'Non' } } },
    },
    done: { type: 'final', meta: { kind: 'resolution', title: 'Fini', body: ['Fini.'] } },
  },
});
