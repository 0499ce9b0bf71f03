import { useEffect, useRef, useState } from 'react';
import type { StepView } from '../engine';

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
          {erases === 'ticket'
            ? 'Recommencer efface vos réponses et la demande préparée. Si vous ne l’avez pas encore déposée, copiez-la d’abord.'
            : 'Recommencer efface vos réponses, y compris ce que vous avez saisi.'}
        </p>
        <div className="button-group">
          <button type="button" className="button button--warning" onClick={onRestart}>
            Oui, tout effacer et recommencer
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              answered.current = true;
              setAsking(false);
            }}
          >
            Non, continuer
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
        Recommencer la procédure
      </button>
    </p>
  );
}
