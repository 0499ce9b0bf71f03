import type { Step } from '../contract/stepSchema';
import { typeset } from '../text/typeset';

/**
 * How an answered step is named in the trail and the ticket: its summary label, else its
 * heading; typeset, as everything people read.
 */
export function stepLabel(step: Step): string {
  switch (step.kind) {
    case 'question':
      return typeset(step.summaryLabel ?? step.prompt);
    case 'instructions':
      return typeset(step.summaryLabel ?? step.title);
    default:
      return typeset(step.title);
  }
}
