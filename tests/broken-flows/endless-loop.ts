import { flowSetup, setup } from '../../src/engine';

/** Deliberately broken: two steps that send the user back and forth with no way out. */
export default setup(flowSetup).createMachine({
  id: 'endless-loop',
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
      meta: { kind: 'question', prompt: 'Par où commencer ?' },
      on: {
        DONE: { target: 'done', meta: { label: 'J’ai fini' } },
        CHECK: { target: 'checkCable', meta: { label: 'Vérifier le câble' } },
      },
    },
    checkCable: {
      meta: {
        kind: 'instructions',
        title: 'Le câble',
        steps: ['Vérifiez le câble.'],
        prompt: 'Et la prise ?',
      },
      on: { NEXT: { target: 'checkSocket', meta: { label: 'Voir la prise' } } },
    },
    checkSocket: {
      meta: {
        kind: 'instructions',
        title: 'La prise',
        steps: ['Vérifiez la prise.'],
        prompt: 'Et le câble ?',
      },
      on: { NEXT: { target: 'checkCable', meta: { label: 'Revoir le câble' } } },
    },
    done: { type: 'final', meta: { kind: 'resolution', title: 'Fini', body: ['Fini.'] } },
  },
});
