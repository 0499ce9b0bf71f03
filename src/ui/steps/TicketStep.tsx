import { diagnosticFragment, notProvided, type SessionEvent } from '../../engine';
import { settings } from '../../settings/settings';
import { ticketWayToDesk } from '../../settings/wayToDesk';
import { FrenchText } from '../i18n/FrenchText';
import { MixedText } from '../i18n/MixedText';
import { useLanguage } from '../i18n/useLanguage';
import { localToday } from '../localToday';
import { TicketActions } from '../handOff/TicketActions';
import type { StepProps } from './stepProps';
import { LinkList } from './LinkList';
import { TicketExplained } from './TicketExplained';

/**
 * « Check your answers »: every value the agent will receive, each with a way to change it. The
 * ticket is French whatever the person's language (the agent acts on it as it is): on an English
 * page it is a block marked `lang="fr"`, under an English explanation of what it says.
 */
export function TicketStep({ view, send }: StepProps<'ticket'>) {
  const { step, ticket } = view;
  const { text, english } = useLanguage();
  const trailIndex = (stateId: string) =>
    view.trail.findLastIndex((item) => item.stateId === stateId);
  const preparedOn = localToday();
  // The page's own address, so the agent's link opens this very app wherever it is served.
  const agentLink = `${window.location.href.split('#')[0] ?? ''}${diagnosticFragment(ticket, preparedOn)}`;
  // A field this path never asked (the office, when the Centre de Services knows it) is not a
  // blank the person left: it is not listed. An optional field they saw and left empty is, so
  // that « Modifier » lets them fill it in.
  const asked = ticket.fields.filter((field) => field.value !== '' || field.stateId !== '');
  const lines = (title: string, items: typeof ticket.answers) =>
    items.length > 0 && (
      <>
        <h2>{title}</h2>
        <SummaryList
          rows={items.map((item) => ({
            key: item.stateId,
            label: item.question,
            value: item.answer,
            index: trailIndex(item.stateId),
          }))}
          send={send}
        />
      </>
    );

  return (
    <>
      {step.intro && (
        <p>
          <MixedText text={step.intro} />
        </p>
      )}
      {english && <TicketExplained words={english.ticket} />}
      <div className="ticket-summary" lang={english ? 'fr' : undefined}>
        <h2>Objet</h2>
        <p className="ticket-title">{ticket.title}</p>
        {asked.length > 0 && (
          <>
            <h2>Informations</h2>
            <SummaryList
              rows={asked.map((field) => ({
                key: field.name,
                label: field.label,
                value: field.value === '' ? notProvided : field.value,
                index: trailIndex(field.stateId),
              }))}
              send={send}
            />
          </>
        )}
        {lines('Réponses', ticket.answers)}
        {lines('Vérifications déjà faites', ticket.checks)}
        {ticket.origin && (
          <>
            <h2>Procédure suivie auparavant&#x202F;: {ticket.origin.flowTitle}</h2>
            <SummaryList
              rows={ticket.origin.checks.map((check, position) => ({
                key: String(position),
                label: check.question,
                value: check.answer,
                index: -1,
              }))}
              send={send}
            />
          </>
        )}
      </div>
      <LinkList links={step.links} />
      <TicketActions
        ticket={ticket}
        way={ticketWayToDesk(ticket, step.whatNext ?? [], settings, text.ticket.desk)}
        context={{ preparedOn, agentLink }}
      />
    </>
  );
}

interface Row {
  key: string;
  label: string;
  value: string;
  /** Where « Modifier » leads in the trail; -1 when the value cannot be changed here. */
  index: number;
}

function SummaryList({
  rows,
  send,
}: {
  rows: readonly Row[];
  send: (event: SessionEvent) => void;
}) {
  const { language, text } = useLanguage();
  return (
    <dl className="summary-list">
      {rows.map((row, index) => (
        <div className="summary-list__row" key={`${String(index)}-${row.key}`}>
          <dt>{row.label}</dt>
          <dd className="summary-list__value">{row.value}</dd>
          <dd className="summary-list__action no-print">
            {row.index >= 0 && (
              // In the person's language, in a French block on an English page.
              <button
                type="button"
                className="link-button"
                lang={language === 'fr' ? undefined : language}
                onClick={() => {
                  send({ type: 'CHANGE', index: row.index });
                }}
              >
                {text.ticket.change}
                <span className="visually-hidden">
                  {text.frame.colon}
                  <FrenchText>{row.label}</FrenchText>
                </span>
              </button>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
