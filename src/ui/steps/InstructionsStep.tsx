import { MixedText } from '../i18n/MixedText';
import { AnswerButtons } from './AnswerButtons';
import type { StepProps } from './stepProps';
import { LinkList } from './LinkList';

export function InstructionsStep({ view, send }: StepProps<'instructions'>) {
  const { step } = view;
  return (
    <>
      {step.intro && (
        <p>
          <MixedText text={step.intro} />
        </p>
      )}
      <ol className="instructions">
        {step.steps.map((action, index) => (
          // Numbered actions in the flow's order: the position is their identity.
          <li key={index}>
            <MixedText text={action} />
          </li>
        ))}
      </ol>
      <LinkList links={step.links} />
      <h2 className="prompt">
        <MixedText text={step.prompt} />
      </h2>
      <AnswerButtons answers={view.answers} send={send} />
    </>
  );
}
