import { MixedText } from '../i18n/MixedText';
import { AnswerButtons } from './AnswerButtons';
import type { StepProps } from './stepProps';

export function QuestionStep({ view, send }: StepProps<'question'>) {
  return (
    <>
      {view.step.help && (
        <p className="hint">
          <MixedText text={view.step.help} />
        </p>
      )}
      <AnswerButtons answers={view.answers} send={send} />
    </>
  );
}
