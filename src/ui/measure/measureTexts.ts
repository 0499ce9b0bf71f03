import type { Language } from '../i18n/language';

const fr = {
  accepted:
    'Mesure d’audience anonyme (Matomo, sans cookie)\u202f: les étapes vues, jamais ce que vous saisissez.',
  refused: 'Vous avez refusé la mesure d’audience\u202f: rien n’est envoyé.',
  unavailable: 'Ce navigateur ne garde rien\u202f: aucune mesure d’audience n’est faite.',
  accept: 'Accepter la mesure d’audience',
  refuse: 'Refuser la mesure d’audience',
  helped: 'Cette procédure vous a-t-elle aidé\u202f?',
  yes: 'Oui',
  no: 'Non',
  thanks: 'Merci pour votre réponse\u202f: elle sert à améliorer les procédures.',
  notSolved: 'Le problème n’est pas réglé\u202f?',
};

/**
 * The audience measurement's words, in both languages, with its chunks rather than in the
 * dictionaries: a build without Matomo holds not a byte of the measurement, its words included.
 */
export const measureTexts: Record<Language, typeof fr> = {
  fr,
  en: {
    accepted:
      'Anonymous audience measurement (Matomo, no cookie): the steps seen, never what you type.',
    refused: 'You have refused audience measurement: nothing is sent.',
    unavailable: 'This browser keeps nothing: no audience measurement is made.',
    accept: 'Accept audience measurement',
    refuse: 'Refuse audience measurement',
    helped: 'Did this procedure help you?',
    yes: 'Yes',
    no: 'No',
    thanks: 'Thank you for your answer: it helps improve the procedures.',
    notSolved: 'Problem not solved?',
  },
};
