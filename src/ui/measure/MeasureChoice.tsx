import { useState } from 'react';
import { useLanguage } from '../i18n/useLanguage';
import { measureTexts } from './measureTexts';
import { chooseMeasure, measureChoice } from './optOut';

/**
 * The footer's line on audience measurement, with the way to refuse it (or to accept it again),
 * remembered in this browser: the opposition the CNIL's exemption from consent requires.
 */
export default function MeasureChoice() {
  const words = measureTexts[useLanguage().language];
  const [choice, setChoice] = useState(measureChoice);
  return (
    <p>
      <span aria-live="polite">{words[choice]}</span>{' '}
      {choice !== 'unavailable' && (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setChoice(chooseMeasure(choice === 'refused' ? 'accepted' : 'refused'));
          }}
        >
          {choice === 'refused' ? words.accept : words.refuse}
        </button>
      )}
    </p>
  );
}
