import type { FlowTranslation } from '../../src/engine';

/** Texts the wired and the Wi-Fi paths both show: written once so that their English stays the same. */
const sinceTexts = {
  'Depuis quand le problème est-il apparu ?': 'When did the problem start?',
  'Une réponse approximative suffit.': 'An approximate answer is enough.',
  'Indiquez depuis quand le problème est apparu.': 'Enter when the problem started.',
};

const pcNameTexts = {
  'Nom du PC': 'PC name',
  'Il est inscrit sur l’étiquette jaune ou bleue collée sur l’ordinateur.':
    'It is written on the yellow or blue label stuck on the computer.',
  'Indiquez le nom du PC inscrit sur l’étiquette jaune ou bleue.':
    'Enter the PC name written on the yellow or blue label.',
};

const contactTexts = {
  'Comment vous joindre ?': 'How can we reach you?',
  'Si le support technique a une question ou doit passer vous voir, il vous contacte ainsi plutôt que d’attendre votre réponse au ticket.':
    'If IT support has a question or needs to come and see you, they contact you this way instead of waiting for your reply to the ticket.',
  'Numéro de téléphone (facultatif)': 'Phone number (optional)',
  'Par exemple 06 12 34 56 78 ou +33 6 12 34 56 78, ou votre numéro de poste interne à 4 ou 5 chiffres.':
    'For example 06 12 34 56 78 or +33 6 12 34 56 78, or your 4- or 5-digit internal extension.',
  'Quand vous joindre ? (facultatif)': 'When can we reach you? (optional)',
  'Par exemple : le matin, ou le mardi et le jeudi après-midi.':
    'For example: in the morning, or on Tuesday and Thursday afternoons.',
  Continuer: 'Continue',
};

