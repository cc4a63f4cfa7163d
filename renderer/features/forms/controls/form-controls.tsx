// GOV.UK checkboxes load with the forms that use them.
import './form-controls.scss';
/**
 * GOV.UK controls the Regulation 40 and keyworker forms need beyond the upload form's text input
 * and select (renderer/features/uploads/upload/fields.tsx): a textarea, radios, a checkbox, and a
 * native date or date-and-time input. Each has its label, hint and inline error wired to the control
 * with aria-describedby, so a screen reader reads the problem at the field.
 */
import type { ReactNode } from 'react';
import { describedBy, ErrorMessage } from '../../uploads/upload/fields.tsx';

export { Select, TextInput } from '../../uploads/upload/fields.tsx';

const group = (error: string | undefined) => `govuk-form-group${error ? ' govuk-form-group--error' : ''}`;

export function TextArea({
  id,
  label,
  hint,
  value,
  onChange,
  error,
  rows = 5,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  rows?: number;
}) {
  return (
    <div className={group(error)}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      <ErrorMessage id={`${id}-error`} text={error} />
      <textarea
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        id={id}
        name={id}
        rows={rows}
        value={value}
        spellCheck
        maxLength={10_000}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(hint ? `${id}-hint` : null, error && `${id}-error`)}
      />
    </div>
  );
}

/** GOV.UK radios in a fieldset; the first radio carries `id`, so the error summary link lands on it. */
export function Radios({
  id,
  legend,
  hint,
  value,
  onChange,
  options,
  error,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  value: string;
  onChange(value: string): void;
  options: readonly { value: string; text: string; hint?: string }[];
  error?: string | undefined;
}) {
  return (
    <div className={group(error)}>
      <fieldset
        className="govuk-fieldset"
        aria-describedby={describedBy(hint ? `${id}-hint` : null, error && `${id}-error`)}
      >
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{legend}</legend>
        {hint && (
          <div id={`${id}-hint`} className="govuk-hint">
            {hint}
          </div>
        )}
        <ErrorMessage id={`${id}-error`} text={error} />
        <div className="govuk-radios" data-module="govuk-radios">
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${index}`;
            return (
              <div className="govuk-radios__item" key={option.value}>
                <input
                  className="govuk-radios__input"
                  id={optionId}
                  name={id}
                  type="radio"
                  value={option.value}
                  checked={value === option.value}
                  onChange={() => onChange(option.value)}
                  aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={optionId}>
                  {option.text}
                </label>
                {option.hint && (
                  <div id={`${optionId}-hint`} className="govuk-hint govuk-radios__hint">
                    {option.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export function Checkbox({
  id,
  label,
  hint,
  checked,
  onChange,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  return (
    <div className="govuk-checkboxes__item">
      <input
        className="govuk-checkboxes__input"
        id={id}
        name={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="govuk-hint govuk-checkboxes__hint">
          {hint}
        </div>
      )}
    </div>
  );
}

/**
 * The browser's own date (`type="date"`) or date-and-time (`type="datetime-local"`) input: typed
 * digit by digit with the keyboard, read out by screen readers part by part, and always a real date.
 */
export function DateInput({
  id,
  label,
  hint,
  value,
  onChange,
  error,
  withTime = false,
  labelClass = 'govuk-label--s',
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  withTime?: boolean;
  labelClass?: string;
}) {
  return (
    <div className={group(error)}>
      <label className={`govuk-label ${labelClass}`} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      <ErrorMessage id={`${id}-error`} text={error} />
      <input
        className={`govuk-input govuk-input--width-20${error ? ' govuk-input--error' : ''}`}
        id={id}
        name={id}
        type={withTime ? 'datetime-local' : 'date'}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(hint ? `${id}-hint` : null, error && `${id}-error`)}
      />
    </div>
  );
}

/** `2026-11-20T22:15` typed in a datetime-local input, read as this computer's (England's) time. */
export function localDateTimeToIso(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/** The other way: an instant as a datetime-local value in this computer's time. */
export function isoToLocalDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
