import type { FieldView } from '../../engine';
import { fieldId } from './fieldId';

interface FieldInputProps extends FieldView {
  onChange: (value: string) => void;
}

/** One form field: its label, hint and error tied to the input, so screen readers read them together. */
export function FieldInput({ field, value, error, onChange }: FieldInputProps) {
  const id = fieldId(field.name);
  const hintId = field.hint ? `${id}-hint` : undefined;
  const errorId = error === undefined ? undefined : `${id}-error`;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const className = `field${error === undefined ? '' : ' field--error'}`;
  const hint = field.hint && (
    <p className="hint" id={hintId}>
      {field.hint}
    </p>
  );
  const message = error !== undefined && (
    <p className="error-message" id={errorId}>
      <span className="visually-hidden">Erreur : </span>
      {error}
    </p>
  );

  if (field.type === 'choice') {
    return (
      <fieldset className={className} aria-describedby={describedBy}>
        <legend className="label">{field.label}</legend>
        {hint}
        {message}
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
              <span>{option.label}</span>
            </label>
          ))}
        </div>
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
        {field.label}
      </label>
      {hint}
      {message}
      {field.type === 'textarea' ? (
        <textarea className="input textarea" rows={5} {...common} />
      ) : (
        <input
          className={field.type === 'date' ? 'input input--date' : 'input'}
          type={field.type === 'date' ? 'date' : 'text'}
          autoComplete="off"
          spellCheck={false}
          {...common}
        />
      )}
    </div>
  );
}
