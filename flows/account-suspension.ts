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
      'courriel',
      'messagerie',
      'mail',
      'prolonger',
      'mutation',
      'vacataire',
    ],
    symptoms: [
      'je quitte l’université',
      'mon contrat se termine',
      'mon compte va être suspendu',
      'garder mon adresse mail',
      'compte bloqué depuis mon départ',
      'compte désactivé',
    ],
  },
  initial: 'accountState',
  states: {
    accountState: {
      meta: {
        kind: 'question',
        prompt: 'Pouvez-vous encore vous connecter avec votre compte UM ?',
        help: 'Par exemple à l’ENT ou à votre messagerie UM.',
        summaryLabel: 'Compte UM',
      },
      on: {
        ACTIVE: {
          target: 'profile',
          meta: { label: 'Oui, je peux encore me connecter', summary: 'encore actif' },
        },
        SUSPENDED: {
          target: 'profile',
          actions: { type: 'setField', params: { field: 'account', value: 'suspended' } },
          meta: {
            label: 'Non, mon compte est suspendu : je ne peux plus me connecter',
            summary: 'suspendu, plus de connexion possible',
          },
        },
      },
    },
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
            target: 'suspendedContact',
            guard: { type: 'fieldEquals', params: { field: 'account', value: 'suspended' } },
            actions: 'saveFields',
          },
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
          'Un premier e-mail vous est envoyé 60 jours avant la fin de votre activité, puis des rappels 31 jours, 15 jours et 8 jours avant.',
          'Si vous ne faites pas la demande de prolongation à temps, votre compte informatique, y compris l’accès à l’e-mail UM, est suspendu une fois les 12 mois écoulés.',
        ],
        schedule: {
          title: 'Vos dates',
          from: 'endDate',
          entries: [
            {
              days: -60,
              future: 'Vous recevrez un premier e-mail de rappel le {date}.',
              past: 'Un premier e-mail de rappel vous a été envoyé le {date}.',
            },
            {
              days: -31,
              future: 'Vous recevrez un rappel le {date}.',
              past: 'Un rappel vous a été envoyé le {date}.',
            },
            {
              days: -15,
              future: 'Vous recevrez un rappel le {date}.',
              past: 'Un rappel vous a été envoyé le {date}.',
            },
            {
              days: -8,
              future: 'Vous recevrez un dernier rappel le {date}.',
              past: 'Un dernier rappel vous a été envoyé le {date}.',
            },
            {
              days: 0,
              future: 'Votre activité prendra fin le {date}.',
              past: 'Votre activité a pris fin le {date}.',
            },
            {
              months: 12,
              future: 'Sans prolongation, votre e-mail UM restera actif jusqu’au {date}.',
              past: 'Sans prolongation, votre e-mail UM est resté actif jusqu’au {date}.',
            },
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
          'Un premier e-mail vous est envoyé 60 jours avant la fin de votre activité, puis des rappels 31 jours, 15 jours et 8 jours avant.',
          'Une fois ces 6 mois écoulés, votre compte informatique, y compris l’accès à l’e-mail UM, est suspendu.',
          'La prolongation de cette durée sur demande est réservée au personnel titulaire ou contractuel.',
        ],
        schedule: {
          title: 'Vos dates',
          from: 'endDate',
          entries: [
            {
              days: -60,
              future: 'Vous recevrez un premier e-mail de rappel le {date}.',
              past: 'Un premier e-mail de rappel vous a été envoyé le {date}.',
            },
            {
              days: -31,
              future: 'Vous recevrez un rappel le {date}.',
              past: 'Un rappel vous a été envoyé le {date}.',
            },
            {
              days: -15,
              future: 'Vous recevrez un rappel le {date}.',
              past: 'Un rappel vous a été envoyé le {date}.',
            },
            {
              days: -8,
              future: 'Vous recevrez un dernier rappel le {date}.',
              past: 'Un dernier rappel vous a été envoyé le {date}.',
            },
            {
              days: 0,
              future: 'Votre activité prendra fin le {date}.',
              past: 'Votre activité a pris fin le {date}.',
            },
            {
              months: 6,
              future: 'Votre e-mail UM restera actif jusqu’au {date}.',
              past: 'Votre e-mail UM est resté actif jusqu’au {date}.',
            },
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
          'Un premier e-mail vous est envoyé 60 jours avant la fin de votre activité, puis des rappels 31 jours, 15 jours et 8 jours avant.',
          'Une fois ces 3 mois écoulés, votre compte informatique, y compris l’accès à l’e-mail UM, est suspendu.',
          'La prolongation de cette durée sur demande est réservée au personnel titulaire ou contractuel.',
        ],
        schedule: {
          title: 'Vos dates',
          from: 'endDate',
          entries: [
            {
              days: -60,
              future: 'Vous recevrez un premier e-mail de rappel le {date}.',
              past: 'Un premier e-mail de rappel vous a été envoyé le {date}.',
            },
            {
              days: -31,
              future: 'Vous recevrez un rappel le {date}.',
              past: 'Un rappel vous a été envoyé le {date}.',
            },
            {
              days: -15,
              future: 'Vous recevrez un rappel le {date}.',
              past: 'Un rappel vous a été envoyé le {date}.',
            },
            {
              days: -8,
              future: 'Vous recevrez un dernier rappel le {date}.',
              past: 'Un dernier rappel vous a été envoyé le {date}.',
            },
            {
              days: 0,
              future: 'Votre activité prendra fin le {date}.',
              past: 'Votre activité a pris fin le {date}.',
            },
            {
              months: 3,
              future: 'Votre e-mail UM restera actif jusqu’au {date}.',
              past: 'Votre e-mail UM est resté actif jusqu’au {date}.',
            },
          ],
        },
      },
    },
    suspendedContact: {
      meta: {
        kind: 'form',
        title: 'Comment l’assistance peut-elle vous rappeler ?',
        intro:
          'Un compte suspendu ne permet plus de se connecter à l’ENT : votre demande passe par le formulaire public de demande d’assistance, et un agent vous rappelle.',
        fields: [
          {
            name: 'fullName',
            label: 'Vos nom et prénom',
            ticketLabel: 'Nom et prénom',
            type: 'text',
            required: true,
            requiredMessage: 'Indiquez vos nom et prénom, pour que l’agent sache qui rappeler.',
            maxLength: 120,
          },
          {
            name: 'umLogin',
            label: 'Votre identifiant ou votre adresse e-mail UM (facultatif)',
            ticketLabel: 'Identifiant ou e-mail UM',
            hint: 'Il aide l’agent à retrouver votre compte.',
            type: 'text',
            required: false,
            maxLength: 120,
          },
          {
            name: 'contactPhone',
            label: 'Numéro de téléphone où vous rappeler',
            ticketLabel: 'Téléphone',
            hint: 'Par exemple 06 12 34 56 78 ou +33 6 12 34 56 78.',
            type: 'tel',
            required: true,
            requiredMessage: 'Indiquez le numéro où l’agent peut vous rappeler.',
          },
          {
            name: 'availability',
            label: 'Quand vous rappeler ? (facultatif)',
            ticketLabel: 'Disponibilités',
            hint: 'Par exemple : le matin, ou le mardi et le jeudi après-midi.',
            type: 'text',
            required: false,
            maxLength: 120,
          },
        ],
        submitLabel: 'Continuer',
      },
      on: { SUBMIT: { target: 'suspendedTicket', actions: 'saveFields' } },
    },
    suspendedTicket: {
      type: 'final',
      meta: {
        kind: 'ticket',
        title: 'Votre demande est prête : copiez-la puis envoyez-la par le formulaire d’assistance',
        intro:
          'Vérifiez ces informations : l’agent qui vous rappelle saura de quel compte il s’agit.',
        channel: 'assistanceForm',
        ticketTitle: 'Compte informatique suspendu — {fullName}',
        fields: ['endDate', 'fullName', 'umLogin', 'contactPhone', 'availability'],
        answers: ['accountState', 'profile'],
      },
    },
  },
});
