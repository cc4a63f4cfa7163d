import { useState, type FormEvent } from 'react';
import type { AuditFilterOptions, AuditFilters } from '../../../shared/api/audit-review.ts';
import { FROM_AFTER_TO_MESSAGE } from './audit-words.ts';

function Select({
  id,
  label,
  value,
  anyLabel,
  choices,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  anyLabel: string;
  choices: readonly { id: string; label: string }[];
  onChange(value: string): void;
}) {
  return (
    <div className="govuk-form-group hearth-audit-filters__item">
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <select className="govuk-select" id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{anyLabel}</option>
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function DateField({
  id,
  label,
  value,
  error,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  error?: string | undefined;
  onChange(value: string): void;
}) {
  return (
    <div className={`govuk-form-group hearth-audit-filters__item${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      {error && (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      <input
        className={`govuk-input govuk-input--width-10${error ? ' govuk-input--error' : ''}`}
        id={id}
        type="date"
        value={value}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

/**
 * The audit's filters (issue 7: "filter by person, child, action and date"): GOV.UK selects and
 * two dates, England's days, both included. Applied on "Apply filters", not on every change, so a
 * screen reader user is not thrown a new table with each keystroke. A "to" before "from" is
 * refused here with GOV.UK's error summary, before the gateway would refuse it too.
 */
export function AuditFilterForm({
  options,
  applied,
  onApply,
}: {
  options: AuditFilterOptions;
  applied: AuditFilters;
  onApply(filters: AuditFilters): void;
}) {
  const [staffId, setStaffId] = useState(applied.staffId ?? '');
  const [childId, setChildId] = useState(applied.childId ?? '');
  const [action, setAction] = useState<string>(applied.action ?? '');
  const [from, setFrom] = useState(applied.from ?? '');
  const [to, setTo] = useState(applied.to ?? '');
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (from !== '' && to !== '' && from > to) {
      setError(FROM_AFTER_TO_MESSAGE);
      requestAnimationFrame(() => document.getElementById('audit-error-summary')?.focus());
      return;
    }
    setError(null);
    const chosen = options.actions.find((a) => a.id === action)?.id;
    onApply({
      ...(staffId ? { staffId } : {}),
      ...(childId ? { childId } : {}),
      ...(chosen ? { action: chosen } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    });
  }

  function clear() {
    setStaffId('');
    setChildId('');
    setAction('');
    setFrom('');
    setTo('');
    setError(null);
    onApply({});
  }

  return (
    <form className="hearth-audit-filters" onSubmit={submit} noValidate aria-label="Filter the audit">
      {error && (
        <div className="govuk-error-summary" id="audit-error-summary" tabIndex={-1} role="alert">
          <h2 className="govuk-error-summary__title">There is a problem</h2>
          <div className="govuk-error-summary__body">
            <ul className="govuk-list govuk-error-summary__list">
              <li>
                <a href="#audit-to">{error}</a>
              </li>
            </ul>
          </div>
        </div>
      )}
      <div className="hearth-audit-filters__row">
        <Select
          id="audit-person"
          label="Person"
          value={staffId}
          anyLabel="Anyone"
          choices={options.people.map((p) => ({ id: p.id, label: `${p.name} (${p.role})` }))}
          onChange={setStaffId}
        />
        <Select
          id="audit-child"
          label="Child"
          value={childId}
          anyLabel="Any child"
          choices={options.children.map((c) => ({ id: c.id, label: c.name }))}
          onChange={setChildId}
        />
        <Select
          id="audit-action"
          label="Action"
          value={action}
          anyLabel="Any action"
          choices={options.actions.map((a) => ({ id: a.id, label: a.label }))}
          onChange={setAction}
        />
      </div>
      <div className="hearth-audit-filters__row">
        <DateField id="audit-from" label="From (date)" value={from} onChange={setFrom} />
        <DateField id="audit-to" label="To (date)" value={to} error={error ?? undefined} onChange={setTo} />
      </div>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button">
          Apply filters
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={clear}>
          Clear filters
        </button>
      </div>
    </form>
  );
}
