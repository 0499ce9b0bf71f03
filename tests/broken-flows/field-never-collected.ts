import { flowSetup, setup } from '../../src/engine';

/** Deliberately broken: the ticket uses a field only collected on a branch that ends elsewhere. */
export default setup(flowSetup).createMachine({
  id: 'field-never-collected',
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
      meta: { kind: 'question', prompt: 'Ordinateur ou téléphone ?' },
      on: {
        COMPUTER: { target: 'details', meta: { label: 'Ordinateur' } },
        PHONE: { target: 'ticket', meta: { label: 'Téléphone' } },
      },
    },
    details: {
      meta: {
        kind: 'form',
        title: 'Détails',
        fields: [{ name: 'pcName', label: 'Nom du PC', type: 'text', required: true }],
      },
      on: { SUBMIT: { target: 'done', actions: 'saveFields' } },
    },
    ticket: {
      type: 'final',
      meta: {
        kind: 'ticket',
        title: 'Votre demande',
        ticketTitle: 'Problème sur {pcName}',
        fields: ['pcName'],
        answers: [],
      },
    },
    done: { type: 'final', meta: { kind: 'resolution', title: 'Fini', body: ['Fini.'] } },
  },
});
