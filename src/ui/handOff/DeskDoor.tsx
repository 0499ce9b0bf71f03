import type { Settings } from '../../settings/settingsSchema';
import type { serviceCenterDoor } from '../../settings/wayToDesk';
import { FrenchText } from '../i18n/FrenchText';
import { useText } from '../i18n/useText';
import { track } from '../measure/track';
import { PhoneLine } from './PhoneLine';

/** The Centre de Services one link away, with the way there in words and the phone if set. */
export function DeskDoor({
  door,
  phone,
}: {
  door: ReturnType<typeof serviceCenterDoor>;
  phone: Pick<Settings, 'phoneNumber' | 'phoneHours'>;
}) {
  const { ending, frame } = useText();
  return (
    <>
      <p>
        {ending.contactDesk}
        {door.path && (
          <>
            {' ('}
            <FrenchText>{door.path}</FrenchText>)
          </>
        )}
        {frame.colon}
        <a
          href={door.href}
          target="_blank"
          rel="noopener noreferrer"
          onClick={() => {
            track({ type: 'action', action: 'centre-de-services' });
          }}
        >
          {door.label} {ending.newTab}
        </a>
      </p>
      <PhoneLine number={phone.phoneNumber} hours={phone.phoneHours} />
    </>
  );
}
