import type { SessionEvent } from '../../engine';
import { describeTarget } from '../../engine';
import { TicketActions } from '../TicketActions';
import type { StepProps } from './stepProps';

/** « Check your answers »: every value the agent will receive, each with a way to change it. */
export function TicketStep({ view, send }: StepProps<'ticket'>) {
  const { step, ticket } = view;
  const trailIndex = (stateId: string) =>
    view.trail.findLastIndex((item) => item.stateId === stateId);

  return (
    <>
      {step.intro && <p>{step.intro}</p>}
      <div className="panel">
        <p className="panel__label">Où déposer la demande dans le Centre de Services</p>
        <p>{capitalize(describeTarget(ticket.target))}</p>
      </div>
      <h2>Objet</h2>
      <p className="ticket-title">{ticket.title}</p>
      <h2>Informations</h2>
      <SummaryList
        rows={ticket.fields.map((field) => ({
          key: field.name,
          label: field.label,
          value: field.value,
          index: trailIndex(field.stateId),
        }))}
        send={send}
      />
      {ticket.checks.length > 0 && (
        <>
          <h2>Vérifications déjà faites</h2>
          <SummaryList
            rows={ticket.checks.map((check) => ({
              key: check.stateId,
              label: check.question,
              value: check.answer,
              index: trailIndex(check.stateId),
            }))}
            send={send}
          />
        </>
      )}
      {ticket.origin && (
        <>
          <h2>Procédure suivie auparavant : {ticket.origin.flowTitle}</h2>
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
      <TicketActions ticket={ticket} />
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
  return (
    <dl className="summary-list">
      {rows.map((row, index) => (
        <div className="summary-list__row" key={`${String(index)}-${row.key}`}>
          <dt>{row.label}</dt>
          <dd className="summary-list__value">{row.value}</dd>
          <dd className="summary-list__action no-print">
            {row.index >= 0 && (
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  send({ type: 'CHANGE', index: row.index });
                }}
              >
                Modifier<span className="visually-hidden"> : {row.label}</span>
              </button>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
