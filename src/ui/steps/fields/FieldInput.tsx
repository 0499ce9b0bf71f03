import type { Field, FieldView } from '../../../engine';
import { ApproximateDate } from './ApproximateDate';
import { DateBoxes } from './DateBoxes';
import { MixedText } from '../../i18n/MixedText';
import { useText } from '../../i18n/useText';
import { fieldId } from './fieldId';

interface FieldInputProps extends FieldView {
  onChange: (value: string) => void;
}

/**
 * What a one-line input says to the browser: the keyboard a phone shows, and what it may fill in.
 * A phone number or an e-mail address asked here is the person's own (how to reach them).
 */
function inputAttributes(type: Exclude<Field['type'], 'textarea' | 'date' | 'choice'>) {
  switch (type) {
    case 'tel':
      return {
        type: 'tel',
        inputMode: 'tel',
        autoComplete: 'tel',
        className: 'input input--tel',
      } as const;
    case 'email':
      return {
        type: 'email',
        inputMode: 'email',
        autoComplete: 'email',
        autoCapitalize: 'none',
        spellCheck: false,
        className: 'input',
      } as const;
    case 'text':
      return { type: 'text', autoComplete: 'off', spellCheck: false, className: 'input' } as const;
  }
}

/** One form field: its label, hint and error tied to the input, so screen readers read them together. */
export function FieldInput({ field, value, error, onChange }: FieldInputProps) {
  const { form } = useText();
  const id = fieldId(field.name);
  const hintId = field.hint ? `${id}-hint` : undefined;
  const errorId = error === undefined ? undefined : `${id}-error`;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const className = `field${error === undefined ? '' : ' field--error'}`;
  const hint = field.hint && (
    <p className="hint" id={hintId}>
      <MixedText text={field.hint} />
    </p>
  );
  const message = error !== undefined && (
    <p className="error-message" id={errorId}>
      <span className="visually-hidden">{form.errorPrefix}</span>
      <MixedText text={error} />
    </p>
  );

  if (field.type === 'choice' || field.type === 'date') {
    return (
      <fieldset className={className} aria-describedby={describedBy}>
        <legend className="label">
          <MixedText text={field.label} />
        </legend>
        {hint}
        {message}
        {field.type === 'choice' ? (
          <div className="radios">
            {field.options.map((option, index) => (
              <label key={option.value} className="radio">
                <input
                  type="radio"
                  name={field.name}
                  value={option.value}
                  id={index === 0 ? id : `${id}-${option.value}`}
                  checked={value === option.value}
                  onChange={() => {
                    onChange(option.value);
                  }}
                />
                <span>
                  <MixedText text={option.label} />
                </span>
              </label>
            ))}
          </div>
        ) : field.approximate ? (
          <ApproximateDate
            name={field.name}
            value={value}
            invalid={error !== undefined}
            errorId={errorId}
            onChange={onChange}
          />
        ) : (
          <DateBoxes
            name={field.name}
            value={value}
            invalid={error !== undefined}
            approximate={false}
            describedBy={undefined}
            onChange={onChange}
          />
        )}
      </fieldset>
    );
  }

  const common = {
    id,
    name: field.name,
    value,
    'aria-describedby': describedBy,
    'aria-invalid': error !== undefined,
    onChange: (event: { target: { value: string } }) => {
      onChange(event.target.value);
    },
  };
  return (
    <div className={className}>
      <label className="label" htmlFor={id}>
        <MixedText text={field.label} />
      </label>
      {hint}
      {message}
      {field.type === 'textarea' ? (
        <textarea className="input textarea" rows={5} {...common} />
      ) : (
        <input {...inputAttributes(field.type)} {...common} />
      )}
    </div>
  );
}
