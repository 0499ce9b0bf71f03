import { diagnosticFragment } from '../../engine';
import { settings } from '../../settings/settings';
import { ticketWayToDesk } from '../../settings/wayToDesk';
import { MixedText } from '../i18n/MixedText';
import { useLanguage } from '../i18n/useLanguage';
import { localToday } from '../localToday';
import { TicketActions } from '../handOff/TicketActions';
import type { StepProps } from './stepProps';
import { LinkList } from './LinkList';
import { TicketExplained } from './TicketExplained';
import { frenchSummaryWords, TicketSummary } from './TicketSummary';

/**
 * « Vérifiez vos réponses »: every value the agent will receive, each with a way to change it,
 * in the person's language when the review has it (`view.review`). The ticket is French whatever
 * the language (the agent acts on it as it is): on an English page it follows, read only, in a
 * block marked `lang="fr"` under an English explanation of what it says.
 */
export function TicketStep({ view, send }: StepProps<'ticket'>) {
  const { step, ticket, review } = view;
  const { language, text, english } = useLanguage();
  const preparedOn = localToday();
  // The page's own address, so the agent's link opens this very app wherever it is served.
  const agentLink = `${window.location.href.split('#')[0] ?? ''}${diagnosticFragment(ticket, preparedOn)}`;
  const inEnglish = english && review.lang === 'en';

  return (
    <>
      {step.intro && (
        <p>
          <MixedText text={step.intro} />
        </p>
      )}
      {inEnglish ? (
        <>
          <div className="ticket-summary">
            <TicketSummary
              summary={review}
              origin={ticket.origin}
              words={english.review}
              trail={view.trail}
              send={send}
            />
          </div>
          <TicketExplained words={english.ticket} />
          <div className="ticket-summary" lang="fr">
            <TicketSummary
              summary={{ ...ticket, lang: 'fr' }}
              origin={ticket.origin}
              words={frenchSummaryWords}
              trail={view.trail}
              send={undefined}
              level="h3"
            />
          </div>
        </>
      ) : (
        <>
          {english && <TicketExplained words={english.ticket} />}
          <div className="ticket-summary" lang={language === 'fr' ? undefined : 'fr'}>
            <TicketSummary
              summary={review}
              origin={ticket.origin}
              words={frenchSummaryWords}
              trail={view.trail}
              send={send}
            />
          </div>
        </>
      )}
      <LinkList links={step.links} />
      <TicketActions
        ticket={ticket}
        way={ticketWayToDesk(ticket, step.whatNext ?? [], settings, text.ticket.desk)}
        context={{ preparedOn, agentLink }}
      />
    </>
  );
}
