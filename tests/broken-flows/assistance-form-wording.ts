import { flowSetup, setup } from '../../src/engine';

/**
 * Deliberately broken: a request through the public assistance form (for someone who cannot log
 * in) that still names a Centre de Services target and sends the person there; and a skippable
 * field that the ticket does not list.
 */
export default setup(flowSetup).createMachine({
  id: 'assistance-form-wording',
  context: { fields: {} },
  meta: {
    kind: 'flow',
    title: 'Procédure cassée',
    description: 'Un exemple volontairement faux.',
    category: 'Tests',
    keywords: ['test'],
    symptoms: [],
  },
  initial: 'details',
  states: {
    details: {
      meta: {
        kind: 'form',
        title: 'Détails',
        fields: [{ name: 'fullName', label: 'Nom', type: 'text', required: true }],
      },
      on: { SUBMIT: { target: 'ticket', actions: 'saveFields' } },
    },
    ticket: {
      type: 'final',
      meta: {
        kind: 'ticket',
        title: 'Déposez votre demande dans le Centre de Services',
        channel: 'assistanceForm',
        target: { domain: 'Ressources Humaines' },
        ticketTitle: 'Compte bloqué — {fullName}',
        fields: ['fullName'],
        skippable: ['pcName'],
        answers: [],
      },
    },
  },
});
