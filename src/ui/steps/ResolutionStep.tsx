import { scheduleLines } from '../../engine';
import { settings } from '../../settings/settings';
import { serviceCenterDoor } from '../../settings/wayToDesk';
import { DeskDoor } from '../handOff/DeskDoor';
import { localToday } from '../localToday';
import { homeHref } from '../routing/useHashRoute';
import type { StepProps } from './stepProps';
import { LinkList } from './LinkList';

export function ResolutionStep({ view, escape }: StepProps<'resolution'>) {
  const { step } = view;
  return (
    <>
      <div className="panel panel--success">
        {step.body.map((paragraph, index) => (
          // Fixed texts in the flow's order: the position is their identity.
          <p key={index}>{paragraph}</p>
        ))}
      </div>
      {view.schedule && (
        <>
          <h2>{view.schedule.title}</h2>
          <ul className="schedule">
            {scheduleLines(view.schedule, localToday()).map((line, index) => (
              // Computed in the flow's order: the position is their identity.
              <li key={index}>{line}</li>
            ))}
          </ul>
        </>
      )}
      <LinkList links={step.links} />
      <section className="escape no-print" aria-labelledby="besoin-aide">
        <h2 id="besoin-aide">Besoin d’aide&#x202F;?</h2>
        {escape && (
          <p>
            {/* After « Oui, ça fonctionne », the question is whether it lasted. */}
            {step.solved === true ? 'Le problème revient\u202f?' : 'Ce n’était pas ça\u202f?'}{' '}
            <a href={escape.href} onClick={escape.carry}>
              Ouvrir un ticket
            </a>
            &#x202F;: quelques questions, puis un texte prêt à déposer.
          </p>
        )}
        <DeskDoor door={serviceCenterDoor(settings)} phone={settings} />
      </section>
      <p className="no-print">
        <a href={homeHref}>Retour à la liste des procédures</a>
      </p>
    </>
  );
}
