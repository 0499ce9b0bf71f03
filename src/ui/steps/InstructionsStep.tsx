import { AnswerButtons } from './AnswerButtons';
import type { StepProps } from './stepProps';

export function InstructionsStep({ view, send }: StepProps<'instructions'>) {
  const { step } = view;
  return (
    <>
      {step.intro && <p>{step.intro}</p>}
      <ol className="instructions">
        {step.steps.map((action, index) => (
          // Numbered actions in the flow's order: the position is their identity.
          <li key={index}>{action}</li>
        ))}
      </ol>
      {step.links && step.links.length > 0 && (
        <ul className="links">
          {step.links.map((link, index) => (
            <li key={index}>
              <a href={link.href}>{link.label}</a>
            </li>
          ))}
        </ul>
      )}
      <h2 className="prompt">{step.prompt}</h2>
      <AnswerButtons answers={view.answers} send={send} />
    </>
  );
}
