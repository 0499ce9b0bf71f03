import { flowSetup, setup } from '../src/engine';

/**
 * « Contactez-nous via le centre de services »: when no procedure fits,
 * a generic ticket that still gives the agent what, since when, where and which PC. Its subject
 * is the start of the problem as the person wrote it: what the agent triages on.
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
  initial: 'canLogIn',
  states: {
    canLogIn: {
      meta: {
        kind: 'question',
        prompt: 'Pouvez-vous vous connecter à l’ENT avec vos identifiants UM ?',
        help: 'Vos identifiants UM sont ceux de votre messagerie UM. Sans accès à l’ENT, la demande passe par le formulaire public de demande d’assistance, et un agent vous rappelle.',
        summaryLabel: 'Connexion à l’ENT',
      },
      on: {
        CAN_LOG_IN: {
          target: 'describeProblem',
          meta: { label: 'Oui', summary: 'possible' },
        },
        CANNOT_LOG_IN: {
          target: 'describeProblem',
          actions: { type: 'setField', params: { field: 'login', value: 'blocked' } },
          meta: { label: 'Non, je ne peux pas me connecter', summary: 'impossible' },
        },
      },
    },
    describeProblem: {
      meta: {
        kind: 'form',
        title: 'Décrivez votre problème',
        intro: 'Le Centre de Services traitera votre demande plus vite si elle est précise.',
        fields: [
          {
            name: 'problem',
            label: 'Quel est le problème ?',
            ticketLabel: 'Problème',
            hint: 'Ce que vous essayiez de faire, ce qui s’est passé, et le message d’erreur exact s’il y en a un.',
            type: 'textarea',
            required: true,
            requiredMessage: 'Décrivez le problème en quelques mots.',
          },
          {
            name: 'since',
            label: 'Depuis quand le problème est-il apparu ?',
            ticketLabel: 'Depuis',
            hint: 'Une réponse approximative suffit.',
            type: 'date',
            approximate: true,
            required: true,
            requiredMessage: 'Indiquez depuis quand le problème est apparu.',
          },
          {
            name: 'location',
            label: 'Où êtes-vous ?',
            ticketLabel: 'Lieu',
            hint: 'Site, bâtiment, étage et bureau.',
            type: 'text',
            required: true,
            requiredMessage: 'Indiquez où vous êtes : site, bâtiment, étage et bureau.',
            maxLength: 120,
          },
          {
            name: 'pcName',
            label: 'Nom du PC (facultatif)',
            hint: 'S’il s’agit d’un ordinateur : le nom inscrit sur l’étiquette jaune ou bleue.',
            type: 'text',
            required: false,
            maxLength: 64,
          },
        ],
      },
      on: {
        SUBMIT: [
          {
            target: 'blockedContact',
            guard: { type: 'fieldEquals', params: { field: 'login', value: 'blocked' } },
            actions: 'saveFields',
          },
          { target: 'ticket', actions: 'saveFields' },
        ],
      },
    },
    blockedContact: {
      meta: {
        kind: 'form',
        title: 'Comment l’assistance peut-elle vous rappeler ?',
        intro:
          'Sans accès à l’ENT, vous ne pouvez pas suivre votre demande en ligne : un agent vous rappelle.',
        fields: [
          {
            name: 'fullName',
            label: 'Vos nom et prénom',
            ticketLabel: 'Nom et prénom',
            type: 'text',
            required: true,
            requiredMessage: 'Indiquez vos nom et prénom, pour que l’agent sache qui rappeler.',
            maxLength: 120,
          },
          {
            name: 'umLogin',
            label: 'Votre identifiant ou votre adresse e-mail UM (facultatif)',
            ticketLabel: 'Identifiant ou e-mail UM',
            hint: 'Il aide l’agent à retrouver votre compte.',
            type: 'text',
            required: false,
            maxLength: 120,
          },
          {
            name: 'contactPhone',
            label: 'Numéro de téléphone où vous rappeler',
            ticketLabel: 'Téléphone',
            hint: 'Par exemple 06 12 34 56 78 ou +33 6 12 34 56 78.',
            type: 'tel',
            required: true,
            requiredMessage: 'Indiquez le numéro où l’agent peut vous rappeler.',
          },
          {
            name: 'availability',
            label: 'Quand vous rappeler ? (facultatif)',
            ticketLabel: 'Disponibilités',
            hint: 'Par exemple : le matin, ou le mardi et le jeudi après-midi.',
            type: 'text',
            required: false,
            maxLength: 120,
          },
        ],
        submitLabel: 'Continuer',
      },
      on: { SUBMIT: { target: 'blockedTicket', actions: 'saveFields' } },
    },
    ticket: {
      type: 'final',
      meta: {
        kind: 'ticket',
        title: 'Votre demande est prête : copiez-la puis déposez-la dans le Centre de Services',
        ticketTitle: '{problem}',
        fields: ['problem', 'since', 'location', 'pcName'],
        answers: ['canLogIn'],
      },
    },
    blockedTicket: {
      type: 'final',
      meta: {
        kind: 'ticket',
        title: 'Votre demande est prête : copiez-la puis envoyez-la par le formulaire d’assistance',
        channel: 'assistanceForm',
        ticketTitle: 'Sans accès à l’ENT — {problem}',
        fields: [
          'problem',
          'since',
          'location',
          'pcName',
          'fullName',
          'umLogin',
          'contactPhone',
          'availability',
        ],
        answers: ['canLogIn'],
      },
    },
  },
});
