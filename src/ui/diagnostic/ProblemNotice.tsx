import { useId } from 'react';
import type { PageProblem } from './linkProblems';

/** What went wrong and what the agent can do, as plain text: nothing from a link is markup. */
export function ProblemNotice({ problem }: { problem: PageProblem }) {
  const titleId = useId();
  return (
    <section className="panel diagnostic-problem" aria-labelledby={titleId}>
      <h2 id={titleId}>{problem.title}</h2>
      <p>{problem.text}</p>
      <p>{problem.action}</p>
    </section>
  );
}
