/** One thing wrong with a flow, located so the author can find it. */
export interface FlowProblem {
  file: string;
  state?: string;
  message: string;
}

export function formatProblem(problem: FlowProblem): string {
  const where = problem.state === undefined ? '' : ` state "${problem.state}":`;
  return `${problem.file}:${where} ${problem.message}`;
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
