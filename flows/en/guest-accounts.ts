import type { FlowTranslation } from '../../src/engine';

/** English of flows/guest-accounts.ts. */
const english: FlowTranslation = {
  flow: {
    'Créer un ou plusieurs comptes invités': 'Create one or more guest accounts',
    'Donner un accès temporaire à un visiteur depuis l’ENT, ou à plusieurs invités à la fois pour un événement.':
      'Give a visitor temporary access from the ENT, or give several guests access at once for an event.',
  },
  keywords: [
    'guest account',
    'guest',
    'visitor',
    'visitor account',
    'ENT',
    'UM-NET',
    'conference',
    'symposium',
    'seminar',
    'congress',
    'event',
    'external speaker',
    'guest speaker',
    'temporary account',
    'temporary access',
  ],
  // Like the French, « wifi » alone stays out of the keywords: it must still find the network flow first.
  symptoms: ['guest wifi', 'wifi access for a visitor', 'welcoming guests', 'hosting visitors'],
  states: {
    staffAccount: {
      'Êtes-vous membre du personnel de l’UM, avec un compte informatique actif ?':
        'Are you a member of UM staff with an active IT account?',
      'Seuls les membres du personnel de l’UM dont le compte est actif peuvent créer des comptes invités.':
        'Only UM staff whose account is active can create guest accounts.',
      'Membre du personnel UM avec un compte actif': 'Member of UM staff with an active account',
      Oui: 'Yes',
      oui: 'yes',
      Non: 'No',
    },
    askYourContact: {
      'Demandez à votre contact à l’UM de créer le compte':
        'Ask your contact at UM to create the account',
      'Seuls les membres du personnel de l’UM avec un compte actif peuvent créer des comptes invités, depuis l’ENT.':
        'Only UM staff with an active account can create guest accounts. They do it in the ENT (the university’s digital workspace).',
      'Demandez à la personne de l’UM avec qui vous travaillez (celle qui vous accueille) de créer le compte invité pour vous.':
        'Ask the person at UM you work with (the person hosting you) to create the guest account for you.',
    },
    howMany: {
      'Combien de comptes invités voulez-vous créer ?':
        'How many guest accounts do you want to create?',
      'Nombre de comptes invités': 'Number of guest accounts',
      'Un seul': 'Just one',
      'un seul': 'just one',
      'Plusieurs à la fois': 'Several at once',
      'plusieurs à la fois': 'several at once',
    },
    createOne: {
      'Créez le compte invité depuis l’ENT': 'Create the guest account in the ENT',
      'Vous pouvez créer vous-même le compte invité, en quelques clics.':
        'You can create the guest account yourself, in a few clicks.',
      'Connectez-vous à l’ENT.': 'Log in to the ENT (the university’s digital workspace).',
      'Accédez au menu « Outils ».': 'Go to the « Outils » (Tools) menu.',
      'Sélectionnez « Compte Invité » et suivez les instructions.':
        'Select « Compte Invité » (Guest account) and follow the instructions.',
      'Le compte invité est-il créé ?': 'Has the guest account been created?',
      'Compte invité créé via l’ENT (« Outils » → « Compte Invité »)':
        'Guest account created in the ENT (« Outils » → « Compte Invité »)',
      'Oui, le compte est créé': 'Yes, the account is created',
      'Non, ça ne fonctionne pas': 'No, it doesn’t work',
      'non, la création a échoué': 'no, creating it failed',
    },
    guestCreated: {
      'Le compte invité est créé': 'The guest account is created',
      'Vous n’avez rien d’autre à faire.': 'You do not need to do anything else.',
      'La prochaine fois que vous accueillez plusieurs invités, une seule demande dans le catalogue de services du Centre de Services suffit pour tous leurs comptes.':
        'Next time you host several guests, one request in the service catalogue of the Centre de Services (the DSIN’s IT service desk) is enough for all their accounts.',
    },
    whatWentWrong: {
      'Décrivez ce qui n’a pas fonctionné': 'Describe what did not work',
      'Qu’est-ce qui n’a pas fonctionné ?': 'What did not work?',
      'L’étape où vous êtes bloqué (connexion à l’ENT, menu « Outils », « Compte Invité »…) et le message d’erreur exact s’il y en a un.':
        'The step where you are stuck (logging in to the ENT, the « Outils » (Tools) menu, « Compte Invité » (Guest account)…) and the exact error message, if there is one.',
      'Décrivez en quelques mots ce qui n’a pas fonctionné.':
        'Describe in a few words what did not work.',
      Continuer: 'Continue',
    },
    oneTicket: {
      'Votre demande est prête : copiez-la puis déposez-la dans le Centre de Services':
        'Your request is ready: copy it, then submit it in the Centre de Services (the DSIN’s IT service desk)',
      'Impossible de créer un compte invité depuis l’ENT':
        'Cannot create a guest account in the ENT',
    },
    severalRequest: {
      'Demandez les comptes dans le catalogue de services':
        'Request the accounts in the service catalogue',
      'Plusieurs comptes invités se demandent en une fois au Centre de Services, depuis l’ENT. L’étape suivante prépare le texte de votre demande.':
        'You request several guest accounts at once from the Centre de Services (the DSIN’s IT service desk), through the ENT (the university’s digital workspace). The next step prepares the text of your request.',
      'Connectez-vous à l’ENT.': 'Log in to the ENT.',
      'Accédez à la section « Assistance ».': 'Go to the « Assistance » (Support) section.',
      'Rendez-vous dans le catalogue de services du Centre de Services.':
        'Open the service catalogue of the Centre de Services.',
      'Sélectionnez la catégorie « Informatique et Numérique », puis « Accès au réseau « ouvert » Wifi : UM-NET ».':
        'Select the category « Informatique et Numérique » (IT and digital), then « Accès au réseau « ouvert » Wifi : UM-NET » (Access to the “open” Wi-Fi network: UM-NET).',
      'Collez dans la demande le texte préparé ici, puis soumettez-la.':
        'Paste the text prepared here into the request, then submit it.',
      'Préparons le texte de votre demande.': 'Let’s prepare the text of your request.',
      'Préparer le texte de la demande': 'Prepare the request text',
    },
    guestDetails: {
      'Préparez votre demande': 'Prepare your request',
      'Ces informations permettent de créer les comptes pour la bonne période.':
        'With this information, the accounts can be created for the right period.',
      'Nombre d’invités': 'Number of guests',
      'Un nombre entier, de 2 à 999.': 'A whole number, from 2 to 999.',
      'Indiquez le nombre d’invités, par exemple 25.':
        'Enter the number of guests, for example 25.',
      'Indiquez en chiffres un nombre entier d’invités entre 2 et 999, par exemple 25.':
        'Enter the number of guests in figures, as a whole number between 2 and 999, for example 25.',
      'À partir de quand les invités ont-ils besoin d’un accès ?':
        'From what date do the guests need access?',
      'Indiquez la date à partir de laquelle les invités ont besoin d’un accès.':
        'Enter the date from which the guests need access.',
      'Jusqu’à quand ?': 'Until when?',
      'Le dernier jour où les invités ont besoin de leur accès.':
        'The last day the guests need their access.',
      'Indiquez jusqu’à quand les invités ont besoin d’un accès.':
        'Enter the date until which the guests need access.',
      'Pour quoi faire ?': 'What is it for?',
      'Par exemple : colloque, jury, formation, visite d’une délégation.':
        'For example: conference, examination board, training course, visit from a delegation.',
      'Indiquez en quelques mots pourquoi les invités ont besoin d’un accès.':
        'Say in a few words why the guests need access.',
      'Nom de l’événement (facultatif)': 'Name of the event (optional)',
      'La fin de l’accès ne peut pas être avant son début : indiquez le même jour ou une date après.':
        'Access cannot end before it starts: enter the same day or a later date.',
      Continuer: 'Continue',
    },
    guestRequest: {
      'Votre demande est prête : copiez-la puis déposez-la dans le catalogue de services':
        'Your request is ready: copy it, then submit it in the service catalogue',
      'Avec ces informations, les comptes de vos invités sont créés pour la bonne période.':
        'With this information, your guests’ accounts are created for the right period.',
      'Création de {guestCount} comptes invités': 'Create {guestCount} guest accounts',
    },
  },
};
export default english;
