import type { Settings } from '../../settings/settingsSchema';
import type { serviceCenterDoor } from '../../settings/wayToDesk';
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
        <a href={door.href} target="_blank" rel="noopener noreferrer">
          {door.label} (nouvel onglet)
        </a>
      </p>
      <PhoneLine number={phone.phoneNumber} hours={phone.phoneHours} />
    </>
  );
}
