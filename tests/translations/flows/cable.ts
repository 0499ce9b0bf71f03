import { flowSetup, setup } from '../../../src/engine';

/** A small flow whose English the checker's tests break in one way per file of flows/en/. */
export default setup(flowSetup).createMachine({
  id: 'cable',
  context: { fields: {} },
  meta: {
    kind: 'flow',
    title: 'Câble débranché',
    description: 'Quand le réseau filaire ne répond plus.',
    category: 'Tests',
    keywords: ['câble'],
    symptoms: [],
  },
  initial: 'ask',
  states: {
    ask: {
      meta: {
        kind: 'question',
        prompt: 'Le câble est-il branché ?',
        help: 'Regardez derrière le PC.',
      },
      on: {
        YES: { target: 'details', meta: { label: 'Oui', summary: 'branché' } },
        NO: { target: 'fixed', meta: { label: 'Non' } },
      },
    },
    fixed: {
      type: 'final',
      meta: { kind: 'resolution', title: 'Branchez le câble', body: ['Le réseau revient seul.'] },
    },
    details: {
      meta: {
        kind: 'form',
        title: 'Décrivez le problème',
        fields: [
          {
            name: 'problem',
            label: 'Quel est le problème ?',
            ticketLabel: 'Problème',
            type: 'text',
            required: true,
          },
        ],
      },
      on: { SUBMIT: { target: 'ticket', actions: 'saveFields' } },
    },
    ticket: {
      type: 'final',
      meta: {
        kind: 'ticket',
        title: 'Votre demande est prête',
        ticketTitle: 'Câble — {problem}',
        fields: ['problem'],
        answers: ['ask'],
      },
    },
  },
});
