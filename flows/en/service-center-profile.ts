import type { FlowTranslation } from '../../src/engine';

/** English of flows/service-center-profile.ts. */
const english: FlowTranslation = {
  flow: {
    'Modifier ma localisation ou mon numéro de téléphone': 'Change my location or my phone number',
    'Site, bâtiment et étage dans le Centre de Services ; numéro de téléphone géré par les services RH.':
      'Site, building and floor in the Centre de Services (the DSIN’s IT service desk); phone number managed by the HR services.',
  },
  keywords: [
    'phone',
    'phone number',
    'telephone',
    'location',
    'office',
    'site',
    'building',
    'floor',
    'User preferences',
    'Préférences utilisateur',
    'directory',
    'profile',
    'HR',
    'contact details',
  ],
  symptoms: [
    'moving office',
    'office move',
    'I am changing office',
    'my location is wrong',
    'wrong number in the directory',
    'change my phone number',
  ],
  states: {
    whatToUpdate: {
      'Que voulez-vous mettre à jour ?': 'What do you want to update?',
      'Information à mettre à jour': 'Information to update',
      'Ma localisation (site, bâtiment, étage)': 'My location (site, building, floor)',
      localisation: 'location',
      'Mon numéro de téléphone': 'My phone number',
      'numéro de téléphone': 'phone number',
    },
    updateLocation: {
      'Modifiez votre localisation dans le Centre de Services':
        'Change your location in the Centre de Services',
      'Choisissez le site, puis le bâtiment, puis l’étage, dans cet ordre : chaque liste se filtre selon le choix précédent.':
        'Choose the site, then the building, then the floor, in this order: each list is filtered by your previous choice.',
      'Sur la page d’accueil du Centre de Services, cliquez sur « Préférences utilisateur », en haut à droite.':
        'On the Centre de Services home page, click « Préférences utilisateur » (User preferences), at the top right.',
      'Descendez jusqu’à la section « Localisation ».':
        'Scroll down to the « Localisation » (Location) section.',
      'Choisissez d’abord votre site.': 'First choose your site.',
      'Choisissez ensuite votre bâtiment : la liste ne propose que ceux du site choisi.':
        'Then choose your building: the list only shows the buildings of the site you chose.',
      'Choisissez enfin votre étage : la liste ne propose que ceux du bâtiment choisi.':
        'Finally choose your floor: the list only shows the floors of the building you chose.',
      'Validez en cliquant sur « OK », en haut ou en bas de la page.':
        'Confirm by clicking « OK », at the top or bottom of the page.',
      'Votre nouvelle localisation est-elle enregistrée ?': 'Is your new location saved?',
      'Localisation modifiée dans « Préférences utilisateur »':
        'Location changed in « Préférences utilisateur » (User preferences)',
      'Oui, c’est enregistré': 'Yes, it is saved',
      'Non, ça ne fonctionne pas': 'No, it does not work',
      'fait, sans succès': 'done, without success',
    },
    retryInOrder: {
      'Recommencez dans l’ordre : site, bâtiment, étage':
        'Start again in this order: site, building, floor',
      'Les listes se filtrent au fur et à mesure de vos choix : la modification échoue souvent quand l’ordre n’est pas respecté.':
        'The lists are filtered as you make your choices: the change often fails when the order is not followed.',
      'Retournez dans « Préférences utilisateur », section « Localisation ».':
        'Go back to « Préférences utilisateur » (User preferences), « Localisation » (Location) section.',
      'Choisissez le site.': 'Choose the site.',
      'Puis le bâtiment.': 'Then the building.',
      'Puis l’étage.': 'Then the floor.',
      'Cliquez sur « OK », en haut ou en bas de la page.':
        'Click « OK », at the top or bottom of the page.',
      'Votre localisation est-elle enregistrée cette fois ?': 'Is your location saved this time?',
      'Nouvel essai dans l’ordre site, bâtiment, étage':
        'Tried again in the order site, building, floor',
      'Oui, c’est enregistré': 'Yes, it is saved',
      'Non, toujours pas': 'No, still not',
      'fait, toujours sans succès': 'done, still without success',
    },
    locationDetails: {
      'Décrivez le problème pour l’assistance': 'Describe the problem for the support team',
      'L’assistance du Centre de Services pourra enregistrer votre localisation.':
        'The Centre de Services support team can save your location for you.',
      'Site voulu': 'Site you want',
      'Tel qu’il apparaît dans la liste, par exemple « Triolet ».':
        'As it appears in the list, for example « Triolet ».',
      'Indiquez le site que vous voulez enregistrer.': 'Enter the site you want to save.',
      'Bâtiment voulu': 'Building you want',
      'Indiquez le bâtiment que vous voulez enregistrer.': 'Enter the building you want to save.',
      'Étage voulu': 'Floor you want',
      'Indiquez l’étage que vous voulez enregistrer.': 'Enter the floor you want to save.',
      'Que se passe-t-il ?': 'What happens?',
      'Par exemple : le bâtiment n’apparaît pas dans la liste, un message s’affiche après « OK »…':
        'For example: the building does not appear in the list, a message appears after « OK »…',
      'Décrivez ce qui se passe quand vous modifiez votre localisation.':
        'Describe what happens when you change your location.',
      Continuer: 'Continue',
    },
    phoneExplained: {
      'Votre numéro se modifie auprès des services RH': 'Your number is changed by the HR services',
      'Vous ne pouvez pas modifier votre numéro dans le Centre de Services : il est importé de l’application de gestion RH, qui alimente aussi l’annuaire de l’UM.':
        'You cannot change your number in the Centre de Services: it comes from the HR management application, which also feeds the UM directory.',
      'Indiquez votre nouveau numéro à l’étape suivante : un résumé de votre demande est préparé.':
        'Enter your new number in the next step: a summary of your request is prepared.',
      'Créez un ticket dans le Centre de Services sur le domaine « Ressources Humaines » et collez-y ce résumé.':
        'Create a ticket in the Centre de Services in the « Ressources Humaines » (Human Resources) domain and paste this summary into it.',
      'Les services RH modifient le numéro dans l’application de gestion RH : le Centre de Services et l’annuaire de l’UM reprennent ce numéro.':
        'The HR services change the number in the HR management application: the Centre de Services and the UM directory then use this number.',
      'Voulez-vous préparer la demande aux services RH ?':
        'Do you want to prepare the request to the HR services?',
      'Numéro géré par les services RH': 'Number managed by the HR services',
      'Oui, préparer la demande': 'Yes, prepare the request',
      'demande aux services RH': 'request to the HR services',
      'Non, je voulais seulement savoir': 'No, I only wanted to know',
    },
    phoneDetails: {
      'Votre demande aux services RH': 'Your request to the HR services',
      'Nouveau numéro de téléphone': 'New phone number',
      'Par exemple 04 67 14 30 30 ou +33 4 67 14 30 30.':
        'For example 04 67 14 30 30 or +33 4 67 14 30 30.',
      'Indiquez votre nouveau numéro de téléphone.': 'Enter your new phone number.',
      'Ancien numéro (facultatif)': 'Old number (optional)',
      'Celui qui apparaît aujourd’hui dans l’annuaire ou le Centre de Services.':
        'The one that appears today in the directory or the Centre de Services.',
      'Bureau et bâtiment (facultatif)': 'Office and building (optional)',
      'Où se trouve le poste téléphonique, par exemple « Bâtiment 5, bureau 112 ».':
        'Where the phone is, for example “Building 5, office 112”.',
      Continuer: 'Continue',
    },
    locationUpdated: {
      'Votre localisation est à jour': 'Your location is up to date',
      'Votre site, votre bâtiment et votre étage sont enregistrés dans vos « Préférences utilisateur » du Centre de Services.':
        'Your site, building and floor are saved in your « Préférences utilisateur » (User preferences) in the Centre de Services.',
    },
    phoneExplainedOnly: {
      'Votre numéro se modifie auprès des services RH': 'Your number is changed by the HR services',
      'Quand vous voudrez le modifier, revenez ici : la demande se fait par un ticket dans le Centre de Services, sur le domaine « Ressources Humaines ».':
        'When you want to change it, come back here: you ask with a ticket in the Centre de Services (the DSIN’s IT service desk), in the « Ressources Humaines » (Human Resources) domain.',
    },
    locationTicket: {
      'Votre demande est prête : copiez-la puis déposez-la dans le Centre de Services':
        'Your request is ready: copy it, then submit it in the Centre de Services (the DSIN’s IT service desk)',
      'Localisation impossible à enregistrer dans le Centre de Services — {site}, {building}, {floor}':
        'Location cannot be saved in the Centre de Services — {site}, {building}, {floor}',
    },
    phoneTicket: {
      'Votre demande est prête : copiez-la puis déposez-la dans le Centre de Services, domaine « Ressources Humaines »':
        'Your request is ready: copy it, then submit it in the Centre de Services (the DSIN’s IT service desk), in the « Ressources Humaines » (Human Resources) domain',
      'Les services RH modifient le numéro dans l’application de gestion RH : le Centre de Services et l’annuaire de l’UM reprennent ce numéro.':
        'The HR services change the number in the HR management application: the Centre de Services and the UM directory then use this number.',
      'Modification de mon numéro de téléphone : {newPhone}': 'Change my phone number: {newPhone}',
    },
  },
};
export default english;
