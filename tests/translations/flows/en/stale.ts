import type { FlowTranslation } from '../../../../src/engine';
import cable from './cable';

/**
 * flows/cable.ts's English, checked as if its French had changed: a key that is no longer the
 * French of its state, a missing text, a state the flow lacks, no English description, and a
 * placeholder lost.
 */
export default {
  ...cable,
  flow: { 'Câble débranché': 'Cable unplugged' },
  states: {
    ...cable.states,
    ask: {
      'Le câble est-il bien branché ?': 'Is the cable plugged in?',
      'Regardez derrière le PC.': 'Look behind the PC.',
      Oui: 'Yes',
      branché: 'plugged in',
    },
    ticket: {
      'Votre demande est prête': 'Your request is ready',
      'Câble — {problem}': 'Cable',
    },
    gone: { Ancien: 'Old' },
  },
} satisfies FlowTranslation;
