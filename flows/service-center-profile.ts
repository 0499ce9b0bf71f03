import { flowSetup, setup } from '../src/engine';

/**
 * « Mise à jour des informations de localisation et du numéro de téléphone » in the FAQ: the
 * location is changed by the user in the Centre de Services, the phone number only by the HR
 * services, through a ticket on the « Ressources Humaines » domain.
 */

export default setup(flowSetup).createMachine({
  id: 'service-center-profile',
  context: { fields: {} },
  meta: {
    kind: 'flow',
    title: 'Modifier ma localisation ou mon numéro de téléphone',
    description:
      'Site, bâtiment et étage dans le Centre de Services ; numéro de téléphone géré par les services RH.',
    category: 'Centre de Services',
    keywords: [
      'téléphone',
      'numéro de téléphone',
      'localisation',
      'bureau',
      'site',
      'bâtiment',
      'étage',
      'Préférences utilisateur',
      'annuaire',
      'profil',
      'RH',
      'coordonnées',
    ],
    symptoms: [
      'changement de bureau',
      'déménagement',
      'je change de bureau',
      'ma localisation est fausse',
      'mauvais numéro dans l’annuaire',
      'changer mon numéro de téléphone',
    ],
  },
  initial: 'whatToUpdate',
  states: {
    whatToUpdate: {
      meta: {
        kind: 'question',
        prompt: 'Que voulez-vous mettre à jour ?',
        summaryLabel: 'Information à mettre à jour',
      },
      on: {
        LOCATION: {
          target: 'updateLocation',
          meta: { label: 'Ma localisation (site, bâtiment, étage)', summary: 'localisation' },
        },
        PHONE: {
          target: 'phoneExplained',
          meta: { label: 'Mon numéro de téléphone', summary: 'numéro de téléphone' },
        },
      },
    },
    updateLocation: {
      meta: {
        kind: 'instructions',
        title: 'Modifiez votre localisation dans le Centre de Services',
        intro:
          'Choisissez le site, puis le bâtiment, puis l’étage, dans cet ordre : chaque liste se filtre selon le choix précédent.',
        steps: [
          'Sur la page d’accueil du Centre de Services, cliquez sur « Préférences utilisateur », en haut à droite.',
          'Descendez jusqu’à la section « Localisation ».',
          'Choisissez d’abord votre site.',
          'Choisissez ensuite votre bâtiment : la liste ne propose que ceux du site choisi.',
          'Choisissez enfin votre étage : la liste ne propose que ceux du bâtiment choisi.',
          'Validez en cliquant sur « OK », en haut ou en bas de la page.',
        ],
        prompt: 'Votre nouvelle localisation est-elle enregistrée ?',
        summaryLabel: 'Localisation modifiée dans « Préférences utilisateur »',
      },
      on: {
        UPDATED: { target: 'locationUpdated', meta: { label: 'Oui, c’est enregistré' } },
        NOT_SAVED: {
          target: 'retryInOrder',
          meta: { label: 'Non, ça ne fonctionne pas', summary: 'fait, sans succès' },
        },
      },
    },
    retryInOrder: {
      meta: {
        kind: 'instructions',
        title: 'Recommencez dans l’ordre : site, bâtiment, étage',
        intro:
          'Les listes se filtrent au fur et à mesure de vos choix : la modification échoue souvent quand l’ordre n’est pas respecté.',
        steps: [
          'Retournez dans « Préférences utilisateur », section « Localisation ».',
          'Choisissez le site.',
          'Puis le bâtiment.',
          'Puis l’étage.',
          'Cliquez sur « OK », en haut ou en bas de la page.',
        ],
        prompt: 'Votre localisation est-elle enregistrée cette fois ?',
        summaryLabel: 'Nouvel essai dans l’ordre site, bâtiment, étage',
      },
      on: {
        UPDATED: { target: 'locationUpdated', meta: { label: 'Oui, c’est enregistré' } },
        STILL_FAILING: {
          target: 'locationDetails',
          meta: { label: 'Non, toujours pas', summary: 'fait, toujours sans succès' },
        },
      },
    },
    locationDetails: {
      meta: {
        kind: 'form',
        title: 'Décrivez le problème pour l’assistance',
        intro: 'L’assistance du Centre de Services pourra enregistrer votre localisation.',
        fields: [
          {
            name: 'site',
            label: 'Site voulu',
            hint: 'Tel qu’il apparaît dans la liste, par exemple « Triolet ».',
            type: 'text',
            required: true,
            requiredMessage: 'Indiquez le site que vous voulez enregistrer.',
            maxLength: 80,
          },
          {
            name: 'building',
            label: 'Bâtiment voulu',
            type: 'text',
            required: true,
            requiredMessage: 'Indiquez le bâtiment que vous voulez enregistrer.',
            maxLength: 80,
          },
          {
            name: 'floor',
            label: 'Étage voulu',
            type: 'text',
            required: true,
            requiredMessage: 'Indiquez l’étage que vous voulez enregistrer.',
            maxLength: 40,
          },
          {
            name: 'whatHappens',
            label: 'Que se passe-t-il ?',
            ticketLabel: 'Ce qui se passe',
            hint: 'Par exemple : le bâtiment n’apparaît pas dans la liste, un message s’affiche après « OK »…',
            type: 'textarea',
            required: true,
            requiredMessage: 'Décrivez ce qui se passe quand vous modifiez votre localisation.',
            maxLength: 1000,
          },
        ],
        submitLabel: 'Continuer',
      },
      on: { SUBMIT: { target: 'locationTicket', actions: 'saveFields' } },
    },
    phoneExplained: {
      meta: {
        kind: 'instructions',
        title: 'Votre numéro se modifie auprès des services RH',
        intro:
          'Vous ne pouvez pas modifier votre numéro dans le Centre de Services : il est importé de l’application de gestion RH, qui alimente aussi l’annuaire de l’UM.',
        steps: [
          'Indiquez votre nouveau numéro à l’étape suivante : un résumé de votre demande est préparé.',
          'Créez un ticket dans le Centre de Services sur le domaine « Ressources Humaines » et collez-y ce résumé.',
          'Les services RH modifient le numéro dans l’application de gestion RH : le Centre de Services et l’annuaire de l’UM reprennent ce numéro.',
        ],
        prompt: 'Voulez-vous préparer la demande aux services RH ?',
        summaryLabel: 'Numéro géré par les services RH',
        // Reading an explanation is not a check the person carried out.
        reportAs: 'answer',
      },
      on: {
        PREPARE_REQUEST: {
          target: 'phoneDetails',
          meta: { label: 'Oui, préparer la demande', summary: 'demande aux services RH' },
        },
        JUST_ASKING: {
          target: 'phoneExplainedOnly',
          meta: { label: 'Non, je voulais seulement savoir' },
        },
      },
    },
    phoneDetails: {
      meta: {
        kind: 'form',
        title: 'Votre demande aux services RH',
        fields: [
          {
            name: 'newPhone',
            label: 'Nouveau numéro de téléphone',
            hint: 'Par exemple 04 67 14 30 30 ou +33 4 67 14 30 30.',
            type: 'tel',
            required: true,
            requiredMessage: 'Indiquez votre nouveau numéro de téléphone.',
          },
          {
            name: 'previousPhone',
            label: 'Ancien numéro (facultatif)',
            hint: 'Celui qui apparaît aujourd’hui dans l’annuaire ou le Centre de Services.',
            type: 'tel',
            required: false,
          },
          {
            name: 'office',
            label: 'Bureau et bâtiment (facultatif)',
            hint: 'Où se trouve le poste téléphonique, par exemple « Bâtiment 5, bureau 112 ».',
            type: 'text',
            required: false,
            maxLength: 120,
          },
        ],
        submitLabel: 'Continuer',
      },
      on: { SUBMIT: { target: 'phoneTicket', actions: 'saveFields' } },
    },
    locationUpdated: {
      type: 'final',
      meta: {
        kind: 'resolution',
        title: 'Votre localisation est à jour',
        body: [
          'Votre site, votre bâtiment et votre étage sont enregistrés dans vos « Préférences utilisateur » du Centre de Services.',
        ],
      },
    },
    phoneExplainedOnly: {
      type: 'final',
      meta: {
        kind: 'resolution',
        title: 'Votre numéro se modifie auprès des services RH',
        body: [
          'Quand vous voudrez le modifier, revenez ici : la demande se fait par un ticket dans le Centre de Services, sur le domaine « Ressources Humaines ».',
        ],
      },
    },
    locationTicket: {
      type: 'final',
      meta: {
        kind: 'ticket',
        title: 'Votre demande est prête : copiez-la puis déposez-la dans le Centre de Services',
        ticketTitle:
          'Localisation impossible à enregistrer dans le Centre de Services — {site}, {building}, {floor}',
        fields: ['site', 'building', 'floor', 'whatHappens'],
        answers: ['whatToUpdate', 'updateLocation', 'retryInOrder'],
      },
    },
    phoneTicket: {
      type: 'final',
      meta: {
        kind: 'ticket',
        title:
          'Votre demande est prête : copiez-la puis déposez-la dans le Centre de Services, domaine « Ressources Humaines »',
        whatNext: [
          'Les services RH modifient le numéro dans l’application de gestion RH : le Centre de Services et l’annuaire de l’UM reprennent ce numéro.',
        ],
        target: { domain: 'Ressources Humaines' },
        ticketTitle: 'Modification de mon numéro de téléphone : {newPhone}',
        fields: ['newPhone', 'previousPhone', 'office'],
        answers: ['whatToUpdate', 'phoneExplained'],
      },
    },
  },
});
