import { useState } from 'react';
import { chooseMeasure, measureChoice } from './optOut';

const sentences = {
  accepted:
    'Mesure d’audience anonyme (Matomo, sans cookie)\u202f: les étapes vues, jamais ce que vous saisissez.',
  refused: 'Vous avez refusé la mesure d’audience\u202f: rien n’est envoyé.',
  unavailable: 'Ce navigateur ne garde rien\u202f: aucune mesure d’audience n’est faite.',
};

/**
 * The footer's line on audience measurement, with the way to refuse it (or to accept it again),
 * remembered in this browser: the opposition the CNIL's exemption from consent requires.
 */
export default function MeasureChoice() {
  const [choice, setChoice] = useState(measureChoice);
  return (
    <p>
      <span aria-live="polite">{sentences[choice]}</span>{' '}
      {choice !== 'unavailable' && (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setChoice(chooseMeasure(choice === 'refused' ? 'accepted' : 'refused'));
          }}
        >
          {choice === 'refused' ? 'Accepter la mesure d’audience' : 'Refuser la mesure d’audience'}
        </button>
      )}
    </p>
  );
}
