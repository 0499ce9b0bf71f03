import { flowSetup, setup } from '../../src/engine';

/** Deliberately broken: links on a question, and a link that is neither web, e-mail nor app page. */
export default setup(flowSetup).createMachine({
  id: 'links-on-question',
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
      meta: {
        kind: 'question',
        prompt: 'Voulez-vous ouvrir l’ENT ?',
        links: [{ label: 'ENT', href: 'https://ent.umontpellier.fr' }],
      },
      on: {
        YES: { target: 'open', meta: { label: 'Oui' } },
        NO: { target: 'done', meta: { label: 'Non' } },
      },
    },
    open: {
      meta: {
        kind: 'instructions',
        title: 'Ouvrez l’ENT',
        steps: ['Ouvrez l’ENT.'],
        prompt: 'C’est fait ?',
        links: [{ label: 'ENT', href: 'http://ent.umontpellier.fr' }],
      },
      on: { DONE: { target: 'done', meta: { label: 'Oui' } } },
    },
    done: { type: 'final', meta: { kind: 'resolution', title: 'Fini', body: ['Fini.'] } },
  },
});
