import { typeset } from '../../engine';
import { track } from '../measure/track';

/**
 * The helpdesk's number as a link phones can call, with its hours; nothing when unset. Both
 * typeset as they are shown: the number's digit groups and « 8 h » stay together.
 */
export function PhoneLine({ number, hours }: { number: string; hours: string }) {
  if (number === '') return null;
  return (
    <p>
      Par téléphone&#x202F;:{' '}
      <a
        href={`tel:${number.replace(/[\s.]/g, '')}`}
        onClick={() => {
          track({ type: 'action', action: 'telephone' });
        }}
      >
        {typeset(number)}
      </a>
      {hours && `, ${typeset(hours)}`}.
    </p>
  );
}
