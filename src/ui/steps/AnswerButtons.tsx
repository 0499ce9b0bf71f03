import type { Answer, SessionEvent } from '../../engine';
import { MixedText } from '../i18n/MixedText';

/** One large button per answer: a tap or Enter answers, nothing else to confirm. */
export function AnswerButtons({
  answers,
  send,
}: {
  answers: readonly Answer[];
  send: (event: SessionEvent) => void;
}) {
  return (
    <div className="answers">
      {answers.map((answer) => (
        <button
          key={answer.event}
          type="button"
          className="button button--answer"
          onClick={() => {
            send({ type: 'ANSWER', event: answer.event });
          }}
        >
          <MixedText text={answer.label} />
        </button>
      ))}
    </div>
  );
}
