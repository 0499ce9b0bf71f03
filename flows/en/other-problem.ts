import type { FlowTranslation } from '../../src/engine';

/** English of flows/other-problem.ts. */
const english: FlowTranslation = {
  flow: {
    'Autre problème': 'Other problem',
    'Aucune procédure ne correspond : préparez un ticket pour le Centre de Services.':
      'No procedure matches your problem: prepare a ticket for the Centre de Services (the DSIN’s IT service desk).',
  },
  keywords: [
    'other',
    'ticket',
    'Centre de Services',
    'service desk',
    'help desk',
    'IT support',
    'support',
    'help',
    'contact',
  ],
  symptoms: ['cannot find my problem', 'no procedure matches', 'ask for help'],
  states: {
    canLogIn: {
      'Pouvez-vous vous connecter à l’ENT avec vos identifiants UM ?':
        'Can you log in to the ENT (the university’s digital workspace) with your UM login details?',
      'Vos identifiants UM sont ceux de votre messagerie UM. Sans accès à l’ENT, la demande passe par le formulaire public de demande d’assistance, et un agent vous rappelle.':
        'Your UM login details are the ones you use for your UM e-mail. Without access to the ENT, your request goes through the public support request form, and an agent calls you back.',
      'Connexion à l’ENT': 'Logging in to the ENT',
      Oui: 'Yes',
      possible: 'can log in',
      'Non, je ne peux pas me connecter': 'No, I cannot log in',
      impossible: 'cannot log in',
    },
    describeProblem: {
      'Décrivez votre problème': 'Describe your problem',
      'Le Centre de Services traitera votre demande plus vite si elle est précise.':
        'The Centre de Services (the DSIN’s IT service desk) will handle your request faster if it is precise.',
      'Quel est le problème ?': 'What is the problem?',
      'Ce que vous essayiez de faire, ce qui s’est passé, et le message d’erreur exact s’il y en a un.':
        'What you were trying to do, what happened, and the exact error message, if there is one.',
      'Décrivez le problème en quelques mots.': 'Describe the problem in a few words.',
      'Depuis quand le problème est-il apparu ?': 'When did the problem start?',
      'Une réponse approximative suffit.': 'A rough answer is enough.',
      'Indiquez depuis quand le problème est apparu.': 'Enter when the problem started.',
      'Où êtes-vous ?': 'Where are you?',
      'Site, bâtiment, étage et bureau.': 'Site, building, floor and office.',
      'Indiquez où vous êtes : site, bâtiment, étage et bureau.':
        'Enter where you are: site, building, floor and office.',
      'Nom du PC (facultatif)': 'Name of the PC (optional)',
      'S’il s’agit d’un ordinateur : le nom inscrit sur l’étiquette jaune ou bleue.':
        'If it is about a computer: the name written on its yellow or blue label.',
    },
    blockedContact: {
      'Comment l’assistance peut-elle vous rappeler ?': 'How can IT support call you back?',
      'Sans accès à l’ENT, vous ne pouvez pas suivre votre demande en ligne : un agent vous rappelle.':
        'Without access to the ENT, you cannot follow your request online: an agent calls you back.',
      'Vos nom et prénom': 'Your surname and first name',
      'Indiquez vos nom et prénom, pour que l’agent sache qui rappeler.':
        'Enter your surname and first name, so the agent knows who to call back.',
      'Votre identifiant ou votre adresse e-mail UM (facultatif)':
        'Your UM username or e-mail address (optional)',
      'Il aide l’agent à retrouver votre compte.': 'It helps the agent find your account.',
      'Numéro de téléphone où vous rappeler': 'Phone number to call you back on',
      'Par exemple 06 12 34 56 78 ou +33 6 12 34 56 78.':
        'For example 06 12 34 56 78 or +33 6 12 34 56 78.',
      'Indiquez le numéro où l’agent peut vous rappeler.':
        'Enter the number the agent can call you back on.',
      'Quand vous rappeler ? (facultatif)': 'When can the agent call you back? (optional)',
      'Par exemple : le matin, ou le mardi et le jeudi après-midi.':
        'For example: in the morning, or on Tuesday and Thursday afternoons.',
      Continuer: 'Continue',
    },
    ticket: {
      'Votre demande est prête : copiez-la puis déposez-la dans le Centre de Services':
        'Your request is ready: copy it, then submit it in the Centre de Services',
      // The subject is the person’s own words: nothing to translate around them.
      '{problem}': '{problem}',
    },
    blockedTicket: {
      'Votre demande est prête : copiez-la puis envoyez-la par le formulaire d’assistance':
        'Your request is ready: copy it, then send it using the support request form',
      'Sans accès à l’ENT — {problem}': 'No access to the ENT — {problem}',
    },
  },
};
export default english;
