import type { PageProblem } from './linkProblems';

/** What went wrong and what the agent can do, as plain text: nothing from a link is markup. */
export function ProblemNotice({ problem }: { problem: PageProblem }) {
  return (
    <section className="panel diagnostic-problem" aria-labelledby="diagnostic-problem-title">
      <h2 id="diagnostic-problem-title">{problem.title}</h2>
      <p>{problem.text}</p>
      <p>{problem.action}</p>
    </section>
  );
}
