import { flowSetup, setup } from '../src/engine';

/**
 * « Désolé, nous avons rencontré un problème » in Teams or another Office 365 application. The
 * FAQ says the problem is *often* linked to the account set-up on Windows 10 and re-associates the
 * UM account with Windows as a work or school account. Windows 10 is no longer supported since
 * October 2025, and Windows 11 has the same Paramètres → Comptes → Accès Professionnel ou Scolaire
 * path: every Windows user gets the FAQ's steps, with a way out when the menu cannot be found.
 * Only other systems go straight to a ticket.
 */

export default setup(flowSetup).createMachine({
  id: 'office365-reassociation',
  context: { fields: {} },
  meta: {
    kind: 'flow',
    title: 'Teams ou Office 365 : « Désolé, nous avons rencontré un problème »',
    description:
      'Réassociez votre compte UM à Windows pour que Teams et les applications Office 365 s’ouvrent de nouveau.',
    category: 'Office 365 et Teams',
    keywords: [
      'Teams',
      'Office 365',
      'Microsoft 365',
      'erreur',
      'Outlook',
      'Word',
      'Excel',
      'OneDrive',
      'PowerPoint',
      'O365',
      'Windows 10',
      'Windows 11',
      'compte professionnel ou scolaire',
      'réassocier le compte UM',
    ],
    symptoms: [
      'Désolé, nous avons rencontré un problème',
      'Teams ne s’ouvre plus',
      'message d’erreur au lancement de Teams',
      'Office affiche une erreur',
    ],
  },
  initial: 'whichSystem',
  states: {
    whichSystem: {
      meta: {
        kind: 'question',
        prompt: 'Quel système utilise l’ordinateur où le message s’affiche ?',
        help: 'Sous Windows 10 comme sous Windows 11, les étapes sont les mêmes.',
        summaryLabel: 'Système',
      },
      on: {
        WINDOWS: { target: 'openWorkAccounts', meta: { label: 'Windows', summary: 'Windows' } },
        MACOS: { target: 'otherSystemDetails', meta: { label: 'macOS (Mac)', summary: 'macOS' } },
        OTHER_SYSTEM: {
          target: 'otherSystemDetails',
          meta: { label: 'Un autre système', summary: 'autre système' },
        },
      },
    },
    openWorkAccounts: {
      meta: {
        kind: 'instructions',
        title: 'Retrouvez votre compte UM dans les paramètres de Windows',
        intro:
          'Ce message vient souvent de votre compte institutionnel UM : il n’est peut-être plus associé à Windows en tant que « compte professionnel ou scolaire ». Vérifiez-le.',
        steps: [
          'Ouvrez le menu « Démarrer » de Windows.',
          'Cliquez sur « Paramètres » (l’icône en forme de roue dentée).',
          'Cliquez sur « Comptes ».',
          'Cliquez sur « Accès Professionnel ou Scolaire ».',
          'Cherchez votre compte institutionnel UM dans la liste des comptes.',
        ],
        prompt: 'Votre compte UM figure-t-il dans la liste ?',
        summaryLabel: 'Compte UM dans « Accès Professionnel ou Scolaire »',
      },
      on: {
        LISTED: {
          target: 'removeAndReconnect',
          meta: { label: 'Oui, il est dans la liste', summary: 'présent dans la liste' },
        },
        NOT_LISTED: {
          target: 'connectAccount',
          meta: { label: 'Non, il n’y est pas', summary: 'absent de la liste' },
        },
        MENU_NOT_FOUND: {
          target: 'failureDetails',
          actions: { type: 'setField', params: { field: 'accountsMenu', value: 'notFound' } },
          meta: { label: 'Je ne trouve pas ce menu', summary: 'menu introuvable' },
        },
      },
    },
    removeAndReconnect: {
      meta: {
        kind: 'instructions',
        title: 'Supprimez puis réassociez votre compte UM',
        intro: 'Toujours dans « Accès Professionnel ou Scolaire » :',
        steps: [
          'Sélectionnez votre compte UM dans la liste.',
          'Cliquez sur « Supprimer ».',
          'Une fois le compte supprimé, cliquez sur « Se connecter ».',
          'Connectez-vous avec vos identifiants institutionnels : vos identifiants de messagerie UM.',
          'Suivez les instructions à l’écran pour réassocier votre compte à Windows.',
          'Fermez complètement Teams (ou l’application qui affichait le message), puis rouvrez-la.',
        ],
        prompt: 'L’application s’ouvre-t-elle maintenant sans le message d’erreur ?',
        summaryLabel: 'Compte UM supprimé puis réassocié à Windows',
      },
      on: {
        FIXED: { target: 'resolved', meta: { label: 'Oui, ça fonctionne' } },
        STILL_FAILING: {
          target: 'failureDetails',
          meta: {
            label: 'Non, le message s’affiche toujours',
            summary: 'fait, le message s’affiche toujours',
          },
        },
      },
    },
    connectAccount: {
      meta: {
        kind: 'instructions',
        title: 'Associez votre compte UM à Windows',
        intro: 'Toujours dans « Accès Professionnel ou Scolaire » :',
        steps: [
          'Cliquez sur « Se connecter ».',
          'Saisissez vos identifiants institutionnels : vos identifiants de messagerie UM.',
          'Suivez les instructions à l’écran pour terminer l’association de votre compte à Windows.',
          'Fermez complètement Teams (ou l’application qui affichait le message), puis rouvrez-la.',
        ],
        prompt: 'L’application s’ouvre-t-elle maintenant sans le message d’erreur ?',
        summaryLabel: 'Compte UM ajouté et associé à Windows',
      },
      on: {
        FIXED: { target: 'resolved', meta: { label: 'Oui, ça fonctionne' } },
        STILL_FAILING: {
          target: 'failureDetails',
          meta: {
            label: 'Non, le message s’affiche toujours',
            summary: 'fait, le message s’affiche toujours',
          },
        },
      },
    },
    failureDetails: {
      meta: {
        kind: 'form',
        title: 'Décrivez le problème pour le Centre de Services',
        intro: 'Ces informations permettent au support technique de reprendre là où vous en êtes.',
        fields: [
          {
            name: 'application',
            label: 'Application qui affiche le message',
            type: 'choice',
            required: true,
            requiredMessage: 'Choisissez l’application qui affiche le message.',
            options: [
              { value: 'teams', label: 'Teams' },
              { value: 'outlook', label: 'Outlook' },
              { value: 'word', label: 'Word' },
              { value: 'excel', label: 'Excel' },
              { value: 'powerPoint', label: 'PowerPoint' },
              { value: 'oneDrive', label: 'OneDrive' },
              { value: 'other', label: 'Une autre application' },
            ],
          },
          {
            name: 'windowsVersion',
            label: 'Version de Windows (facultatif)',
            hint: 'Si vous la connaissez : tapez « winver » dans la recherche de Windows, par exemple « Version 22H2 (build 19045.3803) ».',
            type: 'text',
            required: false,
            maxLength: 60,
          },
          {
            name: 'errorMessage',
            label: 'Message d’erreur affiché',
            hint: 'Recopiez-le exactement, mot pour mot, avec les codes d’erreur éventuels.',
            type: 'text',
            required: true,
            requiredMessage: 'Recopiez le message d’erreur affiché.',
            maxLength: 300,
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
        ],
        submitLabel: 'Continuer',
      },
      on: {
        SUBMIT: [
          {
            target: 'menuNotFoundTicket',
            guard: { type: 'fieldEquals', params: { field: 'accountsMenu', value: 'notFound' } },
            actions: 'saveFields',
          },
          { target: 'failureTicket', actions: 'saveFields' },
        ],
      },
    },
    otherSystemDetails: {
      meta: {
        kind: 'form',
        title: 'Décrivez le problème pour le Centre de Services',
        intro:
          'La réassociation du compte UM se fait dans les paramètres de Windows : sur un autre système, le support technique examinera votre cas.',
        fields: [
          {
            name: 'application',
            label: 'Application qui affiche le message',
            type: 'choice',
            required: true,
            requiredMessage: 'Choisissez l’application qui affiche le message.',
            options: [
              { value: 'teams', label: 'Teams' },
              { value: 'outlook', label: 'Outlook' },
              { value: 'word', label: 'Word' },
              { value: 'excel', label: 'Excel' },
              { value: 'powerPoint', label: 'PowerPoint' },
              { value: 'oneDrive', label: 'OneDrive' },
              { value: 'other', label: 'Une autre application' },
            ],
          },
          {
            name: 'errorMessage',
            label: 'Message d’erreur affiché',
            hint: 'Recopiez-le exactement, mot pour mot, avec les codes d’erreur éventuels.',
            type: 'text',
            required: true,
            requiredMessage: 'Recopiez le message d’erreur affiché.',
            maxLength: 300,
          },
          {
            // Its own name, optional: a Mac or another system may be a personal computer, with
            // no DSIN label to read; the agent reads it as the PC name all the same.
            name: 'computerName',
            label: 'Nom de l’ordinateur (facultatif)',
            ticketLabel: 'Nom du PC',
            hint: 'S’il porte une étiquette jaune ou bleue : le nom qui y est inscrit.',
            type: 'text',
            required: false,
            maxLength: 64,
          },
        ],
        submitLabel: 'Continuer',
      },
      on: { SUBMIT: { target: 'otherSystemTicket', actions: 'saveFields' } },
    },
    resolved: {
      type: 'final',
      meta: {
        kind: 'resolution',
        title: 'Votre compte UM est de nouveau associé à Windows',
        solved: true,
        body: [
          'Teams et les applications Office 365 utilisent de nouveau votre compte professionnel ou scolaire.',
          'Si une autre application affichait aussi le message, fermez-la puis redémarrez-la : elle utilisera le compte réassocié.',
        ],
      },
    },
    failureTicket: {
      type: 'final',
      meta: {
        kind: 'ticket',
        title: 'Votre demande est prête : copiez-la puis déposez-la dans le Centre de Services',
        ticketTitle:
          'Office 365 : « Désolé, nous avons rencontré un problème » malgré la réassociation du compte UM — PC {pcName}',
        fields: ['application', 'windowsVersion', 'errorMessage', 'pcName'],
        answers: ['whichSystem', 'openWorkAccounts', 'removeAndReconnect', 'connectAccount'],
      },
    },
    menuNotFoundTicket: {
      type: 'final',
      meta: {
        kind: 'ticket',
        title: 'Votre demande est prête : copiez-la puis déposez-la dans le Centre de Services',
        ticketTitle:
          'Office 365 : « Désolé, nous avons rencontré un problème », menu « Accès Professionnel ou Scolaire » introuvable — PC {pcName}',
        fields: ['application', 'windowsVersion', 'errorMessage', 'pcName'],
        answers: ['whichSystem', 'openWorkAccounts'],
      },
    },
    otherSystemTicket: {
      type: 'final',
      meta: {
        kind: 'ticket',
        title: 'Votre demande est prête : copiez-la puis déposez-la dans le Centre de Services',
        ticketTitle: 'Office 365 hors Windows : « Désolé, nous avons rencontré un problème »',
        fields: ['application', 'errorMessage', 'computerName'],
        answers: ['whichSystem'],
      },
    },
  },
});
