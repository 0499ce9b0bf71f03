import type { Ref } from 'react';
import { MixedText } from '../i18n/MixedText';
import { useText } from '../i18n/useText';

interface FieldError {
  name: string;
  /** The id of the input the link leads to. */
  target: string;
  message: string;
}

/** GOV.UK's error summary: every error at the top, each a link to its field. */
export function ErrorSummary({
  errors,
  ref,
}: {
  errors: readonly FieldError[];
  ref: Ref<HTMLDivElement>;
}) {
  return (
    <div
      className="error-summary"
      ref={ref}
      tabIndex={-1}
      aria-labelledby="error-summary-title"
      role="alert"
    >
      <h2 id="error-summary-title" className="error-summary__title">
        {useText().form.errorSummary}
      </h2>
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={error.name}>
            <a
              href={`#${error.target}`}
              onClick={(event) => {
                // The hash is the route: move focus to the field instead of navigating.
                event.preventDefault();
                document.getElementById(error.target)?.focus();
              }}
            >
              <MixedText text={error.message} />
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
