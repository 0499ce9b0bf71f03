import type { Step } from '../contract/schemas/stepSchema';
import { typeset } from '../text/typeset';

/**
 * How an answered step is named in the trail and the ticket: its summary label, else its
 * heading; typeset, as everything people read (`edit`: a step whose texts are set already).
 */
export function stepLabel(step: Step, edit: (text: string) => string = typeset): string {
  switch (step.kind) {
    case 'question':
      return edit(step.summaryLabel ?? step.prompt);
    case 'instructions':
      return edit(step.summaryLabel ?? step.title);
    default:
      return edit(step.title);
  }
}
