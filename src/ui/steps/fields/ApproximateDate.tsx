import {
  approximateAnswers,
  approximateChoice,
  joinDateParts,
  splitDateParts,
} from '../../../engine';
import { useText } from '../../i18n/useText';
import { DateBoxes } from './DateBoxes';
import { fieldId } from './fieldId';

interface ApproximateDateProps {
  name: string;
  value: string;
  invalid: boolean;
  /** The error message's id, read again when a box of the precise date takes focus. */
  errorId: string | undefined;
  onChange: (value: string) => void;
}

/**
 * « Depuis quand ? » when few people know the day: « Aujourd’hui », « Hier »… or, last, a precise
 * date whose boxes open under it (GOV.UK's conditional reveal).
 */
export function ApproximateDate({ name, value, invalid, errorId, onChange }: ApproximateDateProps) {
  const { form } = useText();
  const id = fieldId(name);
  const chosen = approximateChoice(value);
  const exactId = `${id}-exact`;
  return (
    <div className="radios">
      {approximateAnswers.map((answer, index) => (
        <label key={answer} className="radio">
          <input
            type="radio"
            name={name}
            value={answer}
            id={index === 0 ? id : `${id}-${answer}`}
            checked={chosen === answer}
            onChange={() => {
              onChange(answer);
            }}
          />
          <span>{form.approximate[answer]}</span>
        </label>
      ))}
      <p className="radios__divider">{form.or}</p>
      <label className="radio">
        <input
          type="radio"
          name={name}
          value="exact"
          id={exactId}
          checked={chosen === 'exact'}
          onChange={() => {
            onChange(joinDateParts(splitDateParts(value)));
          }}
        />
        <span>{form.approximate.exact}</span>
      </label>
      {chosen === 'exact' && (
        <div className="radios__conditional">
          <DateBoxes
            name={name}
            value={value}
            invalid={invalid}
            approximate
            describedBy={errorId}
            onChange={onChange}
          />
        </div>
      )}
    </div>
  );
}
