// A SurveyJS survey equivalent to a 3-question flow: one question per screen, a click on an
// answer moves to the next question at once (as the wizard's answer buttons do), « Précédent » goes back.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { Model, settings } from 'survey-core';
import 'survey-core/i18n/french';
import { Survey } from 'survey-react-ui';
import 'survey-core/survey-core.css';

// SurveyJS waits 300 ms before advancing; the wizard does not wait, so neither does this page.
settings.autoAdvanceDelay = 0;

const json = {
  locale: 'fr',
  title: 'Problème de connexion réseau',
  questionsOnPageMode: 'questionPerPage',
  autoAdvanceEnabled: true,
  showProgressBar: true,
  elements: [
    {
      type: 'radiogroup',
      name: 'connectionType',
      title: 'Comment votre ordinateur est-il relié au réseau ?',
      description:
        "Un câble Ethernet relie l'ordinateur (ou sa station d'accueil) à une prise murale.",
      choices: [
        { value: 'WIRED', text: 'Par un câble Ethernet' },
        { value: 'WIFI', text: 'En Wi-Fi' },
      ],
    },
    {
      type: 'radiogroup',
      name: 'checked',
      title: 'La connexion fonctionne-t-elle maintenant ?',
      description: 'Débranchez puis rebranchez le câble, ou vérifiez que le Wi-Fi est activé.',
      choices: [
        { value: 'FIXED', text: 'Oui, ça fonctionne' },
        { value: 'STILL_FAILING', text: 'Non, toujours pas de connexion' },
      ],
    },
    {
      type: 'radiogroup',
      name: 'since',
      title: 'Le problème touche-t-il aussi vos collègues ?',
      choices: [
        { value: 'YES', text: 'Oui' },
        { value: 'NO', text: 'Non, seulement moi' },
      ],
    },
  ],
};

const survey = new Model(json);
// The last answer must not complete the survey: the benchmark goes back and forth.
survey.autoAdvanceAllowComplete = false;
createRoot(document.getElementById('root')).render(createElement(Survey, { model: survey }));
