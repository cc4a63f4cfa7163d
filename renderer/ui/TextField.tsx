import type { InputHTMLAttributes } from 'react';

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  type?: 'text' | 'password';
  autoComplete: InputHTMLAttributes<HTMLInputElement>['autoComplete'];
}

/** GOV.UK text input with its label and, when there is one, its inline error message. */
export function TextField({
  id,
  label,
  value,
  onChange,
  error,
  type = 'text',
  autoComplete,
}: TextFieldProps) {
  const errorId = `${id}-error`;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {error && (
        <p id={errorId} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      <input
        className={`govuk-input govuk-!-width-one-half${error ? ' govuk-input--error' : ''}`}
        id={id}
        name={id}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete={autoComplete}
        // Usernames and passwords are not words: no spell check, no capital letter added by phones.
        spellCheck={false}
        autoCapitalize="none"
        aria-describedby={error ? errorId : undefined}
      />
    </div>
  );
}
