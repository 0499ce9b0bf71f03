import { useEffect, useRef, useState } from 'react';
import type { FieldValues } from '../../engine';
import { ErrorSummary } from './ErrorSummary';
import { MixedText } from '../i18n/MixedText';
import { useText } from '../i18n/useText';
import { localToday } from '../localToday';
import { FieldInput } from './fields/FieldInput';
import { errorTargetId } from './fields/fieldId';
import type { StepProps } from './stepProps';

export function FormStep({ view, send }: StepProps<'form'>) {
  const { step, fields } = view;
  const values: FieldValues = Object.fromEntries(
    fields.map(({ field, value }) => [field.name, value]),
  );
  const errors = fields.flatMap(({ field, value, error }) =>
    error === undefined
      ? []
      : [{ name: field.name, target: errorTargetId(field, value), message: error }],
  );
  const { form } = useText();
  const summaryRef = useRef<HTMLDivElement>(null);
  const [submissions, setSubmissions] = useState(0);

  // After a refused submission, focus goes to the error summary so it is read out first.
  useEffect(() => {
    if (submissions > 0) summaryRef.current?.focus();
  }, [submissions]);

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        send({ type: 'SUBMIT', values, today: localToday() });
        setSubmissions((count) => count + 1);
      }}
    >
      {errors.length > 0 && <ErrorSummary ref={summaryRef} errors={errors} />}
      {step.intro && (
        <p>
          <MixedText text={step.intro} />
        </p>
      )}
      {fields.map((fieldView) => (
        <FieldInput
          key={fieldView.field.name}
          {...fieldView}
          onChange={(value) => {
            send({ type: 'DRAFT', values: { ...values, [fieldView.field.name]: value } });
          }}
        />
      ))}
      <button type="submit" className="button">
        <MixedText text={step.submitLabel ?? form.submit} />
      </button>
    </form>
  );
}
