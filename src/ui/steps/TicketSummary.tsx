import { notProvided, type SessionEvent, type Ticket, type TicketReview } from '../../engine';
import type { SummaryWords } from '../i18n/dictionary';
import { FrenchText } from '../i18n/FrenchText';
import { MixedText } from '../i18n/MixedText';
import { useLanguage } from '../i18n/useLanguage';

/** The ticket's own headings: what the agent reads, and what the person sees in French. */
export const frenchSummaryWords: SummaryWords = {
  subject: 'Objet',
  details: 'Informations',
  answers: 'Réponses',
  checks: 'Vérifications déjà faites',
  before: 'Procédure suivie auparavant\u202f: ',
  notProvided,
};

/**
 * A ticket's subject, values and answers as a GOV.UK summary list. `send`: each row collected on
 * this path gets « Modifier » (« Change »), which goes back to its step; without it, read only.
 * `origin`: the checks of the procedure left before this one, French as the agent gets them.
 */
export function TicketSummary({
  summary,
  origin,
  words,
  trail,
  send,
  level = 'h2',
}: {
  summary: TicketReview;
  origin: Ticket['origin'];
  words: SummaryWords;
  trail: readonly { stateId: string }[];
  send: ((event: SessionEvent) => void) | undefined;
  level?: 'h2' | 'h3';
}) {
  const Heading = level;
  const trailIndex = (stateId: string) =>
    send ? trail.findLastIndex((item) => item.stateId === stateId) : -1;
  // A field this path never asked (the office, when the Centre de Services knows it) is not a
  // blank the person left: it is not listed. An optional field they saw and left empty is, so
  // that « Modifier » lets them fill it in.
  const asked = summary.fields.filter((field) => field.value !== '' || field.stateId !== '');
  const lines = (title: string, items: TicketReview['answers']) =>
    items.length > 0 && (
      <>
        <Heading>{title}</Heading>
        <SummaryList
          rows={items.map((item) => ({
            key: item.stateId,
            label: item.question,
            value: item.answer,
            index: trailIndex(item.stateId),
          }))}
          send={send}
          french={summary.lang === 'fr'}
        />
      </>
    );
  return (
    <>
      <Heading>{words.subject}</Heading>
      <p className="ticket-title">
        <Shown text={summary.title} english={summary.lang === 'en'} />
      </p>
      {asked.length > 0 && (
        <>
          <Heading>{words.details}</Heading>
          <SummaryList
            rows={asked.map((field) => ({
              key: field.name,
              label: field.label,
              value: field.value === '' ? words.notProvided : field.value,
              index: trailIndex(field.stateId),
            }))}
            send={send}
            french={summary.lang === 'fr'}
          />
        </>
      )}
      {lines(words.answers, summary.answers)}
      {lines(words.checks, summary.checks)}
      {origin && (
        <>
          <Heading>
            {words.before}
            <FrenchText>{origin.flowTitle}</FrenchText>
          </Heading>
          <div lang={summary.lang === 'fr' ? undefined : 'fr'}>
            <SummaryList
              rows={origin.checks.map((check, position) => ({
                key: String(position),
                label: check.question,
                value: check.answer,
                index: -1,
              }))}
              send={send}
              french
            />
          </div>
        </>
      )}
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

/** `french`: the rows are French (the ticket's), whatever the page's language. */
function SummaryList({
  rows,
  send,
  french,
}: {
  rows: readonly Row[];
  send: ((event: SessionEvent) => void) | undefined;
  french: boolean;
}) {
  const { language, text } = useLanguage();
  return (
    <dl className="summary-list">
      {rows.map((row, index) => (
        <div className="summary-list__row" key={`${String(index)}-${row.key}`}>
          <dt>
            <Shown text={row.label} english={!french} />
          </dt>
          <dd className="summary-list__value">
            <Shown text={row.value} english={!french} />
          </dd>
          {send && (
            <dd className="summary-list__action no-print">
              {row.index >= 0 && (
                // In the page's language, even in a French block on an English page.
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
                    <span lang={french && language !== 'fr' ? 'fr' : undefined}>
                      <Shown text={row.label} english={!french} />
                    </span>
                  </span>
                </button>
              )}
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}

/** An English review's text, each « … » in it marked French; a French one as it is. */
function Shown({ text, english }: { text: string; english: boolean }) {
  return english ? <MixedText text={text} /> : text;
}
