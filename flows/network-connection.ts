import { flowSetup, setup } from '../src/engine';

/**
 * « Problème connexion réseau » in the FAQ: check the cable or the Wi-Fi first,
 * then collect what the Centre de Services needs to act without calling back.
 */
export default setup(flowSetup).createMachine({
  id: 'network-connection',
  context: { fields: {} },
  meta: {
    kind: 'flow',
    title: 'Problème de connexion réseau',
    description: "Pas d'internet ou de réseau, par câble Ethernet ou en Wi-Fi.",
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
    ],
    symptoms: [
      "pas d'internet",
      'pas de réseau',
      'plus de connexion',
      'site inaccessible',
      'déconnecté',
    ],
  },
  initial: 'connectionType',
  states: {
    connectionType: {
      meta: {
        kind: 'question',
        prompt: 'Comment votre ordinateur est-il relié au réseau ?',
        help: "Un câble Ethernet relie l'ordinateur (ou sa station d'accueil) à une prise murale.",
        summaryLabel: 'Type de connexion',
      },
      on: {
        WIRED: {
          target: 'checkCable',
          meta: { label: 'Par un câble Ethernet', summary: 'filaire (câble Ethernet)' },
        },
        WIFI: { target: 'checkWifi', meta: { label: 'En Wi-Fi', summary: 'Wi-Fi' } },
      },
    },
    checkCable: {
      meta: {
        kind: 'instructions',
        title: 'Vérifiez le câble Ethernet',
        intro:
          'Avant de créer un ticket, vérifiez que le câble Ethernet est correctement branché entre votre ordinateur et la prise murale.',
        steps: [
          "Suivez le câble depuis votre ordinateur (ou depuis la station d'accueil d'un PC portable) jusqu'à la prise murale.",
          "Débranchez-le puis rebranchez-le côté ordinateur, jusqu'au déclic.",
          'Faites de même côté prise murale.',
          'Attendez une minute, puis essayez d’ouvrir une page web.',
        ],
        prompt: 'La connexion fonctionne-t-elle maintenant ?',
        summaryLabel: 'Câble Ethernet vérifié',
      },
      on: {
        FIXED: { target: 'resolved', meta: { label: 'Oui, ça fonctionne' } },
        STILL_FAILING: {
          target: 'wiredDetails',
          meta: { label: 'Non, toujours pas de connexion', summary: 'oui, le problème persiste' },
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
          "Si ce n'est pas le cas, sélectionnez le bon réseau et connectez-vous.",
        ],
        prompt: 'La connexion fonctionne-t-elle maintenant ?',
        summaryLabel: 'Wi-Fi activé et bon réseau vérifiés',
      },
      on: {
        FIXED: { target: 'resolved', meta: { label: 'Oui, ça fonctionne' } },
        STILL_FAILING: {
          target: 'wifiDetails',
          meta: { label: 'Non, toujours pas de connexion', summary: 'oui, le problème persiste' },
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
            hint: 'Il est inscrit sur la prise murale où est branché votre câble.',
            type: 'text',
            required: true,
            requiredMessage: 'Indiquez le numéro inscrit sur la prise murale.',
            maxLength: 30,
            pattern: {
              regex: '^[A-Za-z0-9][A-Za-z0-9 ./_-]*$',
              message:
                'Le numéro de prise ne contient que des lettres, des chiffres, des espaces, des tirets, des points ou des barres obliques.',
            },
          },
          {
            name: 'workingSocket',
            label: 'Numéro d’une prise qui fonctionne dans le même bureau (facultatif)',
            hint: "Si possible, la prise réseau d'un collègue de votre bureau dont la connexion fonctionne.",
            type: 'text',
            required: false,
            maxLength: 30,
            pattern: {
              regex: '^[A-Za-z0-9][A-Za-z0-9 ./_-]*$',
              message:
                'Le numéro de prise ne contient que des lettres, des chiffres, des espaces, des tirets, des points ou des barres obliques.',
            },
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
            name: 'pcName',
            label: 'Nom du PC',
            hint: "Il est inscrit sur l'étiquette jaune ou bleue collée sur l'ordinateur.",
            type: 'text',
            required: true,
            requiredMessage: "Indiquez le nom du PC inscrit sur l'étiquette jaune ou bleue.",
            maxLength: 64,
          },
          {
            name: 'dockingStation',
            label: 'Où le câble est-il branché quand le problème se produit ?',
            hint: "Pour un PC portable : sur la station d'accueil, ou directement sur le PC.",
            type: 'choice',
            required: true,
            requiredMessage: 'Indiquez où le câble est branché quand le problème se produit.',
            options: [
              { value: 'dockingStation', label: "Sur la station d'accueil (PC portable)" },
              { value: 'directly', label: 'Directement sur le PC portable' },
              { value: 'both', label: 'Dans les deux cas (PC portable)' },
              { value: 'desktop', label: "Sur un PC fixe (pas de station d'accueil)" },
            ],
          },
        ],
        submitLabel: 'Continuer',
      },
      on: { SUBMIT: { target: 'wiredTicket', actions: 'saveFields' } },
    },
    wifiDetails: {
      meta: {
        kind: 'form',
        title: 'Décrivez le problème pour le Centre de Services',
        intro:
          'Ces informations permettent au support technique de comprendre la situation et d’en trouver la cause.',
        fields: [
          {
            name: 'wifiNetwork',
            label: 'Nom du réseau Wi-Fi (facultatif)',
            hint: 'Tel qu’il s’affiche dans la liste des réseaux Wi-Fi.',
            type: 'text',
            required: false,
            maxLength: 64,
          },
          {
            name: 'location',
            label: 'Lieu (facultatif)',
            hint: 'Bâtiment, étage et bureau où le Wi-Fi ne fonctionne pas.',
            type: 'text',
            required: false,
            maxLength: 120,
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
            name: 'pcName',
            label: 'Nom du PC',
            hint: "Il est inscrit sur l'étiquette jaune ou bleue collée sur l'ordinateur.",
            type: 'text',
            required: true,
            requiredMessage: "Indiquez le nom du PC inscrit sur l'étiquette jaune ou bleue.",
            maxLength: 64,
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
        body: [
          'Le problème venait du branchement ou du réglage de la connexion. Vous n’avez rien d’autre à faire.',
        ],
      },
    },
    wiredTicket: {
      type: 'final',
      meta: {
        kind: 'ticket',
        title: 'Vérifiez votre demande avant de l’envoyer',
        intro: 'Créez un ticket dans le Centre de Services et collez-y ce résumé.',
        target: { category: 'Informatique et Numérique' },
        ticketTitle: 'Problème de connexion réseau filaire — prise {socketNumber}, PC {pcName}',
        fields: ['socketNumber', 'workingSocket', 'since', 'pcName', 'dockingStation'],
        answers: ['connectionType', 'checkCable'],
      },
    },
    wifiTicket: {
      type: 'final',
      meta: {
        kind: 'ticket',
        title: 'Vérifiez votre demande avant de l’envoyer',
        intro: 'Créez un ticket dans le Centre de Services et collez-y ce résumé.',
        target: { category: 'Informatique et Numérique' },
        ticketTitle: 'Problème de connexion Wi-Fi — PC {pcName}',
        fields: ['wifiNetwork', 'location', 'since', 'pcName'],
        answers: ['connectionType', 'checkWifi'],
      },
    },
  },
});
