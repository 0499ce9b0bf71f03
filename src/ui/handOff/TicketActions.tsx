import { useId, useRef, useState } from 'react';
import { mailtoHref, ticketText, type Ticket, type TicketTextContext } from '../../engine';
import type { WayToDesk } from '../../settings/wayToDesk';
import { MixedText } from '../i18n/MixedText';
import { useLanguage } from '../i18n/useLanguage';
import { track } from '../measure/track';
import { PhoneLine } from './PhoneLine';

type CopyState = 'idle' | 'copied' | 'manual';

/**
 * The hand-off: what to do, in order, with the copy and download buttons and the link to the
 * desk where each belongs, then what happens next. Nothing leaves the browser from here but by
 * the person's own action, and the page says so: the request is prepared, not sent.
 */
export function TicketActions({
  ticket,
  way,
  context,
}: {
  ticket: Ticket;
  way: WayToDesk;
  context: TicketTextContext;
}) {
  const { language, text: words } = useLanguage();
  const { ticket: said, ending } = words;
  const text = ticketText(ticket, context);
  const [copy, setCopy] = useState<CopyState>('idle');
  const manualRef = useRef<HTMLTextAreaElement>(null);
  const headingId = useId();
  const desk = ticket.channel === 'assistanceForm' ? 'formulaire' : 'centre-de-services';

  async function copyText() {
    track({ type: 'action', action: 'copie' });
    try {
      await navigator.clipboard.writeText(text);
      setCopy('copied');
    } catch {
      // Clipboard refused (permissions, insecure context, old browser): select the text instead.
      setCopy('manual');
      requestAnimationFrame(() => {
        manualRef.current?.focus();
        manualRef.current?.select();
      });
    }
  }

  function download() {
    track({ type: 'action', action: 'txt' });
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `demande-${ticket.flow.id}.txt`;
    link.click();
    URL.revokeObjectURL(url);
  }

  return (
    <section className="hand-off" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <MixedText text={way.heading} />
      </h2>
      <p className="no-print">{said.notSent}</p>
      {way.reason && (
        <p>
          <MixedText text={way.reason} />
        </p>
      )}
      <ol className="hand-off__steps">
        {way.steps.map((step) => (
          <li key={step.text}>
            <MixedText text={step.text} />
            {step.copy && (
              <div className="no-print">
                <div className="button-group">
                  <button type="button" className="button" onClick={() => void copyText()}>
                    {said.copy}
                  </button>
                  <button type="button" className="button button--secondary" onClick={download}>
                    {said.download}
                  </button>
                </div>
                <p role="status" className="status">
                  {copy === 'copied' && said.copied}
                  {copy === 'manual' && said.copyManual}
                </p>
                {copy === 'manual' && (
                  <textarea
                    ref={manualRef}
                    className="input textarea"
                    readOnly
                    rows={12}
                    value={text}
                    aria-label={said.textLabel}
                    // The request is French whatever the page's language: the agent reads it.
                    lang={language === 'fr' ? undefined : 'fr'}
                  />
                )}
              </div>
            )}
            {step.link && (
              <p className="no-print">
                <a
                  className="button button--secondary"
                  href={step.link.href}
                  target="_blank"
                  rel="noopener noreferrer"
                  onClick={() => {
                    track({ type: 'action', action: desk });
                  }}
                >
                  <MixedText text={step.link.label} /> {ending.newTab}
                </a>
              </p>
            )}
          </li>
        ))}
      </ol>
      {way.email && (
        <p className="no-print">
          {said.emailBefore}{' '}
          <a
            href={mailtoHref(ticket, way.email, context)}
            onClick={() => {
              track({ type: 'action', action: 'e-mail' });
            }}
          >
            {said.emailLink(way.email)}
          </a>
          {said.emailAfter}
        </p>
      )}
      {way.phone && <PhoneLine {...way.phone} />}
      <h2>{said.whatNext}</h2>
      <ul>
        {way.whatNext.map((line) => (
          <li key={line}>
            <MixedText text={line} />
          </li>
        ))}
      </ul>
    </section>
  );
}
