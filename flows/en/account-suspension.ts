import type { FlowTranslation } from '../../src/engine';

/** The reminders every outcome repeats in the flow, and the end of work: one English for all three. */
const reminders = {
  'Un premier e-mail vous est envoyé 60 jours avant la fin de votre activité, puis des rappels 31 jours, 15 jours et 8 jours avant.':
    'You are sent a first e-mail 60 days before your work ends, then reminders 31 days, 15 days and 8 days before.',
  'Vos dates': 'Your dates',
  'Vous recevrez un premier e-mail de rappel le {date}.':
    'You will get a first reminder e-mail on {date}.',
  'Un premier e-mail de rappel vous a été envoyé le {date}.':
    'A first reminder e-mail was sent to you on {date}.',
  'Vous recevrez un rappel le {date}.': 'You will get a reminder on {date}.',
  'Un rappel vous a été envoyé le {date}.': 'A reminder was sent to you on {date}.',
  'Vous recevrez un dernier rappel le {date}.': 'You will get a last reminder on {date}.',
  'Un dernier rappel vous a été envoyé le {date}.': 'A last reminder was sent to you on {date}.',
  'Votre activité prendra fin le {date}.': 'Your work will end on {date}.',
  'Votre activité a pris fin le {date}.': 'Your work ended on {date}.',
};

/** What the two outcomes without an extension both say. */
const withoutExtension = {
  'La prolongation de cette durée sur demande est réservée au personnel titulaire ou contractuel.':
    'Only permanent (titulaire) or contract staff can ask for this period to be extended.',
  'Votre e-mail UM restera actif jusqu’au {date}.': 'Your UM e-mail will stay active until {date}.',
  'Votre e-mail UM est resté actif jusqu’au {date}.': 'Your UM e-mail stayed active until {date}.',
};

