import { useId } from 'react';
import { useText } from '../i18n/useText';

/**
 * « Effacer mes réponses de ce navigateur », for whoever leaves a shared computer. No « Are you
 * sure? » step: the button says what it does, and what it loses (answers, a prepared request)
 * takes a minute to redo; the hint says when to use it, and the result is confirmed.
 */
export function ClearAnswers({ hint, onClear }: { hint: string; onClear: () => void }) {
  const { clear } = useText();
  const headingId = useId();
  return (
    <section className="clear-answers no-print" aria-labelledby={headingId}>
      <h2 id={headingId}>{clear.heading}</h2>
      <p>{hint}</p>
      <button type="button" className="button button--secondary" onClick={onClear}>
        {clear.button}
      </button>
    </section>
  );
}
