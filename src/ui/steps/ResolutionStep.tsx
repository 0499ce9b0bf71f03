import { scheduleLines } from '../../engine';
import { settings } from '../../settings/settings';
import { serviceCenterDoor } from '../../settings/wayToDesk';
import { DeskDoor } from '../handOff/DeskDoor';
import { MixedText } from '../i18n/MixedText';
import { useText } from '../i18n/useText';
import { localToday } from '../localToday';
import { homeHref } from '../routing/useHashRoute';
import type { StepProps } from './stepProps';
import { LinkList } from './LinkList';

export function ResolutionStep({ view, escape }: StepProps<'resolution'>) {
  const { step } = view;
  const { ending, ticket } = useText();
  return (
    <>
      <div className="panel panel--success">
        {step.body.map((paragraph, index) => (
          // Fixed texts in the flow's order: the position is their identity.
          <p key={index}>
            <MixedText text={paragraph} />
          </p>
        ))}
      </div>
      {view.schedule && (
        <>
          <h2>
            <MixedText text={view.schedule.title} />
          </h2>
          <ul className="schedule">
            {scheduleLines(view.schedule, localToday()).map((line, index) => (
              // Computed in the flow's order: the position is their identity.
              <li key={index}>
                <MixedText text={line} />
              </li>
            ))}
          </ul>
        </>
      )}
      <LinkList links={step.links} />
      <section className="escape no-print" aria-labelledby="besoin-aide">
        <h2 id="besoin-aide">{ending.needHelp}</h2>
        {escape && (
          <p>
            {/* After « Oui, ça fonctionne », the question is whether it lasted. */}
            {step.solved === true ? ending.cameBack : ending.notIt}{' '}
            <a href={escape.href} onClick={escape.carry}>
              {ending.openTicket}
            </a>
            {ending.openTicketAfter}
          </p>
        )}
        <DeskDoor door={serviceCenterDoor(settings, ticket.desk)} phone={settings} />
      </section>
      <p className="no-print">
        <a href={homeHref}>{ending.backToList}</a>
      </p>
    </>
  );
}
