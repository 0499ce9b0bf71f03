import { flowSetup, setup } from '../src/engine';

/**
 * « Contactez-nous via le centre de services »: when no procedure fits,
 * a generic ticket that still gives the agent what, since when, where and which PC.
 */
export default setup(flowSetup).createMachine({
  id: 'other-problem',
  context: { fields: {} },
  meta: {
    kind: 'flow',
    title: 'Autre problème',
    description: 'Aucune procédure ne correspond : préparez un ticket pour le Centre de Services.',
    category: 'Autre',
    keywords: ['autre', 'ticket', 'centre de services', 'assistance', 'contact'],
    symptoms: ['je ne trouve pas', 'aucune procédure', 'demande d’aide'],
    fallback: true,
  },
  initial: 'describeProblem',
  states: {
    describeProblem: {
      meta: {
        kind: 'form',
        title: 'Décrivez votre problème',
        intro: 'Le Centre de Services traitera votre demande plus vite si elle est précise.',
        fields: [
          {
            name: 'problem',
            label: 'Quel est le problème ?',
            hint: 'Ce que vous essayiez de faire, ce qui s’est passé, et le message d’erreur exact s’il y en a un.',
            type: 'textarea',
            required: true,
            requiredMessage: 'Décrivez le problème en quelques mots.',
          },
          {
            name: 'since',
            label: 'Depuis quand le problème est-il apparu ?',
            hint: 'Une date approximative suffit.',
            type: 'date',
            required: true,
            requiredMessage: 'Indiquez depuis quand le problème est apparu.',
            notAfterToday: true,
          },
          {
            name: 'location',
            label: 'Où êtes-vous ?',
            hint: 'Site, bâtiment, étage et bureau.',
            type: 'text',
            required: true,
            requiredMessage: 'Indiquez où vous êtes : site, bâtiment, étage et bureau.',
            maxLength: 120,
          },
          {
            name: 'pcName',
            label: 'Nom du PC (facultatif)',
            hint: "S'il s'agit d'un ordinateur : le nom inscrit sur l'étiquette jaune ou bleue.",
            type: 'text',
            required: false,
            maxLength: 64,
          },
        ],
      },
      on: { SUBMIT: { target: 'ticket', actions: 'saveFields' } },
    },
    ticket: {
      type: 'final',
      meta: {
        kind: 'ticket',
        title: 'Vérifiez votre demande avant de l’envoyer',
        intro: 'Créez un ticket dans le Centre de Services et collez-y ce résumé.',
        target: { category: 'Informatique et Numérique' },
        ticketTitle: 'Demande d’assistance — {location}',
        fields: ['problem', 'since', 'location', 'pcName'],
        answers: [],
      },
    },
  },
});
