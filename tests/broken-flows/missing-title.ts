import { flowSetup, setup } from '../../src/engine';

/** Deliberately broken: no title, no keywords. */
export default setup(flowSetup).createMachine({
  id: 'missing-title',
  context: { fields: {} },
  meta: { kind: 'flow', description: 'Sans titre.', category: 'Tests', keywords: [], symptoms: [] },
  initial: 'ask',
  states: {
    ask: {
      meta: { kind: 'question', prompt: 'Ça marche ?' },
      on: {
        YES: { target: 'done', meta: { label: 'Oui' } },
        NO: { target: 'done', meta: { label: 'Non' } },
      },
    },
    done: { type: 'final', meta: { kind: 'resolution', title: 'Fini', body: ['Fini.'] } },
  },
});
