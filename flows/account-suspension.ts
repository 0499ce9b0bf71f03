import { flowSetup, setup } from '../src/engine';

/**
 * « Suspension du compte informatique » in the FAQ: how long the UM e-mail keeps working after
 * the end of activity, by profile, the reminders, and the extension for titulaires and
 * contractuels. Given an end date, the resolution shows the actual calendar dates.
 */
export default setup(flowSetup).createMachine({
  id: 'account-suspension',
  context: { fields: {} },
  meta: {
    kind: 'flow',
    title: 'Fin d’activité : suspension du compte et prolongation',
    description:
      'Combien de temps votre e-mail UM reste actif après votre départ, les rappels, et comment demander une prolongation.',
    category: 'Comptes et accès',
    keywords: [
      'suspension',
      'compte informatique',
      'prolongation',
      'départ',
      'fin de contrat',
      'fin d’activité',
      'retraite',
      'e-mail UM',
    ],
    symptoms: [
      'je quitte l’université',
      'mon contrat se termine',
      'mon compte va être suspendu',
      'garder mon adresse mail',
    ],
  },
  initial: 'profile',
  states: {
    profile: {
      meta: {
        kind: 'question',
        prompt: 'Quelle est votre situation à l’université ?',
        help: 'La durée pendant laquelle vous gardez votre e-mail UM dépend de votre profil.',
        summaryLabel: 'Profil',
      },
      on: {
        TITULAR: {
          target: 'endDate',
          actions: { type: 'setField', params: { field: 'profile', value: 'titular' } },
          meta: {
            label: 'Personnel titulaire ou contractuel',
            summary: 'titulaire ou contractuel',
          },
        },
        TEACHING_STAFF: {
          target: 'endDate',
          actions: { type: 'setField', params: { field: 'profile', value: 'teaching' } },
          meta: {
            label: 'Vacataire d’enseignement, ou hébergé éducation nationale',
            summary: 'vacataire d’enseignement ou hébergé éducation nationale',
          },
        },
        OTHER_STAFF: {
          target: 'endDate',
          actions: { type: 'setField', params: { field: 'profile', value: 'other' } },
          meta: { label: 'Autre personnel', summary: 'autre personnel' },
        },
      },
    },
    endDate: {
      meta: {
        kind: 'form',
        title: 'Quand votre activité prend-elle fin ?',
        intro:
          'Si vous indiquez la date de fin de votre activité, nous calculons les dates de vos rappels et de la fin de l’accès à votre e-mail UM.',
        fields: [
          {
            name: 'endDate',
            label: 'Date de fin d’activité (facultatif)',
            hint: 'Laissez vide si vous ne la connaissez pas encore.',
            type: 'date',
            required: false,
          },
        ],
        submitLabel: 'Voir ce qui se passe',
      },
      on: {
        SUBMIT: [
          {
            target: 'titularOutcome',
            guard: { type: 'fieldEquals', params: { field: 'profile', value: 'titular' } },
            actions: 'saveFields',
          },
          {
            target: 'teachingOutcome',
            guard: { type: 'fieldEquals', params: { field: 'profile', value: 'teaching' } },
            actions: 'saveFields',
          },
          { target: 'otherOutcome', actions: 'saveFields' },
        ],
      },
    },
    titularOutcome: {
      type: 'final',
      meta: {
        kind: 'resolution',
        title: 'Votre e-mail UM reste actif 12 mois, prolongeables',
        body: [
          'Lorsque votre activité prend fin ou est suspendue, vos droits d’accès aux ressources numériques sont désactivés. Vous pouvez cependant continuer à utiliser votre e-mail UM pendant 12 mois après la fin de votre activité.',
          'Cette durée est reconductible sur demande : dans l’ENT, ouvrez la vignette « Gestion de compte », puis sélectionnez « Gérer votre demande de prolongation de compte informatique ».',
          'Vous recevrez un premier e-mail 60 jours avant la fin de votre activité, puis des rappels 31 jours, 15 jours et 8 jours avant.',
          'Si vous ne faites pas la demande de prolongation à temps, votre compte informatique, y compris l’accès à l’e-mail UM, sera suspendu une fois les 12 mois écoulés.',
        ],
        schedule: {
          title: 'Vos dates',
          from: 'endDate',
          entries: [
            { label: 'Premier e-mail de rappel', days: -60 },
            { label: 'Rappel', days: -31 },
            { label: 'Rappel', days: -15 },
            { label: 'Dernier rappel', days: -8 },
            { label: 'Fin de votre activité', days: 0 },
            { label: 'Fin de l’accès à l’e-mail UM, sans prolongation', months: 12 },
          ],
        },
      },
    },
    teachingOutcome: {
      type: 'final',
      meta: {
        kind: 'resolution',
        title: 'Votre e-mail UM reste actif 6 mois',
        body: [
          'Lorsque votre activité prend fin ou est suspendue, vos droits d’accès aux ressources numériques sont désactivés. En tant que vacataire d’enseignement ou hébergé éducation nationale, vous pouvez cependant continuer à utiliser votre e-mail UM pendant 6 mois après la fin de votre activité.',
          'Vous recevrez un premier e-mail 60 jours avant la fin de votre activité, puis des rappels 31 jours, 15 jours et 8 jours avant.',
          'Une fois ces 6 mois écoulés, votre compte informatique, y compris l’accès à l’e-mail UM, sera suspendu.',
        ],
        schedule: {
          title: 'Vos dates',
          from: 'endDate',
          entries: [
            { label: 'Premier e-mail de rappel', days: -60 },
            { label: 'Rappel', days: -31 },
            { label: 'Rappel', days: -15 },
            { label: 'Dernier rappel', days: -8 },
            { label: 'Fin de votre activité', days: 0 },
            { label: 'Fin de l’accès à l’e-mail UM', months: 6 },
          ],
        },
      },
    },
    otherOutcome: {
      type: 'final',
      meta: {
        kind: 'resolution',
        title: 'Votre e-mail UM reste actif 3 mois',
        body: [
          'Lorsque votre activité prend fin ou est suspendue, vos droits d’accès aux ressources numériques sont désactivés. Vous pouvez cependant continuer à utiliser votre e-mail UM pendant 3 mois après la fin de votre activité.',
          'Vous recevrez un premier e-mail 60 jours avant la fin de votre activité, puis des rappels 31 jours, 15 jours et 8 jours avant.',
          'Une fois ces 3 mois écoulés, votre compte informatique, y compris l’accès à l’e-mail UM, sera suspendu.',
        ],
        schedule: {
          title: 'Vos dates',
          from: 'endDate',
          entries: [
            { label: 'Premier e-mail de rappel', days: -60 },
            { label: 'Rappel', days: -31 },
            { label: 'Rappel', days: -15 },
            { label: 'Dernier rappel', days: -8 },
            { label: 'Fin de votre activité', days: 0 },
            { label: 'Fin de l’accès à l’e-mail UM', months: 3 },
          ],
        },
      },
    },
  },
});
