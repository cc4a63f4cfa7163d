/**
 * GOV.UK controls typed into, as every Hearth form and the upload form use them: text input,
 * textarea, a time of day, the browser's own date or date-and-time input, and a select. Each sits
 * in the shared frame (./field.tsx): label, hint, inline error, aria-describedby.
 */
import type { ReactNode } from 'react';
import { LabelledField } from './field.tsx';

interface Common {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
}

const errorClass = (base: string, error: string | undefined) => `${base}${error ? ` ${base}--error` : ''}`;

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
}: Common & {
  labelClass?: string;
  widthClass?: string;
  autoComplete?: string;
  spellCheck?: boolean;
  maxLength?: number;
}) {
  return (
    <LabelledField id={id} label={label} labelClass={labelClass} hint={hint} error={error}>
      {(describedBy) => (
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
          aria-describedby={describedBy}
        />
      )}
    </LabelledField>
  );
}

/**
 * No maxlength: GOV.UK asks services not to cut text off silently; each form's check says when
 * an answer is too long, and keeps what was typed.
 */
export function Textarea({ id, label, hint, value, onChange, error, rows = 5 }: Common & { rows?: number }) {
  return (
    <LabelledField id={id} label={label} labelClass="govuk-label--s" hint={hint} error={error}>
      {(describedBy) => (
        <textarea
          className={errorClass('govuk-textarea', error)}
          id={id}
          name={id}
          rows={rows}
          value={value}
          spellCheck
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={describedBy}
        />
      )}
    </LabelledField>
  );
}

/** A time of day on the 24-hour clock, in one short box (GOV.UK has no time pattern; this is the usual one). */
export function TimeInput({
  id,
  label,
  hint = 'Use the 24-hour clock, for example 21:10',
  value,
  onChange,
  error,
}: Common) {
  return (
    <LabelledField id={id} label={label} labelClass="govuk-label--s" hint={hint} error={error}>
      {(describedBy) => (
        <input
          className={`govuk-input govuk-input--width-5${error ? ' govuk-input--error' : ''}`}
          id={id}
          name={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={describedBy}
        />
      )}
    </LabelledField>
  );
}

/**
 * The browser's own date (`type="date"`) or date-and-time (`type="datetime-local"`) input: typed
 * digit by digit with the keyboard, read out by screen readers part by part, and always a real date.
 * (GOV.UK's three-box date input is ./date-input.tsx.)
 */
export function NativeDateInput({
  id,
  label,
  hint,
  value,
  onChange,
  error,
  withTime = false,
  labelClass = 'govuk-label--s',
}: Common & { withTime?: boolean; labelClass?: string }) {
  return (
    <LabelledField id={id} label={label} labelClass={labelClass} hint={hint} error={error}>
      {(describedBy) => (
        <input
          className={`govuk-input govuk-input--width-20${error ? ' govuk-input--error' : ''}`}
          id={id}
          name={id}
          type={withTime ? 'datetime-local' : 'date'}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={describedBy}
        />
      )}
    </LabelledField>
  );
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
}: Common & {
  /** The first option, chosen while nothing is, e.g. "Choose a child". */
  placeholder: string;
  options: readonly { value: string; text: string }[];
  disabled?: boolean;
}) {
  return (
    <LabelledField id={id} label={label} labelClass="govuk-label--m" hint={hint} error={error}>
      {(describedBy) => (
        <select
          className={errorClass('govuk-select', error)}
          id={id}
          name={id}
          value={value}
          disabled={disabled}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={describedBy}
        >
          <option value="">{placeholder}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.text}
            </option>
          ))}
        </select>
      )}
    </LabelledField>
  );
}
