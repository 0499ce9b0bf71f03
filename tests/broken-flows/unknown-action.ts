import { flowSetup, setup } from '../../src/engine';

/** Deliberately broken: an action the engine does not define. */
export default setup(flowSetup).createMachine({
  id: 'unknown-action',
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
        YES: { target: 'done', actions: 'sendMail', meta: { label: 'Oui' } },
        NO: { target: 'done', meta: { label: 'Non' } },
      },
    },
    done: { type: 'final', meta: { kind: 'resolution', title: 'Fini', body: ['Fini.'] } },
  },
});
