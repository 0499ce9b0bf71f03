import type { StepKind } from '../../engine';
import { stepRenderers, type StepRenderer } from '../steps/stepRenderers';
import type { StepProps } from '../steps/stepProps';

/** Renders a view with the renderer registered for its kind; the generic keeps view and renderer paired. */
export function StepBody<K extends StepKind>({ kind, ...props }: StepProps<K> & { kind: K }) {
  const Renderer: StepRenderer<K> = stepRenderers[kind];
  return <Renderer {...props} />;
}
