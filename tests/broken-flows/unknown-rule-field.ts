import { flowSetup, setup } from '../../src/engine';

/** Deliberately broken: a form's rule names a field the form does not have (a typo). */
export default setup(flowSetup).createMachine({
  id: 'unknown-rule-field',
  context: { fields: {} },
  meta: {
    kind: 'flow',
    title: 'Procédure cassée',
    description: 'Un exemple volontairement faux.',
    category: 'Tests',
    keywords: ['test'],
    symptoms: [],
  },
  initial: 'dates',
  states: {
    dates: {
      meta: {
        kind: 'form',
        title: 'Pour quelle période ?',
        fields: [
          { name: 'startDate', label: 'Début', type: 'date', required: true, notBeforeToday: true },
          { name: 'endDate', label: 'Fin', type: 'date', required: true },
        ],
        rules: [{ field: 'endDate', notBefore: 'startDat' }],
      },
      on: { SUBMIT: { target: 'ticket', actions: 'saveFields' } },
    },
    ticket: {
      type: 'final',
      meta: {
        kind: 'ticket',
        title: 'Votre demande est prête',
        ticketTitle: 'Demande de période',
        fields: ['startDate', 'endDate'],
        answers: [],
      },
    },
  },
});
