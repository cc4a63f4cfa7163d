/**
 * GOV.UK radios for every Hearth form: a fieldset whose legend is the question (./field.tsx). The
 * first radio's id is `id`, where the error summary link lands; the others are `id-{value}`.
 */
import type { ReactNode } from 'react';
import { FieldsetField } from './field.tsx';

export const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

export function Radios({
  id,
  legend,
  legendSize = 's',
  hint,
  value,
  options,
  onChange,
  error,
  inline = false,
  small = true,
}: {
  id: string;
  legend: ReactNode;
  legendSize?: 's' | 'm';
  hint?: ReactNode;
  value: string;
  options: readonly { value: string; label: string; hint?: string }[];
  onChange(value: string): void;
  error?: string | undefined;
  inline?: boolean;
  /** GOV.UK's small radios, for the many short questions of a long form. */
  small?: boolean;
}) {
  const classes = `govuk-radios${small ? ' govuk-radios--small' : ''}${inline ? ' govuk-radios--inline' : ''}`;
  return (
    <FieldsetField id={id} legend={legend} legendSize={legendSize} hint={hint} error={error}>
      <div className={classes} data-module="govuk-radios">
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
                aria-describedby={option.hint ? `${optionId}-hint` : undefined}
              />
              <label className="govuk-label govuk-radios__label" htmlFor={optionId}>
                {option.label}
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
    </FieldsetField>
  );
}
