import { datePartsInError, joinDateParts, splitDateParts, type DatePart } from '../../../engine';
import { useText } from '../../i18n/useText';
import { dateBoxIds } from './fieldId';

interface DateBoxesProps {
  name: string;
  value: string;
  /** Whether the field shows an error: the boxes it is about are marked. */
  invalid: boolean;
  approximate: boolean;
  describedBy: string | undefined;
  onChange: (value: string) => void;
}

const boxes: readonly { part: DatePart; size: string }[] = [
  { part: 'day', size: 'input--2' },
  { part: 'month', size: 'input--2' },
  { part: 'year', size: 'input--4' },
];

/**
 * GOV.UK's date input: Jour, Mois, Année in three boxes with the numeric keypad. It reads the same
 * in every browser language, unlike `<input type="date">`, and keeps exactly what was typed.
 */
export function DateBoxes({
  name,
  value,
  invalid,
  approximate,
  describedBy,
  onChange,
}: DateBoxesProps) {
  const { form } = useText();
  const parts = splitDateParts(value);
  const ids = dateBoxIds(name, approximate);
  const wrong = invalid ? datePartsInError(value) : [];
  return (
    <div className="date-input">
      {boxes.map(({ part, size }) => (
        <div className="date-input__item" key={part}>
          <label className="date-input__label" htmlFor={ids[part]}>
            {form[part]}
          </label>
          <input
            className={`input ${size}`}
            id={ids[part]}
            name={`${name}-${part}`}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            value={parts[part]}
            aria-describedby={describedBy}
            aria-invalid={wrong.includes(part)}
            onChange={(event) => {
              onChange(joinDateParts({ ...parts, [part]: event.target.value }));
            }}
          />
        </div>
      ))}
    </div>
  );
}
