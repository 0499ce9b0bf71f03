import { typeset } from '../../engine';
import { FrenchText } from '../i18n/FrenchText';
import { useText } from '../i18n/useText';
import { track } from '../measure/track';

/**
 * The helpdesk's number as a link phones can call, with its hours; nothing when unset. Both
 * typeset as they are shown: the number's digit groups and « 8 h » stay together. The hours are
 * the settings' French words.
 */
export function PhoneLine({ number, hours }: { number: string; hours: string }) {
  const { ending } = useText();
  if (number === '') return null;
  return (
    <p>
      {ending.phone}{' '}
      <a
        href={`tel:${number.replace(/[\s.]/g, '')}`}
        onClick={() => {
          track({ type: 'action', action: 'telephone' });
        }}
      >
        {typeset(number)}
      </a>
      {hours && (
        <>
          {', '}
          <FrenchText>{typeset(hours)}</FrenchText>
        </>
      )}
      .
    </p>
  );
}
