/**
 * GOV.UK form fields as the upload form uses them: label, hint, inline error, and the error
 * wired to the control with aria-describedby, so a screen reader reads the problem at the field.
 */
import type { ReactNode } from 'react';

export function ErrorMessage({ id, text }: { id: string; text: string | undefined }) {
  if (!text) return null;
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {text}
    </p>
  );
}

export const describedBy = (...ids: (string | false | undefined | null)[]): string | undefined =>
  ids.filter(Boolean).join(' ') || undefined;

interface TextInputProps {
  id: string;
  label: ReactNode;
  labelClass?: string;
  hint?: ReactNode;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  widthClass?: string;
  autoComplete?: string;
  spellCheck?: boolean;
  maxLength?: number;
}

export function TextInput({
  id,
  label,
  labelClass = '',
  hint,
  value,
  onChange,
  error,
  widthClass = '',
  autoComplete = 'off',
  spellCheck,
  maxLength,
}: TextInputProps) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
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
        className={`govuk-input ${widthClass}${error ? ' govuk-input--error' : ''}`}
        id={id}
        name={id}
        type="text"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete={autoComplete}
        spellCheck={spellCheck}
        maxLength={maxLength}
        aria-describedby={describedBy(hint ? `${id}-hint` : null, error && `${id}-error`)}
      />
    </div>
  );
}

interface SelectProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  value: string;
  onChange(value: string): void;
  /** The first option, chosen while nothing is, e.g. "Choose a child". */
  placeholder: string;
  options: readonly { value: string; text: string }[];
  error?: string | undefined;
  disabled?: boolean;
}

export function Select({
  id,
  label,
  hint,
  value,
  onChange,
  placeholder,
  options,
  error,
  disabled,
}: SelectProps) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--m" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      <ErrorMessage id={`${id}-error`} text={error} />
      <select
        className={`govuk-select${error ? ' govuk-select--error' : ''}`}
        id={id}
        name={id}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(hint ? `${id}-hint` : null, error && `${id}-error`)}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </div>
  );
}
