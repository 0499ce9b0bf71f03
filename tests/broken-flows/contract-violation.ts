import { flowSetup, setup } from '../../src/engine';

/** Deliberately broken: a question whose prompt is a number, and an unknown property. */
export default setup(flowSetup).createMachine({
  id: 'contract-violation',
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
      meta: { kind: 'question', prompt: 42, helpp: 'Faute de frappe' },
      on: { YES: { target: 'done', meta: { label: 'Oui' } } },
    },
    done: { type: 'final', meta: { kind: 'resolution', title: 'Fini', body: ['Fini.'] } },
  },
});
