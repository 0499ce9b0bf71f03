import type { FlowTranslation } from '../../../../src/engine';

/** The whole English of flows/cable.ts: the checker says nothing of it. */
export default {
  flow: {
    'Câble débranché': 'Cable unplugged',
    'Quand le réseau filaire ne répond plus.': 'When the wired network no longer answers.',
  },
  keywords: ['cable'],
  symptoms: ['no network'],
  states: {
    ask: {
      'Le câble est-il branché ?': 'Is the cable plugged in?',
      'Regardez derrière le PC.': 'Look behind the PC.',
      Oui: 'Yes',
      branché: 'plugged in',
      Non: 'No',
    },
    fixed: {
      'Branchez le câble': 'Plug the cable in',
      'Le réseau revient seul.': 'The network comes back by itself.',
    },
    details: {
      'Décrivez le problème': 'Describe the problem',
      'Quel est le problème ?': 'What is the problem?',
    },
    ticket: {
      'Votre demande est prête': 'Your request is ready',
      'Câble — {problem}': 'Cable — {problem}',
    },
  },
} satisfies FlowTranslation;
