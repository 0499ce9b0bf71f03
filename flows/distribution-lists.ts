import { flowSetup, setup } from '../src/engine';

/**
 * « Création de listes de diffusion » in the FAQ: lists are requested from the DSIN in the
 * Catalogue de services; there is no generic e-mail account, only a list; a late request is
 * checked in the Centre de Services before contacting the assistance.
 */
export default setup(flowSetup).createMachine({
  id: 'distribution-lists',
  context: { fields: {} },
  meta: {
    kind: 'flow',
    title: 'Créer une liste de diffusion',
    description:
      'Obtenir une liste de diffusion ou une adresse e-mail partagée par plusieurs personnes, ou suivre une création en attente.',
    category: 'Messagerie',
    keywords: [
      'liste de diffusion',
      'adresse générique',
      'e-mail générique',
      'compte générique',
      'adresse partagée',
      'mailing list',
      'liste de distribution',
      'boîte fonctionnelle',
      'boîte mail partagée',
      'courriel',
    ],
    symptoms: [
      'écrire à toute une équipe',
      'adresse e-mail commune',
      'une adresse pour le service',
      'ma liste tarde',
    ],
  },
  initial: 'need',
  states: {
    need: {
      meta: { kind: 'question', prompt: 'De quoi avez-vous besoin ?', summaryLabel: 'Besoin' },
      on: {
        CREATE_LIST: { target: 'createList', meta: { label: 'Créer une liste de diffusion' } },
        GENERIC_ADDRESS: {
          target: 'genericAddress',
          meta: { label: 'Une adresse e-mail générique (partagée)' },
        },
        LATE_REQUEST: {
          target: 'lateRequest',
          meta: { label: 'Ma demande de liste tarde à être traitée' },
        },
      },
    },
    genericAddress: {
      meta: {
        kind: 'question',
        prompt: 'Une liste de diffusion vous conviendrait-elle ?',
        help: 'Il n’existe pas de compte générique pour les e-mails. La seule possibilité est une liste de diffusion : les e-mails envoyés à une adresse unique sont redirigés vers plusieurs destinataires.',
        summaryLabel: 'Pas de compte générique : une liste de diffusion à la place',
      },
      on: {
        CREATE_LIST: {
          target: 'createList',
          meta: { label: 'Créer une liste de diffusion', summary: 'oui' },
        },
        NO_THANKS: { target: 'noGenericAccount', meta: { label: 'Non merci' } },
      },
    },
    noGenericAccount: {
      type: 'final',
      meta: {
        kind: 'resolution',
        title: 'Il n’existe pas de compte e-mail générique',
        body: [
          'Une adresse partagée ne peut être obtenue que sous la forme d’une liste de diffusion.',
          'Si vous changez d’avis, demandez-la dans le Catalogue de services, entrée « Création de listes de diffusion ».',
        ],
      },
    },
    createList: {
      meta: {
        kind: 'instructions',
        title: 'Demandez la liste dans le Catalogue de services',
        intro:
          'La gestion des listes de diffusion est assurée par la DSIN : la demande se fait dans le Catalogue de services.',
        steps: [
          'Accédez au Catalogue de services.',
          'Sélectionnez l’entrée « Création de listes de diffusion ».',
          'Fournissez les informations demandées dans le formulaire : l’étape suivante les prépare pour vous.',
        ],
        prompt: 'Préparons les informations du formulaire.',
      },
      on: {
        PREPARE: { target: 'listDetails', meta: { label: 'Préparer les informations' } },
      },
    },
    listDetails: {
      meta: {
        kind: 'form',
        title: 'Préparez les informations de la liste',
        intro: 'Le formulaire « Création de listes de diffusion » vous demandera ces informations.',
        fields: [
          {
            name: 'listName',
            label: 'Nom de la liste',
            hint: 'Par exemple le nom de l’équipe, du service ou du projet.',
            type: 'text',
            required: true,
            requiredMessage: 'Indiquez le nom souhaité pour la liste.',
            maxLength: 100,
          },
          {
            name: 'recipients',
            label: 'Destinataires ou groupes à inclure',
            hint: 'Les adresses e-mail des personnes, ou les groupes (service, équipe, promotion…).',
            type: 'textarea',
            required: true,
            requiredMessage: 'Indiquez les destinataires ou les groupes à inclure dans la liste.',
          },
          {
            name: 'purpose',
            label: 'But de la liste',
            hint: 'À quoi servira la liste, et qui y écrira.',
            type: 'textarea',
            required: true,
            requiredMessage: 'Indiquez à quoi servira la liste.',
          },
          {
            name: 'otherInfo',
            label: 'Autres informations (facultatif)',
            hint: 'Toute autre information demandée par le formulaire.',
            type: 'textarea',
            required: false,
          },
        ],
        submitLabel: 'Continuer',
      },
      on: { SUBMIT: { target: 'listRequest', actions: 'saveFields' } },
    },
    listRequest: {
      type: 'final',
      meta: {
        kind: 'ticket',
        title:
          'Votre demande est prête : copiez-la puis reportez-la dans le formulaire « Création de listes de diffusion »',
        intro:
          'Le formulaire « Création de listes de diffusion » du Catalogue de services vous demandera ces informations.',
        whatNext: [
          'La DSIN crée la liste. Le délai dépend de sa charge de travail : votre demande est traitée dans les plus brefs délais.',
        ],
        target: { catalogueEntry: 'Création de listes de diffusion' },
        ticketTitle: 'Création de la liste de diffusion {listName}',
        fields: ['listName', 'recipients', 'purpose', 'otherInfo'],
        answers: ['need', 'genericAddress'],
      },
    },
    lateRequest: {
      meta: {
        kind: 'instructions',
        title: 'Vérifiez où en est votre demande',
        intro:
          'Le délai dépend de la charge de travail de la DSIN. Une fois soumise, votre demande est traitée dans les plus brefs délais.',
        steps: [
          'Connectez-vous au Centre de Services.',
          'Retrouvez votre demande « Création de listes de diffusion ».',
          'Vérifiez son statut.',
        ],
        prompt: 'Votre demande est-elle toujours en attente ?',
        summaryLabel: 'Statut vérifié dans le Centre de Services',
      },
      on: {
        CONTACT_ASSISTANCE: {
          target: 'lateDetails',
          meta: {
            label: 'Oui, je veux contacter l’assistance',
            summary: 'toujours en attente',
          },
        },
        WAIT: { target: 'willWait', meta: { label: 'Je vais attendre' } },
      },
    },
    willWait: {
      type: 'final',
      meta: {
        kind: 'resolution',
        title: 'Votre demande suit son cours',
        body: [
          'Le délai dépend de la charge de travail de la DSIN : votre demande sera traitée dans les plus brefs délais.',
          'Vous pouvez vérifier son statut à tout moment dans le Centre de Services.',
        ],
      },
    },
    lateDetails: {
      meta: {
        kind: 'form',
        title: 'Précisez la demande en attente',
        fields: [
          {
            name: 'requestDate',
            label: 'Quand avez-vous fait la demande ?',
            ticketLabel: 'Date de la demande',
            hint: 'Une réponse approximative suffit.',
            type: 'date',
            approximate: true,
            required: true,
            requiredMessage: 'Indiquez quand vous avez fait la demande.',
          },
          {
            name: 'requestedList',
            label: 'Nom de la liste demandée',
            type: 'text',
            required: true,
            requiredMessage: 'Indiquez le nom de la liste demandée.',
            maxLength: 100,
          },
          {
            name: 'requestNumber',
            label: 'Numéro de la demande (facultatif)',
            hint: 'Tel qu’il s’affiche dans le Centre de Services.',
            type: 'text',
            required: false,
            maxLength: 30,
          },
        ],
        submitLabel: 'Continuer',
      },
      on: { SUBMIT: { target: 'lateTicket', actions: 'saveFields' } },
    },
    lateTicket: {
      type: 'final',
      meta: {
        kind: 'ticket',
        title: 'Votre message est prêt : copiez-le puis déposez-le dans le Centre de Services',
        intro: 'L’assistance retrouvera votre demande de liste à partir de ces informations.',
        ticketTitle: 'Demande de liste de diffusion en attente — {requestedList}',
        fields: ['requestedList', 'requestDate', 'requestNumber'],
        answers: ['lateRequest'],
      },
    },
  },
});
