import { useEffect, useRef, useState } from 'react';
import type { StepView } from '../engine';
import { useText } from './i18n/useText';

interface RestartProcedureProps {
  /** What restarting would erase; nothing asks no question. */
  erases: StepView['restartErases'];
  onRestart: () => void;
}

/**
 * « Recommencer la procédure », asking first when it would erase what the person typed or the
 * ticket they prepared: on a phone the link sits right under the last action button, where a
 * thumb slips. The question is inline (no modal): it stays in the reading order, and « Non »
 * puts focus back where it was.
 */
export function RestartProcedure({ erases, onRestart }: RestartProcedureProps) {
  const { wizard } = useText();
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const restartRef = useRef<HTMLButtonElement>(null);
  const answered = useRef(false);

  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (answered.current) restartRef.current?.focus();
  }, [asking]);

  if (asking)
    return (
      <div className="restart restart--asking panel no-print">
        <p ref={questionRef} tabIndex={-1}>
          {erases === 'ticket' ? wizard.restartAskTicket : wizard.restartAskTyping}
        </p>
        <div className="button-group">
          <button type="button" className="button button--warning" onClick={onRestart}>
            {wizard.restartYes}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              answered.current = true;
              setAsking(false);
            }}
          >
            {wizard.restartNo}
          </button>
        </div>
      </div>
    );

  return (
    <p className="restart no-print">
      <button
        ref={restartRef}
        type="button"
        className="link-button"
        onClick={() => {
          if (erases === 'nothing') onRestart();
          else setAsking(true);
        }}
      >
        {wizard.restart}
      </button>
    </p>
  );
}
