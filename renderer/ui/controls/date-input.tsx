/**
 * GOV.UK date input in three boxes. The value is "day/month/year" as typed (shared/forms/form-spec.ts
 * checks it); a "/" typed into a box is dropped so the three parts stay apart.
 */
import type { ReactNode } from 'react';
import { FieldsetField } from './field.tsx';

const BOXES = [
  { box: 'day', label: 'Day', width: 'govuk-input--width-2' },
  { box: 'month', label: 'Month', width: 'govuk-input--width-2' },
  { box: 'year', label: 'Year', width: 'govuk-input--width-4' },
] as const;

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
    <FieldsetField id={id} legend={legend} hint={hint} error={error} group>
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
    </FieldsetField>
  );
}
