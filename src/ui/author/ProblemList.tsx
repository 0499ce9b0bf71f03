import { formatProblem, type FlowProblem } from '../../engine';

/** What flows:check says of a flow, the same lines as on the command line. */
export function ProblemList({ problems }: { problems: readonly FlowProblem[] }) {
  if (problems.length === 0)
    return <p className="status-ok">Aucun problème&#x202F;: la procédure passe flows:check.</p>;
  return (
    <ul className="problems">
      {problems.map((problem, index) => (
        <li
          key={index}
          className={problem.severity === 'warning' ? 'problem--warning' : 'problem--error'}
        >
          <strong>{problem.severity === 'warning' ? 'Avertissement' : 'Erreur'}&#x202F;: </strong>
          {formatProblem(problem)}
        </li>
      ))}
    </ul>
  );
}

export function problemSummary(problems: readonly FlowProblem[]): string {
  const errors = problems.filter((problem) => problem.severity !== 'warning').length;
  const warnings = problems.length - errors;
  if (problems.length === 0) return 'Aucun problème';
  return [
    errors > 0 && `${String(errors)} erreur${errors > 1 ? 's' : ''}`,
    warnings > 0 && `${String(warnings)} avertissement${warnings > 1 ? 's' : ''}`,
  ]
    .filter(Boolean)
    .join(', ');
}
