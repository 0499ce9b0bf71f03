/** One thing wrong with a flow, located so the author can find it. Warnings do not block. */
export interface FlowProblem {
  file: string;
  state?: string;
  message: string;
  severity?: 'error' | 'warning';
}

/** `flows/<file>: state "<id>": <what is wrong>. <how to fix>`, warnings marked as such. */
export function formatProblem(problem: FlowProblem): string {
  const where = problem.state === undefined ? '' : ` state "${problem.state}":`;
  const mark = problem.severity === 'warning' ? ' [avertissement]' : '';
  return `${problem.file}:${where}${mark} ${problem.message}`;
}

/** Thrown when a flow breaks the contract; its message lists every problem, one per line. */
export class FlowContractError extends Error {
  readonly problems: readonly FlowProblem[];

  constructor(problems: readonly FlowProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'FlowContractError';
    this.problems = problems;
  }
}
