import type { DateField, DateParts } from '../date-completed.ts';
import { describedBy, ErrorMessage } from '../../../ui/controls/field.tsx';

const BOXES: { field: DateField; label: string; width: string }[] = [
  { field: 'day', label: 'Day', width: 'govuk-input--width-2' },
  { field: 'month', label: 'Month', width: 'govuk-input--width-2' },
  { field: 'year', label: 'Year', width: 'govuk-input--width-4' },
];

/**
 * GOV.UK date input: three labelled boxes in a fieldset, numeric keyboard on touch screens, and
 * only the wrong boxes marked when there is an error.
 */
export function DateCompleted({
  id,
  value,
  onChange,
  error,
  wrong,
}: {
  id: string;
  value: DateParts;
  onChange(value: DateParts): void;
  error: string | undefined;
  wrong: readonly DateField[];
}) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset
        className="govuk-fieldset"
        role="group"
        aria-describedby={describedBy(`${id}-hint`, error && `${id}-error`)}
      >
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Date completed</legend>
        <div id={`${id}-hint`} className="govuk-hint">
          The date the document was finished, not today’s date. For example, 31 10 2026
        </div>
        <ErrorMessage id={`${id}-error`} text={error} />
        <div className="govuk-date-input" id={id}>
          {BOXES.map(({ field, label, width }) => (
            <div className="govuk-date-input__item" key={field}>
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${field}`}>
                  {label}
                </label>
                <input
                  className={`govuk-input govuk-date-input__input ${width}${
                    error && wrong.includes(field) ? ' govuk-input--error' : ''
                  }`}
                  id={`${id}-${field}`}
                  name={`${id}-${field}`}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  value={value[field]}
                  onChange={(event) => onChange({ ...value, [field]: event.target.value })}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
