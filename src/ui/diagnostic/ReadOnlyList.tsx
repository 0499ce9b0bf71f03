import { notProvided } from '../../engine';

export interface ReadOnlyRow {
  label: string;
  /** '' reads « Non renseigné »: the person was asked and left it empty. */
  value: string;
}

/** Label and value pairs, as on the person's summary but with nothing to change. */
export function ReadOnlyList({ rows }: { rows: readonly ReadOnlyRow[] }) {
  return (
    <dl className="summary-list summary-list--read-only">
      {rows.map((row, index) => (
        <div className="summary-list__row" key={index}>
          <dt>{row.label}</dt>
          <dd className={row.value === '' ? 'not-provided' : undefined}>
            {row.value === '' ? notProvided : row.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
