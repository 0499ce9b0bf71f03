import type { FlowTranslation } from '../../src/engine';

/** The fields both descriptions of the problem ask (on Windows and on another system). */
const applicationTexts = {
  'Application qui affiche le message': 'App that shows the message',
  'Choisissez l’application qui affiche le message.': 'Choose the app that shows the message.',
  Teams: 'Teams',
  Outlook: 'Outlook',
  Word: 'Word',
  Excel: 'Excel',
  PowerPoint: 'PowerPoint',
  OneDrive: 'OneDrive',
  'Une autre application': 'Another app',
};

const errorMessageTexts = {
  'Message d’erreur affiché': 'Error message shown',
  'Recopiez-le exactement, mot pour mot, avec les codes d’erreur éventuels.':
    'Copy it exactly, word for word, with any error codes.',
  'Recopiez le message d’erreur affiché.': 'Copy the error message shown.',
};

/** English of flows/office365-reassociation.ts. */
const english: FlowTranslation = {
  flow: {
    'Teams ou Office 365 : « Désolé, nous avons rencontré un problème »':
      'Teams or Office 365: « Désolé, nous avons rencontré un problème » (Sorry, we ran into a problem)',
    'Réassociez votre compte UM à Windows pour que Teams et les applications Office 365 s’ouvrent de nouveau.':
      'Link your UM account to Windows again so that Teams and the Office 365 apps open again.',
  },
  keywords: [
    'Teams',
    'Office 365',
    'Microsoft 365',
    'O365',
    'error',
    'Outlook',
    'Word',
    'Excel',
    'PowerPoint',
    'OneDrive',
    'Windows 10',
    'Windows 11',
    'work or school account',
    'Access work or school',
    'reconnect UM account',
  ],
  symptoms: [
    'Sorry, we ran into a problem',
    'Désolé, nous avons rencontré un problème',
    'Teams will not open',
    'Teams does not start',
    'error message when Teams starts',
    'Office shows an error',
  ],
  states: {
    whichSystem: {
      'Quel système utilise l’ordinateur où le message s’affiche ?':
        'Which system does the computer showing the message use?',
      'Sous Windows 10 comme sous Windows 11, les étapes sont les mêmes.':
        'The steps are the same on Windows 10 and Windows 11.',
      Système: 'System',
      Windows: 'Windows',
      'macOS (Mac)': 'macOS (Mac)',
      macOS: 'macOS',
      'Un autre système': 'Another system',
      'autre système': 'another system',
    },
    openWorkAccounts: {
      'Retrouvez votre compte UM dans les paramètres de Windows':
        'Find your UM account in the Windows settings',
      'Ce message vient souvent de votre compte institutionnel UM : il n’est peut-être plus associé à Windows en tant que « compte professionnel ou scolaire ». Vérifiez-le.':
        'This message often comes from your UM institutional account: it may no longer be linked to Windows as a « compte professionnel ou scolaire » (work or school account). Check it.',
      'Ouvrez le menu « Démarrer » de Windows.': 'Open the Windows « Démarrer » (Start) menu.',
      'Cliquez sur « Paramètres » (l’icône en forme de roue dentée).':
        'Click « Paramètres » (Settings), the gear icon.',
      'Cliquez sur « Comptes ».': 'Click « Comptes » (Accounts).',
      'Cliquez sur « Accès Professionnel ou Scolaire ».':
        'Click « Accès Professionnel ou Scolaire » (Access work or school).',
      'Cherchez votre compte institutionnel UM dans la liste des comptes.':
        'Look for your UM institutional account in the list of accounts.',
      'Votre compte UM figure-t-il dans la liste ?': 'Is your UM account in the list?',
      'Compte UM dans « Accès Professionnel ou Scolaire »':
        'UM account in « Accès Professionnel ou Scolaire » (Access work or school)',
      'Oui, il est dans la liste': 'Yes, it is in the list',
      'présent dans la liste': 'in the list',
      'Non, il n’y est pas': 'No, it is not',
      'absent de la liste': 'not in the list',
      'Je ne trouve pas ce menu': 'I cannot find this menu',
      'menu introuvable': 'menu not found',
    },
    removeAndReconnect: {
      'Supprimez puis réassociez votre compte UM': 'Remove your UM account, then link it again',
      'Toujours dans « Accès Professionnel ou Scolaire » :':
        'Still in « Accès Professionnel ou Scolaire » (Access work or school):',
      'Sélectionnez votre compte UM dans la liste.': 'Select your UM account in the list.',
      'Cliquez sur « Supprimer ».': 'Click « Supprimer » (Remove).',
      'Une fois le compte supprimé, cliquez sur « Se connecter ».':
        'Once the account is removed, click « Se connecter » (Connect).',
      'Connectez-vous avec vos identifiants institutionnels : vos identifiants de messagerie UM.':
        'Sign in with your institutional login details: the ones you use for your UM email.',
      'Suivez les instructions à l’écran pour réassocier votre compte à Windows.':
        'Follow the instructions on the screen to link your account to Windows again.',
      'Fermez complètement Teams (ou l’application qui affichait le message), puis rouvrez-la.':
        'Close Teams (or the app that showed the message) completely, then open it again.',
      'L’application s’ouvre-t-elle maintenant sans le message d’erreur ?':
        'Does the app now open without the error message?',
      'Compte UM supprimé puis réassocié à Windows':
        'UM account removed, then linked to Windows again',
      'Oui, ça fonctionne': 'Yes, it works',
      'Non, le message s’affiche toujours': 'No, the message still appears',
      'fait, le message s’affiche toujours': 'done, the message still appears',
    },
    connectAccount: {
      'Associez votre compte UM à Windows': 'Link your UM account to Windows',
      'Toujours dans « Accès Professionnel ou Scolaire » :':
        'Still in « Accès Professionnel ou Scolaire » (Access work or school):',
      'Cliquez sur « Se connecter ».': 'Click « Se connecter » (Connect).',
      'Saisissez vos identifiants institutionnels : vos identifiants de messagerie UM.':
        'Enter your institutional login details: the ones you use for your UM email.',
      'Suivez les instructions à l’écran pour terminer l’association de votre compte à Windows.':
        'Follow the instructions on the screen to finish linking your account to Windows.',
      'Fermez complètement Teams (ou l’application qui affichait le message), puis rouvrez-la.':
        'Close Teams (or the app that showed the message) completely, then open it again.',
      'L’application s’ouvre-t-elle maintenant sans le message d’erreur ?':
        'Does the app now open without the error message?',
      'Compte UM ajouté et associé à Windows': 'UM account added and linked to Windows',
      'Oui, ça fonctionne': 'Yes, it works',
      'Non, le message s’affiche toujours': 'No, the message still appears',
      'fait, le message s’affiche toujours': 'done, the message still appears',
    },
    failureDetails: {
      'Décrivez le problème pour le Centre de Services':
        'Describe the problem for the Centre de Services',
      'Ces informations permettent au support technique de reprendre là où vous en êtes.':
        'This information lets IT support pick up where you left off.',
      ...applicationTexts,
      'Version de Windows (facultatif)': 'Windows version (optional)',
      'Si vous la connaissez : tapez « winver » dans la recherche de Windows, par exemple « Version 22H2 (build 19045.3803) ».':
        'If you know it: type « winver » in the Windows search box. It shows, for example, « Version 22H2 (build 19045.3803) ».',
      ...errorMessageTexts,
      'Nom du PC': 'PC name',
      'Il est inscrit sur l’étiquette jaune ou bleue collée sur l’ordinateur.':
        'It is written on the yellow or blue label stuck on the computer.',
      'Indiquez le nom du PC inscrit sur l’étiquette jaune ou bleue.':
        'Enter the PC name written on the yellow or blue label.',
      Continuer: 'Continue',
    },
    otherSystemDetails: {
      'Décrivez le problème pour le Centre de Services':
        'Describe the problem for the Centre de Services',
      'La réassociation du compte UM se fait dans les paramètres de Windows : sur un autre système, le support technique examinera votre cas.':
        'Linking your UM account again is done in the Windows settings. On another system, IT support will look at your case.',
      ...applicationTexts,
      ...errorMessageTexts,
      'Nom de l’ordinateur (facultatif)': 'Computer name (optional)',
      'S’il porte une étiquette jaune ou bleue : le nom qui y est inscrit.':
        'If it has a yellow or blue label: the name written on it.',
      Continuer: 'Continue',
    },
    resolved: {
      'Votre compte UM est de nouveau associé à Windows':
        'Your UM account is linked to Windows again',
      'Teams et les applications Office 365 utilisent de nouveau votre compte professionnel ou scolaire.':
        'Teams and the Office 365 apps use your work or school account again.',
      'Si une autre application affichait aussi le message, fermez-la puis redémarrez-la : elle utilisera le compte réassocié.':
        'If another app also showed the message, close it and start it again: it will use the account you linked again.',
    },
    failureTicket: {
      'Votre demande est prête : copiez-la puis déposez-la dans le Centre de Services':
        'Your request is ready: copy it, then submit it in the Centre de Services (the DSIN’s IT service desk)',
      'Office 365 : « Désolé, nous avons rencontré un problème » malgré la réassociation du compte UM — PC {pcName}':
        'Office 365: « Désolé, nous avons rencontré un problème » (Sorry, we ran into a problem) even after linking the UM account again — PC {pcName}',
    },
    menuNotFoundTicket: {
      'Votre demande est prête : copiez-la puis déposez-la dans le Centre de Services':
        'Your request is ready: copy it, then submit it in the Centre de Services (the DSIN’s IT service desk)',
      'Office 365 : « Désolé, nous avons rencontré un problème », menu « Accès Professionnel ou Scolaire » introuvable — PC {pcName}':
        'Office 365: « Désolé, nous avons rencontré un problème » (Sorry, we ran into a problem), « Accès Professionnel ou Scolaire » (Access work or school) menu not found — PC {pcName}',
    },
    otherSystemTicket: {
      'Votre demande est prête : copiez-la puis déposez-la dans le Centre de Services':
        'Your request is ready: copy it, then submit it in the Centre de Services (the DSIN’s IT service desk)',
      'Office 365 hors Windows : « Désolé, nous avons rencontré un problème »':
        'Office 365 not on Windows: « Désolé, nous avons rencontré un problème » (Sorry, we ran into a problem)',
    },
  },
};
export default english;
