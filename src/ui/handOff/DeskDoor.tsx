import type { Settings } from '../../settings/settingsSchema';
import type { serviceCenterDoor } from '../../settings/wayToDesk';
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
  return (
    <>
      <p>
        Contactez l’assistance via le Centre de Services
        {door.path && ` (${door.path})`}&#x202F;:{' '}
        <a
          href={door.href}
          target="_blank"
          rel="noopener noreferrer"
          onClick={() => {
            track({ type: 'action', action: 'centre-de-services' });
          }}
        >
          {door.label} (nouvel onglet)
        </a>
      </p>
      <PhoneLine number={phone.phoneNumber} hours={phone.phoneHours} />
    </>
  );
}