/** English of flows/account-suspension.ts. */
const english: FlowTranslation = {
  flow: {
    'Fin d’activité : suspension du compte et prolongation':
      'Leaving the university: account suspension and extension',
    'Combien de temps votre e-mail UM reste actif après votre départ, les rappels, et comment demander une prolongation.':
      'How long your UM e-mail stays active after you leave, the reminders, and how to ask for an extension.',
  },
  keywords: [
    'suspension',
    'suspended account',
    'IT account',
    'extension',
    'extend',
    'leaving',
    'end of contract',
    'end of employment',
    'retirement',
    'UM e-mail',
    'email',
    'mail',
    'mailbox',
    'transfer',
    'hourly-paid teacher',
  ],
  symptoms: [
    'I am leaving the university',
    'my contract is ending',
    'my account will be suspended',
    'keep my e-mail address',
    'account blocked since I left',
    'account disabled',
  ],
  states: {
    accountState: {
      'Pouvez-vous encore vous connecter avec votre compte UM ?':
        'Can you still log in with your UM account?',
      'Par exemple à l’ENT ou à votre messagerie UM.':
        'For example, to the ENT (the university’s digital workspace) or to your UM e-mail.',
      'Compte UM': 'UM account',
      'Oui, je peux encore me connecter': 'Yes, I can still log in',
      'encore actif': 'still active',
      'Non, mon compte est suspendu : je ne peux plus me connecter':
        'No, my account is suspended: I can no longer log in',
      'suspendu, plus de connexion possible': 'suspended, can no longer log in',
    },
    profile: {
      'Quelle est votre situation à l’université ?': 'What is your status at the university?',
      'La durée pendant laquelle vous gardez votre e-mail UM dépend de votre profil.':
        'How long you keep your UM e-mail depends on your status.',
      Profil: 'Status',
      'Personnel titulaire ou contractuel': 'Permanent (titulaire) or contract staff',
      'titulaire ou contractuel': 'permanent or contract staff',
      'Vacataire d’enseignement, ou hébergé éducation nationale':
        'Hourly-paid teacher (vacataire), or hosted Éducation nationale staff',
      'vacataire d’enseignement ou hébergé éducation nationale':
        'hourly-paid teacher or hosted Éducation nationale staff',
      'Autre personnel': 'Other staff',
      'autre personnel': 'other staff',
    },
    endDate: {
      'Quand votre activité prend-elle fin ?': 'When does your work at the university end?',
      'Si vous indiquez la date de fin de votre activité, nous calculons les dates de vos rappels et de la fin de l’accès à votre e-mail UM.':
        'If you enter the date your work ends, we work out the dates of your reminders and the date your access to your UM e-mail ends.',
      'Date de fin d’activité (facultatif)': 'Date your work ends (optional)',
      'Laissez vide si vous ne la connaissez pas encore.':
        'Leave this empty if you do not know it yet.',
      'Voir ce qui se passe': 'See what happens',
    },
    titularOutcome: {
      'Votre e-mail UM reste actif 12 mois, prolongeables':
        'Your UM e-mail stays active for 12 months, which you can extend',
      'Lorsque votre activité prend fin ou est suspendue, vos droits d’accès aux ressources numériques sont désactivés. Vous pouvez cependant continuer à utiliser votre e-mail UM pendant 12 mois après la fin de votre activité.':
        'When your work ends or is suspended, your access to digital resources is switched off. But you can keep using your UM e-mail for 12 months after your work ends.',
      'Cette durée est reconductible sur demande : dans l’ENT, ouvrez la vignette « Gestion de compte », puis sélectionnez « Gérer votre demande de prolongation de compte informatique ».':
        'You can ask for this period to be renewed: in the ENT (the university’s digital workspace), open the « Gestion de compte » (Account management) tile, then select « Gérer votre demande de prolongation de compte informatique » (Manage your IT account extension request).',
      'Si vous ne faites pas la demande de prolongation à temps, votre compte informatique, y compris l’accès à l’e-mail UM, est suspendu une fois les 12 mois écoulés.':
        'If you do not ask for an extension in time, your IT account, including access to your UM e-mail, is suspended once the 12 months are over.',
      'Sans prolongation, votre e-mail UM restera actif jusqu’au {date}.':
        'Without an extension, your UM e-mail will stay active until {date}.',
      'Sans prolongation, votre e-mail UM est resté actif jusqu’au {date}.':
        'Without an extension, your UM e-mail stayed active until {date}.',
      ...reminders,
    },
    teachingOutcome: {
      'Votre e-mail UM reste actif 6 mois': 'Your UM e-mail stays active for 6 months',
      'Lorsque votre activité prend fin ou est suspendue, vos droits d’accès aux ressources numériques sont désactivés. En tant que vacataire d’enseignement ou hébergé éducation nationale, vous pouvez cependant continuer à utiliser votre e-mail UM pendant 6 mois après la fin de votre activité.':
        'When your work ends or is suspended, your access to digital resources is switched off. But as an hourly-paid teacher (vacataire) or hosted Éducation nationale staff, you can keep using your UM e-mail for 6 months after your work ends.',
      'Une fois ces 6 mois écoulés, votre compte informatique, y compris l’accès à l’e-mail UM, est suspendu.':
        'Once these 6 months are over, your IT account, including access to your UM e-mail, is suspended.',
      ...reminders,
      ...withoutExtension,
    },
    otherOutcome: {
      'Votre e-mail UM reste actif 3 mois': 'Your UM e-mail stays active for 3 months',
      'Lorsque votre activité prend fin ou est suspendue, vos droits d’accès aux ressources numériques sont désactivés. Vous pouvez cependant continuer à utiliser votre e-mail UM pendant 3 mois après la fin de votre activité.':
        'When your work ends or is suspended, your access to digital resources is switched off. But you can keep using your UM e-mail for 3 months after your work ends.',
      'Une fois ces 3 mois écoulés, votre compte informatique, y compris l’accès à l’e-mail UM, est suspendu.':
        'Once these 3 months are over, your IT account, including access to your UM e-mail, is suspended.',
      ...reminders,
      ...withoutExtension,
    },
    suspendedContact: {
      'Comment l’assistance peut-elle vous rappeler ?': 'How can IT support call you back?',
      'Un compte suspendu ne permet plus de se connecter à l’ENT : votre demande passe par le formulaire public de demande d’assistance, et un agent vous rappelle.':
        'With a suspended account, you can no longer log in to the ENT: your request goes through the public support request form, and an agent calls you back.',
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
    suspendedTicket: {
      'Votre demande est prête : copiez-la puis envoyez-la par le formulaire d’assistance':
        'Your request is ready: copy it, then send it using the support request form',
      'Vérifiez ces informations : l’agent qui vous rappelle saura de quel compte il s’agit.':
        'Check this information: the agent who calls you back will know which account it is about.',
      'Compte informatique suspendu — {fullName}': 'IT account suspended — {fullName}',
    },
  },
};
export default english;
