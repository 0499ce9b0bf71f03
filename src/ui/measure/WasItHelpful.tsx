import { useEffect, useId, useRef, useState } from 'react';
import { useLanguage } from '../i18n/useLanguage';
import { measureTexts } from './measureTexts';
import { measureRefused } from './optOut';
import { track } from './track';

/**
 * « Cette procédure vous a-t-elle aidé ? » on an ending, sent to Matomo as an event (the only
 * reason to ask: it is shown only when the DSIN measures, and not to whoever refused). After
 * « Non » on a resolution, the ticket is one link away, carrying the checks done.
 */
export default function WasItHelpful({
  resolution,
  escape,
}: {
  resolution: boolean;
  escape: { href: string; carry: () => void } | undefined;
}) {
  const { language, text } = useLanguage();
  const words = measureTexts[language];
  const headingId = useId();
  const [helped, setHelped] = useState<boolean>();
  const thanksRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    // The buttons are gone: focus goes to what replaced them, which a screen reader then reads.
    if (helped !== undefined) thanksRef.current?.focus();
  }, [helped]);
  if (measureRefused()) return null;
  const answer = (value: boolean) => () => {
    track({ type: 'helped', helped: value });
    setHelped(value);
  };
  return (
    <section className="escape no-print" aria-labelledby={headingId}>
      <h2 id={headingId}>{words.helped}</h2>
      {helped === undefined ? (
        <div className="button-group">
          <button type="button" className="button button--secondary" onClick={answer(true)}>
            {words.yes}
          </button>
          <button type="button" className="button button--secondary" onClick={answer(false)}>
            {words.no}
          </button>
        </div>
      ) : (
        <>
          <p ref={thanksRef} tabIndex={-1}>
            {words.thanks}
          </p>
          {!helped && resolution && escape && (
            <p>
              {words.notSolved}{' '}
              <a href={escape.href} onClick={escape.carry}>
                {text.ending.openTicket}
              </a>
              {text.ending.openTicketAfter}
            </p>
          )}
        </>
      )}
    </section>
  );
}
