import { flowSetup, setup } from '../../src/engine';

/** Deliberately broken: one path reaches the ticket without the form that asks a required field. */
export default setup(flowSetup).createMachine({
  id: 'required-field-skipped',
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
      on: { SUBMIT: { target: 'ticket', actions: 'saveFields' } },
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
  },
});
