import type { ReactNode } from 'react';
import type { StepKind } from '../../engine';
import { FormStep } from './FormStep';
import { InstructionsStep } from './InstructionsStep';
import { QuestionStep } from './QuestionStep';
import { ResolutionStep } from './ResolutionStep';
import type { StepProps } from './stepProps';
import { TicketStep } from './TicketStep';

export type StepRenderer<K extends StepKind> = (props: StepProps<K>) => ReactNode;

/** One renderer per step kind: a new kind in the engine fails to compile until it has one here. */
export const stepRenderers: { [K in StepKind]: StepRenderer<K> } = {
  question: QuestionStep,
  instructions: InstructionsStep,
  form: FormStep,
  resolution: ResolutionStep,
  ticket: TicketStep,
};
