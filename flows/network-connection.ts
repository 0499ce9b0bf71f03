import { flowSetup, setup } from '../src/engine';

/**
 * « Problème connexion réseau » in the FAQ: check the cable or the Wi-Fi first, then collect
 * what the FAQ lists for the ticket, and what the agent would otherwise call back for: where
 * the person is, which device, and how to reach them.
 */
export default setup(flowSetup).createMachine({
  id: 'network-connection',
  context: { fields: {} },
  meta: {
    kind: 'flow',
    title: 'Problème de connexion réseau',
    description: 'Pas d’internet ou de réseau, par câble Ethernet ou en Wi-Fi.',
    category: 'Réseau et Wi-Fi',
    keywords: [
      'réseau',
      'internet',
      'câble',
      'Ethernet',
      'Wi-Fi',
      'wifi',
      'connexion',
      'prise réseau',
      'eduroam',
      'filaire',
    ],
    symptoms: [
      'pas d’internet',
      'pas de réseau',
      'plus de connexion',
      'site inaccessible',
      'déconnecté',
      'le wifi ne marche pas',
      'internet coupé',
    ],
  },
  initial: 'connectionType',
  states: {
    connectionType: {
      meta: {
        kind: 'question',
        prompt: 'Comment votre ordinateur est-il relié au réseau ?',
        help: 'Un câble Ethernet relie l’ordinateur (ou sa station d’accueil) à une prise murale.',
        summaryLabel: 'Type de connexion',
      },
      on: {
        WIRED: {
          target: 'checkCable',
          meta: { label: 'Par un câble Ethernet', summary: 'filaire (câble Ethernet)' },
        },
        WIFI: {
          target: 'checkWifi',
          meta: { label: 'En Wi-Fi', summary: 'Wi-Fi' },
        },
      },
    },
    checkCable: {
      meta: {
        kind: 'instructions',
        title: 'Vérifiez le câble Ethernet',
        intro:
          'Avant de créer un ticket, vérifiez que le câble Ethernet est correctement branché entre votre ordinateur et la prise murale.',
        steps: [
          'Suivez le câble depuis votre ordinateur (ou depuis la station d’accueil d’un PC portable) jusqu’à la prise murale.',
          'Débranchez-le puis rebranchez-le côté ordinateur, jusqu’au déclic.',
          'Faites de même côté prise murale.',
          'Attendez une minute, puis essayez d’ouvrir une page web.',
        ],
        prompt: 'La connexion fonctionne-t-elle maintenant ?',
        summaryLabel: 'Câble Ethernet vérifié et rebranché',
      },
      on: {
        FIXED: { target: 'resolved', meta: { label: 'Oui, ça fonctionne' } },
        STILL_FAILING: {
          target: 'wiredDetails',
          meta: {
            label: 'Non, toujours pas de connexion',
            summary: 'fait, toujours pas de connexion',
          },
        },
      },
    },
    checkWifi: {
      meta: {
        kind: 'instructions',
        title: 'Vérifiez votre connexion Wi-Fi',
        intro:
          'Avant de créer un ticket, vérifiez que le Wi-Fi est bien activé sur votre appareil et que vous êtes connecté au bon réseau Wi-Fi.',
        steps: [
          'Vérifiez que le Wi-Fi est activé sur votre appareil et que le mode avion est désactivé.',
          'Ouvrez la liste des réseaux Wi-Fi et vérifiez que vous êtes connecté au bon réseau.',
          'Si ce n’est pas le cas, sélectionnez le bon réseau et connectez-vous.',
        ],
        prompt: 'La connexion fonctionne-t-elle maintenant ?',
        summaryLabel: 'Wi-Fi activé et bon réseau vérifiés',
      },
      on: {
        FIXED: { target: 'resolved', meta: { label: 'Oui, ça fonctionne' } },
        STILL_FAILING: {
          target: 'wifiDevice',
          meta: {
            label: 'Non, toujours pas de connexion',
            summary: 'fait, toujours pas de connexion',
          },
        },
      },
    },
    wiredDetails: {
      meta: {
        kind: 'form',
        title: 'Décrivez le problème pour le Centre de Services',
        intro:
          'Ces informations permettent au support technique de comprendre la situation et d’en trouver la cause.',
        fields: [
          {
            name: 'socketNumber',
            label: 'Numéro de la prise réseau utilisée',
            ticketLabel: 'Prise utilisée',
            hint: 'Il est inscrit sur la prise murale où est branché votre câble.',
            type: 'text',
            required: true,
            requiredMessage: 'Indiquez le numéro inscrit sur la prise murale.',
            maxLength: 30,
          },
          {
            name: 'workingSocket',
            label: 'Numéro d’une prise qui fonctionne dans le même bureau (facultatif)',
            ticketLabel: 'Prise qui fonctionne dans le même bureau',
            hint: 'Si possible, la prise réseau d’un collègue de votre bureau dont la connexion fonctionne.',
            type: 'text',
            required: false,
            maxLength: 30,
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
            name: 'pcName',
            label: 'Nom du PC',
            hint: 'Il est inscrit sur l’étiquette jaune ou bleue collée sur l’ordinateur.',
            type: 'text',
            required: true,
            requiredMessage: 'Indiquez le nom du PC inscrit sur l’étiquette jaune ou bleue.',
            maxLength: 64,
          },
          {
            name: 'dockingStation',
            label: 'Où le câble est-il branché quand le problème se produit ?',
            ticketLabel: 'Branchement',
            hint: 'Pour un PC portable : sur la station d’accueil, ou directement sur le PC.',
            type: 'choice',
            required: true,
            requiredMessage: 'Indiquez où le câble est branché quand le problème se produit.',
            options: [
              { value: 'dockingStation', label: 'Sur la station d’accueil (PC portable)' },
              { value: 'directly', label: 'Directement sur le PC portable' },
              { value: 'both', label: 'Dans les deux cas (PC portable)' },
              { value: 'desktop', label: 'Sur un PC fixe (pas de station d’accueil)' },
            ],
          },
        ],
        submitLabel: 'Continuer',
      },
      on: { SUBMIT: { target: 'officeKnown', actions: 'saveFields' } },
    },
    officeKnown: {
      meta: {
        kind: 'question',
        prompt: 'Votre bureau est-il à jour dans le Centre de Services ?',
        help: 'Le technicien qui se déplace lit votre site, votre bâtiment et votre étage dans vos « Préférences utilisateur » du Centre de Services, section « Localisation ».',
        summaryLabel: 'Localisation dans le Centre de Services',
      },
      on: {
        UP_TO_DATE: {
          target: 'wiredContact',
          meta: { label: 'Oui, elle est à jour', summary: 'à jour' },
        },
        NOT_UP_TO_DATE: {
          target: 'officeDetails',
          meta: { label: 'Non, ou j’ai changé de bureau', summary: 'pas à jour' },
        },
        DONT_KNOW: {
          target: 'officeDetails',
          meta: { label: 'Je ne sais pas', summary: 'ne sait pas' },
        },
      },
    },
    officeDetails: {
      meta: {
        kind: 'form',
        title: 'Où se trouve votre bureau ?',
        intro: 'Le technicien saura où venir si une intervention sur place est nécessaire.',
        fields: [
          {
            name: 'site',
            label: 'Site',
            hint: 'Par exemple « Triolet ».',
            type: 'text',
            required: true,
            requiredMessage: 'Indiquez le site où se trouve votre bureau.',
            maxLength: 80,
          },
          {
            name: 'building',
            label: 'Bâtiment',
            type: 'text',
            required: true,
            requiredMessage: 'Indiquez le bâtiment où se trouve votre bureau.',
            maxLength: 80,
          },
          {
            name: 'floor',
            label: 'Étage',
            type: 'text',
            required: true,
            requiredMessage: 'Indiquez l’étage de votre bureau.',
            maxLength: 40,
          },
          {
            name: 'room',
            label: 'Numéro ou nom du bureau',
            ticketLabel: 'Bureau',
            type: 'text',
            required: true,
            requiredMessage: 'Indiquez le numéro ou le nom de votre bureau.',
            maxLength: 60,
          },
        ],
        submitLabel: 'Continuer',
      },
      on: { SUBMIT: { target: 'wiredContact', actions: 'saveFields' } },
    },
    wifiDevice: {
      meta: {
        kind: 'question',
        prompt: 'Sur quel appareil le Wi-Fi ne fonctionne-t-il pas ?',
        summaryLabel: 'Appareil',
      },
      on: {
        UM_PC: {
          target: 'wifiDetails',
          actions: { type: 'setField', params: { field: 'device', value: 'umPc' } },
          meta: { label: 'Un ordinateur fourni par l’UM', summary: 'ordinateur de l’UM' },
        },
        PERSONAL_COMPUTER: {
          target: 'wifiDetails',
          actions: { type: 'setField', params: { field: 'device', value: 'personal' } },
          meta: { label: 'Un ordinateur personnel', summary: 'ordinateur personnel' },
        },
        PHONE_OR_TABLET: {
          target: 'wifiDetails',
          actions: { type: 'setField', params: { field: 'device', value: 'mobile' } },
          meta: { label: 'Un téléphone ou une tablette', summary: 'téléphone ou tablette' },
        },
      },
    },
    wifiDetails: {
      meta: {
        kind: 'form',
        title: 'Où et depuis quand le Wi-Fi ne fonctionne-t-il pas ?',
        intro:
          'Le lieu est ce dont l’équipe réseau a le plus besoin : le Wi-Fi dépend des bornes proches de vous.',
        fields: [
          {
            name: 'location',
            label: 'Lieu',
            hint: 'Site, bâtiment, étage et salle ou bureau où le Wi-Fi ne fonctionne pas.',
            type: 'text',
            required: true,
            requiredMessage:
              'Indiquez où le Wi-Fi ne fonctionne pas : site, bâtiment, étage, salle.',
            maxLength: 120,
          },
          {
            name: 'wifiNetwork',
            label: 'Nom du réseau Wi-Fi (facultatif)',
            ticketLabel: 'Réseau Wi-Fi',
            hint: 'Tel qu’il s’affiche dans la liste des réseaux Wi-Fi.',
            type: 'text',
            required: false,
            maxLength: 64,
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
        ],
        submitLabel: 'Continuer',
      },
      on: {
        SUBMIT: [
          {
            target: 'wifiPcName',
            guard: { type: 'fieldEquals', params: { field: 'device', value: 'umPc' } },
            actions: 'saveFields',
          },
          { target: 'wifiContact', actions: 'saveFields' },
        ],
      },
    },
    wifiPcName: {
      meta: {
        kind: 'form',
        title: 'Quel est le nom de l’ordinateur ?',
        fields: [
          {
            name: 'pcName',
            label: 'Nom du PC',
            hint: 'Il est inscrit sur l’étiquette jaune ou bleue collée sur l’ordinateur.',
            type: 'text',
            required: true,
            requiredMessage: 'Indiquez le nom du PC inscrit sur l’étiquette jaune ou bleue.',
            maxLength: 64,
          },
        ],
        submitLabel: 'Continuer',
      },
      on: { SUBMIT: { target: 'wifiContact', actions: 'saveFields' } },
    },
    wiredContact: {
      meta: {
        kind: 'form',
        title: 'Comment vous joindre ?',
        intro:
          'Si le support technique a une question ou doit passer vous voir, il vous contacte ainsi plutôt que d’attendre votre réponse au ticket.',
        fields: [
          {
            name: 'contactPhone',
            label: 'Numéro de téléphone (facultatif)',
            ticketLabel: 'Téléphone',
            hint: 'Par exemple 06 12 34 56 78 ou +33 6 12 34 56 78, ou votre numéro de poste interne à 4 ou 5 chiffres.',
            type: 'tel',
            required: false,
            extension: true,
          },
          {
            name: 'availability',
            label: 'Quand vous joindre ? (facultatif)',
            ticketLabel: 'Disponibilités',
            hint: 'Par exemple : le matin, ou le mardi et le jeudi après-midi.',
            type: 'text',
            required: false,
            maxLength: 120,
          },
        ],
        submitLabel: 'Continuer',
      },
      on: { SUBMIT: { target: 'wiredTicket', actions: 'saveFields' } },
    },
    wifiContact: {
      meta: {
        kind: 'form',
        title: 'Comment vous joindre ?',
        intro:
          'Si le support technique a une question ou doit passer vous voir, il vous contacte ainsi plutôt que d’attendre votre réponse au ticket.',
        fields: [
          {
            name: 'contactPhone',
            label: 'Numéro de téléphone (facultatif)',
            ticketLabel: 'Téléphone',
            hint: 'Par exemple 06 12 34 56 78 ou +33 6 12 34 56 78, ou votre numéro de poste interne à 4 ou 5 chiffres.',
            type: 'tel',
            required: false,
            extension: true,
          },
          {
            name: 'availability',
            label: 'Quand vous joindre ? (facultatif)',
            ticketLabel: 'Disponibilités',
            hint: 'Par exemple : le matin, ou le mardi et le jeudi après-midi.',
            type: 'text',
            required: false,
            maxLength: 120,
          },
        ],
        submitLabel: 'Continuer',
      },
      on: { SUBMIT: { target: 'wifiTicket', actions: 'saveFields' } },
    },
    resolved: {
      type: 'final',
      meta: {
        kind: 'resolution',
        title: 'Votre connexion fonctionne',
        solved: true,
        body: [
          'Le problème venait du branchement ou du réglage de la connexion. Vous n’avez rien d’autre à faire.',
        ],
      },
    },
    wiredTicket: {
      type: 'final',
      meta: {
        kind: 'ticket',
        title: 'Votre demande est prête : copiez-la puis déposez-la dans le Centre de Services',
        intro:
          'Vérifiez ces informations : avec elles, le support technique peut agir sans vous rappeler.',
        ticketTitle: 'Problème de connexion réseau filaire — prise {socketNumber}, PC {pcName}',
        fields: [
          'socketNumber',
          'workingSocket',
          'since',
          'pcName',
          'dockingStation',
          'site',
          'building',
          'floor',
          'room',
          'contactPhone',
          'availability',
        ],
        skippable: ['site', 'building', 'floor', 'room'],
        answers: ['connectionType', 'checkCable', 'officeKnown'],
      },
    },
    wifiTicket: {
      type: 'final',
      meta: {
        kind: 'ticket',
        title: 'Votre demande est prête : copiez-la puis déposez-la dans le Centre de Services',
        intro:
          'Vérifiez ces informations : avec elles, le support technique peut agir sans vous rappeler.',
        ticketTitle: 'Problème de connexion Wi-Fi — {location}',
        fields: ['location', 'wifiNetwork', 'since', 'pcName', 'contactPhone', 'availability'],
        skippable: ['pcName'],
        answers: ['connectionType', 'wifiDevice', 'checkWifi'],
      },
    },
  },
});
