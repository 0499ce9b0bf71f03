import type { Step } from '../contract/stepSchema';

/** How an answered step is named in the trail and the ticket: its summary label, else its heading. */
export function stepLabel(step: Step): string {
  switch (step.kind) {
    case 'question':
      return step.summaryLabel ?? step.prompt;
    case 'instructions':
      return step.summaryLabel ?? step.title;
    default:
      return step.title;
  }
}
