import { flowSetup, setup } from '../../src/engine';

/**
 * A warning, not an error: straight apostrophes in texts, written between double quotes. Not
 * in the search words (typed as people type), a quote mark ('cmd') or an e-mail address.
 */
export default setup(flowSetup).createMachine({
  id: 'straight-apostrophe',
  context: { fields: {} },
  meta: {
    kind: 'flow',
    title: 'Procédure à relire',
    description: "Quand l'imprimante ne répond plus.",
    category: 'Tests',
    keywords: ["l'imprimante"],
    symptoms: ["je n'arrive pas à imprimer"],
  },
  initial: 'ask',
  states: {
    ask: {
      meta: {
        kind: 'question',
        prompt: "L'imprimante est-elle allumée ?",
        help: "Tapez 'cmd' ou écrivez à jean.o'brien@umontpellier.fr.",
      },
      on: {
        YES: { target: 'done', meta: { label: "Oui, elle l'est" } },
        NO: { target: 'done', meta: { label: 'Non' } },
      },
    },
    done: {
      type: 'final',
      meta: { kind: 'resolution', title: 'Fini', body: ['Rien d’autre à faire.'] },
    },
  },
});
