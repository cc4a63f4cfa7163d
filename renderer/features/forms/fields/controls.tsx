/**
 * GOV.UK form controls the forms need beyond the upload form's text input and select
 * (../../uploads/upload/fields.tsx): textarea, radios (yes/no and choices), a date in three boxes
 * and a time. Each has its label or legend, hint and inline error wired with aria-describedby.
 */
import type { ReactNode } from 'react';
import { describedBy, ErrorMessage } from '../../uploads/upload/fields.tsx';

const group = (error: string | undefined) => `govuk-form-group${error ? ' govuk-form-group--error' : ''}`;

export function Textarea({
  id,
  label,
  hint,
  value,
  onChange,
  error,
  rows = 4,
}: {
  id: string;
  label: ReactNode;
  hint?: string | undefined;
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
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
      />
    </div>
  );
}

/**
 * GOV.UK radios in a fieldset. The first radio's id is `id` (where the error summary link goes),
 * the others `id-{value}`.
 */
export function Radios({
  id,
  legend,
  hint,
  value,
  options,
  onChange,
  error,
  inline = false,
}: {
  id: string;
  legend: ReactNode;
  hint?: string | undefined;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange(value: string): void;
  error?: string | undefined;
  inline?: boolean;
}) {
  return (
    <div className={group(error)}>
      <fieldset
        className="govuk-fieldset"
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
      >
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div id={`${id}-hint`} className="govuk-hint">
            {hint}
          </div>
        )}
        <ErrorMessage id={`${id}-error`} text={error} />
        <div className={`govuk-radios govuk-radios--small${inline ? ' govuk-radios--inline' : ''}`}>
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${option.value}`;
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
                />
                <label className="govuk-label govuk-radios__label" htmlFor={optionId}>
                  {option.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

const BOXES = [
  { box: 'day', label: 'Day', width: 'govuk-input--width-2' },
  { box: 'month', label: 'Month', width: 'govuk-input--width-2' },
  { box: 'year', label: 'Year', width: 'govuk-input--width-4' },
] as const;

/**
 * GOV.UK date input. The value is "day/month/year" as typed (shared/forms/form-spec.ts checks it);
 * a "/" typed into a box is dropped so the three parts stay apart.
 */
export function DateInput({
  id,
  legend,
  hint = 'For example, 4 11 2026',
  value,
  onChange,
  error,
  wrongBox,
}: {
  id: string;
  legend: ReactNode;
  hint?: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  /** The box to mark; all three when the error is about the whole date. */
  wrongBox?: 'day' | 'month' | 'year' | 'all' | undefined;
}) {
  const parts = value.split('/');
  const set = (index: number, text: string) => {
    const next = [parts[0] ?? '', parts[1] ?? '', parts[2] ?? ''];
    next[index] = text.replace(/\//g, '');
    onChange(next.join('/'));
  };
  return (
    <div className={group(error)}>
      <fieldset
        className="govuk-fieldset"
        role="group"
        aria-describedby={describedBy(`${id}-hint`, error && `${id}-error`)}
      >
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
        <ErrorMessage id={`${id}-error`} text={error} />
        <div className="govuk-date-input" id={id}>
          {BOXES.map(({ box, label, width }, index) => (
            <div className="govuk-date-input__item" key={box}>
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${box}`}>
                  {label}
                </label>
                <input
                  className={`govuk-input govuk-date-input__input ${width}${
                    error && (wrongBox === 'all' || wrongBox === box) ? ' govuk-input--error' : ''
                  }`}
                  id={`${id}-${box}`}
                  name={`${id}-${box}`}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  value={parts[index] ?? ''}
                  onChange={(event) => set(index, event.target.value)}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
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
}: {
  id: string;
  label: ReactNode;
  hint?: string | undefined;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
}) {
  return (
    <div className={group(error)}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <div id={`${id}-hint`} className="govuk-hint">
        {hint}
      </div>
      <ErrorMessage id={`${id}-error`} text={error} />
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
        aria-describedby={describedBy(`${id}-hint`, error && `${id}-error`)}
      />
    </div>
  );
}