/** English of flows/network-connection.ts. */
const english: FlowTranslation = {
  flow: {
    'Problème de connexion réseau': 'Network connection problem',
    'Pas d’internet ou de réseau, par câble Ethernet ou en Wi-Fi.':
      'No internet or network, with an Ethernet cable or on Wi-Fi.',
  },
  keywords: [
    'network',
    'internet',
    'connection',
    'cable',
    'Ethernet',
    'Wi-Fi',
    'wifi',
    'wireless',
    'wired',
    'network socket',
    'wall socket',
    'eduroam',
    'offline',
  ],
  symptoms: [
    'no internet',
    'no network',
    'no connection',
    'internet not working',
    'wifi not working',
    'cannot connect',
    'website will not load',
    'disconnected',
  ],
  states: {
    connectionType: {
      'Comment votre ordinateur est-il relié au réseau ?':
        'How is your computer connected to the network?',
      'Un câble Ethernet relie l’ordinateur (ou sa station d’accueil) à une prise murale.':
        'An Ethernet cable connects the computer (or its docking station) to a socket on the wall.',
      'Type de connexion': 'Connection type',
      'Par un câble Ethernet': 'With an Ethernet cable',
      'filaire (câble Ethernet)': 'wired (Ethernet cable)',
      'En Wi-Fi': 'On Wi-Fi',
      'Wi-Fi': 'Wi-Fi',
    },
    checkCable: {
      'Vérifiez le câble Ethernet': 'Check the Ethernet cable',
      'Avant de créer un ticket, vérifiez que le câble Ethernet est correctement branché entre votre ordinateur et la prise murale.':
        'Before you create a ticket, check that the Ethernet cable is plugged in properly between your computer and the wall socket.',
      'Suivez le câble depuis votre ordinateur (ou depuis la station d’accueil d’un PC portable) jusqu’à la prise murale.':
        'Follow the cable from your computer (or from the docking station of a laptop) to the wall socket.',
      'Débranchez-le puis rebranchez-le côté ordinateur, jusqu’au déclic.':
        'Unplug it at the computer end, then plug it back in until it clicks.',
      'Faites de même côté prise murale.': 'Do the same at the wall socket end.',
      'Attendez une minute, puis essayez d’ouvrir une page web.':
        'Wait one minute, then try to open a web page.',
      'La connexion fonctionne-t-elle maintenant ?': 'Does the connection work now?',
      'Câble Ethernet vérifié et rebranché': 'Ethernet cable checked and plugged back in',
      'Oui, ça fonctionne': 'Yes, it works',
      'Non, toujours pas de connexion': 'No, still no connection',
      'fait, toujours pas de connexion': 'done, still no connection',
    },
    checkWifi: {
      'Vérifiez votre connexion Wi-Fi': 'Check your Wi-Fi connection',
      'Avant de créer un ticket, vérifiez que le Wi-Fi est bien activé sur votre appareil et que vous êtes connecté au bon réseau Wi-Fi.':
        'Before you create a ticket, check that your device has Wi-Fi turned on and that you are connected to the right Wi-Fi network.',
      'Vérifiez que le Wi-Fi est activé sur votre appareil et que le mode avion est désactivé.':
        'Check that your device has Wi-Fi turned on and airplane mode turned off.',
      'Ouvrez la liste des réseaux Wi-Fi et vérifiez que vous êtes connecté au bon réseau.':
        'Open the list of Wi-Fi networks and check that you are connected to the right network.',
      'Si ce n’est pas le cas, sélectionnez le bon réseau et connectez-vous.':
        'If you are not, select the right network and connect to it.',
      'La connexion fonctionne-t-elle maintenant ?': 'Does the connection work now?',
      'Wi-Fi activé et bon réseau vérifiés': 'Wi-Fi turned on and right network checked',
      'Oui, ça fonctionne': 'Yes, it works',
      'Non, toujours pas de connexion': 'No, still no connection',
      'fait, toujours pas de connexion': 'done, still no connection',
    },
    wiredDetails: {
      'Décrivez le problème pour le Centre de Services':
        'Describe the problem for the Centre de Services',
      'Ces informations permettent au support technique de comprendre la situation et d’en trouver la cause.':
        'This information helps IT support understand the situation and find the cause.',
      'Numéro de la prise réseau utilisée': 'Number of the network socket you use',
      'Il est inscrit sur la prise murale où est branché votre câble.':
        'It is written on the wall socket your cable is plugged into.',
      'Indiquez le numéro inscrit sur la prise murale.':
        'Enter the number written on the wall socket.',
      'Numéro d’une prise qui fonctionne dans le même bureau (facultatif)':
        'Number of a socket that works in the same office (optional)',
      'Si possible, la prise réseau d’un collègue de votre bureau dont la connexion fonctionne.':
        'If you can, the network socket of a colleague in your office whose connection works.',
      ...sinceTexts,
      ...pcNameTexts,
      'Où le câble est-il branché quand le problème se produit ?':
        'Where is the cable plugged in when the problem happens?',
      'Pour un PC portable : sur la station d’accueil, ou directement sur le PC.':
        'For a laptop: into the docking station, or directly into the laptop.',
      'Indiquez où le câble est branché quand le problème se produit.':
        'Choose where the cable is plugged in when the problem happens.',
      'Sur la station d’accueil (PC portable)': 'Into the docking station (laptop)',
      'Directement sur le PC portable': 'Directly into the laptop',
      'Dans les deux cas (PC portable)': 'In both cases (laptop)',
      'Sur un PC fixe (pas de station d’accueil)': 'Into a desktop PC (no docking station)',
      Continuer: 'Continue',
    },
    officeKnown: {
      'Votre bureau est-il à jour dans le Centre de Services ?':
        'Is your office up to date in the Centre de Services?',
      'Le technicien qui se déplace lit votre site, votre bâtiment et votre étage dans vos « Préférences utilisateur » du Centre de Services, section « Localisation ».':
        'The technician who comes to see you reads your site, building and floor in your « Préférences utilisateur » (User preferences) in the Centre de Services, in the « Localisation » (Location) section.',
      'Localisation dans le Centre de Services': 'Location in the Centre de Services',
      'Oui, elle est à jour': 'Yes, it is up to date',
      'à jour': 'up to date',
      'Non, ou j’ai changé de bureau': 'No, or I have changed office',
      'pas à jour': 'not up to date',
      'Je ne sais pas': 'I don’t know',
      'ne sait pas': 'does not know',
    },
    officeDetails: {
      'Où se trouve votre bureau ?': 'Where is your office?',
      'Le technicien saura où venir si une intervention sur place est nécessaire.':
        'The technician will know where to come if they need to work on site.',
      Site: 'Site',
      'Par exemple « Triolet ».': 'For example « Triolet ».',
      'Indiquez le site où se trouve votre bureau.': 'Enter the site where your office is.',
      Bâtiment: 'Building',
      'Indiquez le bâtiment où se trouve votre bureau.': 'Enter the building where your office is.',
      Étage: 'Floor',
      'Indiquez l’étage de votre bureau.': 'Enter the floor your office is on.',
      'Numéro ou nom du bureau': 'Office number or name',
      'Indiquez le numéro ou le nom de votre bureau.': 'Enter the number or name of your office.',
      Continuer: 'Continue',
    },
    wifiDevice: {
      'Sur quel appareil le Wi-Fi ne fonctionne-t-il pas ?': 'On which device does Wi-Fi not work?',
      Appareil: 'Device',
      'Un ordinateur fourni par l’UM': 'A computer provided by UM',
      'ordinateur de l’UM': 'UM computer',
      'Un ordinateur personnel': 'A personal computer',
      'ordinateur personnel': 'personal computer',
      'Un téléphone ou une tablette': 'A phone or a tablet',
      'téléphone ou tablette': 'phone or tablet',
    },
    wifiDetails: {
      'Où et depuis quand le Wi-Fi ne fonctionne-t-il pas ?':
        'Where is Wi-Fi not working, and since when?',
      'Le lieu est ce dont l’équipe réseau a le plus besoin : le Wi-Fi dépend des bornes proches de vous.':
        'The place is what the network team needs most: Wi-Fi depends on the access points near you.',
      Lieu: 'Place',
      'Site, bâtiment, étage et salle ou bureau où le Wi-Fi ne fonctionne pas.':
        'Site, building, floor and room or office where Wi-Fi does not work.',
      'Indiquez où le Wi-Fi ne fonctionne pas : site, bâtiment, étage, salle.':
        'Enter where Wi-Fi does not work: site, building, floor, room.',
      'Nom du réseau Wi-Fi (facultatif)': 'Wi-Fi network name (optional)',
      'Tel qu’il s’affiche dans la liste des réseaux Wi-Fi.':
        'As it appears in the list of Wi-Fi networks.',
      ...sinceTexts,
      Continuer: 'Continue',
    },
    wifiPcName: {
      'Quel est le nom de l’ordinateur ?': 'What is the computer’s name?',
      ...pcNameTexts,
      Continuer: 'Continue',
    },
    wiredContact: contactTexts,
    wifiContact: contactTexts,
    resolved: {
      'Votre connexion fonctionne': 'Your connection works',
      'Le problème venait du branchement ou du réglage de la connexion. Vous n’avez rien d’autre à faire.':
        'The problem came from how the cable was plugged in or how the connection was set up. You do not need to do anything else.',
    },
    wiredTicket: {
      'Votre demande est prête : copiez-la puis déposez-la dans le Centre de Services':
        'Your request is ready: copy it, then submit it in the Centre de Services (the DSIN’s IT service desk)',
      'Vérifiez ces informations : avec elles, le support technique peut agir sans vous rappeler.':
        'Check this information: with it, IT support can act without calling you back.',
      'Problème de connexion réseau filaire — prise {socketNumber}, PC {pcName}':
        'Wired network connection problem — socket {socketNumber}, PC {pcName}',
    },
    wifiTicket: {
      'Votre demande est prête : copiez-la puis déposez-la dans le Centre de Services':
        'Your request is ready: copy it, then submit it in the Centre de Services (the DSIN’s IT service desk)',
      'Vérifiez ces informations : avec elles, le support technique peut agir sans vous rappeler.':
        'Check this information: with it, IT support can act without calling you back.',
      'Problème de connexion Wi-Fi — {location}': 'Wi-Fi connection problem — {location}',
    },
  },
};
export default english;
