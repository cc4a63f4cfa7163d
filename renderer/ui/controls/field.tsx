/**
 * The frame every GOV.UK control in Hearth sits in: the form group (red bar when wrong), the label or
 * legend, the hint, and the inline error, with the ids the control's aria-describedby needs, so a
 * screen reader reads the hint and the problem at the field (GOV.UK Frontend; WCAG 2.2 AA, the
 * level guidance 001 asks the council's systems to meet). One frame, so every form says it alike.
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

export const formGroupClass = (error: string | undefined) =>
  `govuk-form-group${error ? ' govuk-form-group--error' : ''}`;

/** A hint below the label or legend, when there is one. */
export function Hint({ id, hint }: { id: string; hint: ReactNode }) {
  if (!hint) return null;
  return (
    <div id={`${id}-hint`} className="govuk-hint">
      {hint}
    </div>
  );
}

/** `${id}-hint` and `${id}-error` when they are on the page, for the control's aria-describedby. */
const describedByFor = (id: string, hint: ReactNode, error: string | undefined) =>
  describedBy(hint ? `${id}-hint` : null, error && `${id}-error`);

/** A control with its own label (`htmlFor` = `id`); `children` gets its aria-describedby. */
export function LabelledField({
  id,
  label,
  labelClass = '',
  hint,
  error,
  children,
}: {
  id: string;
  label: ReactNode;
  labelClass?: string;
  hint?: ReactNode;
  error?: string | undefined;
  children(describedBy: string | undefined): ReactNode;
}) {
  return (
    <div className={formGroupClass(error)}>
      <label className={`govuk-label ${labelClass}`} htmlFor={id}>
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <ErrorMessage id={`${id}-error`} text={error} />
      {children(describedByFor(id, hint, error))}
    </div>
  );
}

/**
 * Controls that share one question (radios, a date's three boxes) in a fieldset whose legend is the
 * question; the hint and error are described on the fieldset, so they are read once for the group.
 */
export function FieldsetField({
  id,
  legend,
  legendSize = 's',
  hint,
  error,
  group = false,
  children,
}: {
  id: string;
  legend: ReactNode;
  legendSize?: 's' | 'm';
  hint?: ReactNode;
  error?: string | undefined;
  /** `role="group"`, as GOV.UK's date input has. */
  group?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={formGroupClass(error)}>
      <fieldset
        className="govuk-fieldset"
        role={group ? 'group' : undefined}
        aria-describedby={describedByFor(id, hint, error)}
      >
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        <Hint id={id} hint={hint} />
        <ErrorMessage id={`${id}-error`} text={error} />
        {children}
      </fieldset>
    </div>
  );
}
