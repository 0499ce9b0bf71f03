import { flowSetup, setup } from '../src/engine';

/**
 * Guest accounts in the FAQ: UM staff with an active account create one from the ENT
 * (« Outils » → « Compte Invité »); several at once are requested in the catalogue of the
 * Centre de Services, with a pre-filled request to paste.
 */
export default setup(flowSetup).createMachine({
  id: 'guest-accounts',
  context: { fields: {} },
  meta: {
    kind: 'flow',
    title: 'Créer un ou plusieurs comptes invités',
    description:
      'Donner un accès temporaire à un visiteur depuis l’ENT, ou à plusieurs invités à la fois pour un événement.',
    category: 'Comptes et accès',
    keywords: [
      'compte invité',
      'invité',
      'visiteur',
      'ENT',
      'UM-NET',
      'colloque',
      'conférence',
      'séminaire',
      'congrès',
      'intervenant extérieur',
      'compte temporaire',
    ],
    // « wifi » stays out of the keywords: alone, it must still find the network flow first.
    symptoms: ['wifi invité', 'accès wifi pour un visiteur', 'accueillir des invités'],
  },
  initial: 'staffAccount',
  states: {
    staffAccount: {
      meta: {
        kind: 'question',
        prompt: 'Êtes-vous membre du personnel de l’UM, avec un compte informatique actif ?',
        help: 'Seuls les membres du personnel de l’UM dont le compte est actif peuvent créer des comptes invités.',
        summaryLabel: 'Membre du personnel UM avec un compte actif',
      },
      on: {
        STAFF: { target: 'howMany', meta: { label: 'Oui', summary: 'oui' } },
        NOT_STAFF: { target: 'askYourContact', meta: { label: 'Non' } },
      },
    },
    askYourContact: {
      type: 'final',
      meta: {
        kind: 'resolution',
        title: 'Demandez à votre contact à l’UM de créer le compte',
        body: [
          'Seuls les membres du personnel de l’UM avec un compte actif peuvent créer des comptes invités, depuis l’ENT.',
          'Demandez à la personne de l’UM avec qui vous travaillez (celle qui vous accueille) de créer le compte invité pour vous.',
        ],
      },
    },
    howMany: {
      meta: {
        kind: 'question',
        prompt: 'Combien de comptes invités voulez-vous créer ?',
        summaryLabel: 'Nombre de comptes invités',
      },
      on: {
        ONE: { target: 'createOne', meta: { label: 'Un seul', summary: 'un seul' } },
        SEVERAL: {
          target: 'severalRequest',
          meta: { label: 'Plusieurs à la fois', summary: 'plusieurs à la fois' },
        },
      },
    },
    createOne: {
      meta: {
        kind: 'instructions',
        title: 'Créez le compte invité depuis l’ENT',
        intro: 'Vous pouvez créer vous-même le compte invité, en quelques clics.',
        steps: [
          'Connectez-vous à l’ENT.',
          'Accédez au menu « Outils ».',
          'Sélectionnez « Compte Invité » et suivez les instructions.',
        ],
        prompt: 'Le compte invité est-il créé ?',
        summaryLabel: 'Compte invité créé via l’ENT (« Outils » → « Compte Invité »)',
      },
      on: {
        CREATED: { target: 'guestCreated', meta: { label: 'Oui, le compte est créé' } },
        FAILED: {
          target: 'whatWentWrong',
          meta: { label: 'Non, ça ne fonctionne pas', summary: 'non, la création a échoué' },
        },
      },
    },
    guestCreated: {
      type: 'final',
      meta: {
        kind: 'resolution',
        title: 'Le compte invité est créé',
        body: [
          'Vous n’avez rien d’autre à faire.',
          'La prochaine fois que vous accueillez plusieurs invités, une seule demande dans le catalogue de services du Centre de Services suffit pour tous leurs comptes.',
        ],
      },
    },
    whatWentWrong: {
      meta: {
        kind: 'form',
        title: 'Décrivez ce qui n’a pas fonctionné',
        fields: [
          {
            name: 'problem',
            label: 'Qu’est-ce qui n’a pas fonctionné ?',
            ticketLabel: 'Ce qui n’a pas fonctionné',
            hint: 'L’étape où vous êtes bloqué (connexion à l’ENT, menu « Outils », « Compte Invité »…) et le message d’erreur exact s’il y en a un.',
            type: 'textarea',
            required: true,
            requiredMessage: 'Décrivez en quelques mots ce qui n’a pas fonctionné.',
          },
        ],
        submitLabel: 'Continuer',
      },
      on: { SUBMIT: { target: 'oneTicket', actions: 'saveFields' } },
    },
    oneTicket: {
      type: 'final',
      meta: {
        kind: 'ticket',
        title: 'Votre demande est prête : copiez-la puis déposez-la dans le Centre de Services',
        ticketTitle: 'Impossible de créer un compte invité depuis l’ENT',
        fields: ['problem'],
        answers: ['staffAccount', 'createOne'],
      },
    },
    severalRequest: {
      meta: {
        kind: 'instructions',
        title: 'Demandez les comptes dans le catalogue de services',
        intro:
          'Plusieurs comptes invités se demandent en une fois au Centre de Services, depuis l’ENT. L’étape suivante prépare le texte de votre demande.',
        steps: [
          'Connectez-vous à l’ENT.',
          'Accédez à la section « Assistance ».',
          'Rendez-vous dans le catalogue de services du Centre de Services.',
          'Sélectionnez la catégorie « Informatique et Numérique », puis « Accès au réseau « ouvert » Wifi : UM-NET ».',
          'Collez dans la demande le texte préparé ici, puis soumettez-la.',
        ],
        prompt: 'Préparons le texte de votre demande.',
      },
      on: {
        PREPARE: { target: 'guestDetails', meta: { label: 'Préparer le texte de la demande' } },
      },
    },
    guestDetails: {
      meta: {
        kind: 'form',
        title: 'Préparez votre demande',
        intro: 'Ces informations permettent de créer les comptes pour la bonne période.',
        fields: [
          {
            name: 'guestCount',
            label: 'Nombre d’invités',
            hint: 'Un nombre entier, de 2 à 999.',
            type: 'text',
            required: true,
            requiredMessage: 'Indiquez le nombre d’invités, par exemple 25.',
            pattern: {
              regex: '^([2-9]|[1-9][0-9]{1,2})$',
              message:
                'Indiquez en chiffres un nombre entier d’invités entre 2 et 999, par exemple 25.',
            },
          },
          {
            name: 'startDate',
            label: 'À partir de quand les invités ont-ils besoin d’un accès ?',
            ticketLabel: 'Début de l’accès',
            type: 'date',
            notBeforeToday: true,
            required: true,
            requiredMessage:
              'Indiquez la date à partir de laquelle les invités ont besoin d’un accès.',
          },
          {
            name: 'endDate',
            label: 'Jusqu’à quand ?',
            ticketLabel: 'Fin de l’accès',
            hint: 'Le dernier jour où les invités ont besoin de leur accès.',
            type: 'date',
            required: true,
            requiredMessage: 'Indiquez jusqu’à quand les invités ont besoin d’un accès.',
          },
          {
            name: 'purpose',
            label: 'Pour quoi faire ?',
            ticketLabel: 'Motif',
            hint: 'Par exemple : colloque, jury, formation, visite d’une délégation.',
            type: 'textarea',
            required: true,
            requiredMessage:
              'Indiquez en quelques mots pourquoi les invités ont besoin d’un accès.',
          },
          {
            name: 'eventName',
            label: 'Nom de l’événement (facultatif)',
            type: 'text',
            required: false,
            maxLength: 120,
          },
        ],
        rules: [
          {
            field: 'endDate',
            notBefore: 'startDate',
            message:
              'La fin de l’accès ne peut pas être avant son début : indiquez le même jour ou une date après.',
          },
        ],
        submitLabel: 'Continuer',
      },
      on: { SUBMIT: { target: 'guestRequest', actions: 'saveFields' } },
    },
    guestRequest: {
      type: 'final',
      meta: {
        kind: 'ticket',
        title: 'Votre demande est prête : copiez-la puis déposez-la dans le catalogue de services',
        intro:
          'Avec ces informations, les comptes de vos invités sont créés pour la bonne période.',
        target: {
          catalogueEntry: 'Accès au réseau « ouvert » Wifi : UM-NET',
          category: 'Informatique et Numérique',
        },
        ticketTitle: 'Création de {guestCount} comptes invités',
        fields: ['guestCount', 'startDate', 'endDate', 'purpose', 'eventName'],
        answers: ['staffAccount'],
      },
    },
  },
});
