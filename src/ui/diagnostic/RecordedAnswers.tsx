import type { LeftOverAnswer } from '../../engine';
import { ReadOnlyList } from './ReadOnlyList';

/**
 * Answers that could not be replayed, exactly as recorded: an answer only has its code, a form
 * its values. Nothing the person gave is lost, even when the flow no longer explains it.
 */
export function RecordedAnswers({
  title,
  answers,
}: {
  title: string;
  answers: readonly LeftOverAnswer[];
}) {
  if (answers.length === 0) return null;
  return (
    <>
      <h2>{title}</h2>
      <ol className="recorded-answers">
        {answers.map((item, index) =>
          item.values.length === 0 ? (
            <li key={index}>
              Réponse enregistrée sous le code <code>{item.event}</code>
            </li>
          ) : (
            <li key={index}>
              Formulaire envoyé&#x202F;:
              <ReadOnlyList rows={item.values} />
            </li>
          ),
        )}
      </ol>
    </>
  );
}
