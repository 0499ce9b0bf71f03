import type { DiagnosticRecord } from '../../engine';
import { ReadOnlyList } from './ReadOnlyList';

/** The checks carried from a flow the person left through « Ce n’était pas ça ? ». */
export function OriginChecks({ origin }: { origin: DiagnosticRecord['origin'] }) {
  if (!origin) return null;
  return (
    <>
      <h2>Procédure suivie auparavant&#x202F;: {origin.flowTitle}</h2>
      <ReadOnlyList
        rows={origin.checks.map(({ question, answer }) => ({ label: question, value: answer }))}
      />
    </>
  );
}
