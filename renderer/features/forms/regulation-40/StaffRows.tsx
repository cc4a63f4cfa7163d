import { TextInput } from '../../../ui/controls/text-inputs.tsx';
import { reg40FieldId, type Reg40State } from './reg40-state.ts';

type StaffRow = Reg40State['staff'][number];

/**
 * Staff involved, by initials and job title as Ofsted's notification asks (not names: the form goes
 * beyond the council). GOV.UK "add another" pattern: a row per person, each removable.
 */
export function StaffRows({
  rows,
  onChange,
  errors,
}: {
  rows: readonly StaffRow[];
  onChange(rows: StaffRow[]): void;
  errors: Record<string, string>;
}) {
  const update = (key: number, changes: Partial<StaffRow>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...changes } : r)));
  const nextKey = Math.max(-1, ...rows.map((r) => r.key)) + 1;
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset" aria-describedby="reg40-staff-hint">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Staff involved</legend>
        <div id="reg40-staff-hint" className="govuk-hint">
          Initials and job title only, for example J.S., Night Care Worker.
        </div>
        {rows.map((row, index) => (
          <div className="govuk-!-margin-bottom-4" key={row.key} data-testid="reg40-staff-row">
            <h3 className="govuk-heading-s govuk-!-margin-bottom-2">Staff member {index + 1}</h3>
            <TextInput
              id={reg40FieldId(`staff.${index}.initials`)}
              label="Initials"
              widthClass="govuk-input--width-5"
              value={row.initials}
              onChange={(initials) => update(row.key, { initials })}
              error={errors[reg40FieldId(`staff.${index}.initials`)]}
              maxLength={10}
            />
            <TextInput
              id={reg40FieldId(`staff.${index}.jobTitle`)}
              label="Job title"
              widthClass="govuk-input--width-20"
              value={row.jobTitle}
              onChange={(jobTitle) => update(row.key, { jobTitle })}
              error={errors[reg40FieldId(`staff.${index}.jobTitle`)]}
              maxLength={150}
            />
            <button
              type="button"
              className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
              onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
            >
              Remove<span className="govuk-visually-hidden"> staff member {index + 1}</span>
            </button>
          </div>
        ))}
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => onChange([...rows, { key: nextKey, initials: '', jobTitle: '' }])}
        >
          Add {rows.length === 0 ? 'a' : 'another'} staff member
        </button>
      </fieldset>
    </div>
  );
}
