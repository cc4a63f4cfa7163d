import { describedBy, ErrorMessage } from '../../../ui/controls/field.tsx';
import { TextInput } from '../../../ui/controls/text-inputs.tsx';

export interface OnBehalfValue {
  onBehalf: '' | 'yes' | 'no';
  authorName: string;
  authorRole: string;
}

/**
 * "Did someone else write this document?" (guidance 000: each person records in their own name,
 * and the record says whose document it was: "Uploaded by {you}, {role}, on behalf of {name},
 * {role}"). GOV.UK radios with a conditional reveal: the name and role show only after "Yes".
 */
export function OnBehalfOf({
  ids,
  value,
  onChange,
  errors,
}: {
  /** `choice` is the first radio's id (where the error summary link goes). */
  ids: { choice: string; name: string; role: string };
  value: OnBehalfValue;
  onChange(value: OnBehalfValue): void;
  errors: { choice?: string | undefined; name?: string | undefined; role?: string | undefined };
}) {
  const id = ids.choice;
  const revealId = `${id}-conditional`;
  return (
    <div className={`govuk-form-group${errors.choice ? ' govuk-form-group--error' : ''}`}>
      <fieldset
        className="govuk-fieldset"
        aria-describedby={describedBy(`${id}-hint`, errors.choice && `${id}-error`)}
      >
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
          Did someone else write this document?
        </legend>
        <div id={`${id}-hint`} className="govuk-hint">
          For example, you are uploading a keyworker’s report. The record will say you uploaded it on their
          behalf.
        </div>
        <ErrorMessage id={`${id}-error`} text={errors.choice} />
        <div className="govuk-radios">
          <div className="govuk-radios__item">
            <input
              className="govuk-radios__input"
              id={id}
              name={id}
              type="radio"
              value="yes"
              checked={value.onBehalf === 'yes'}
              onChange={() => onChange({ ...value, onBehalf: 'yes' })}
              aria-controls={revealId}
            />
            <label className="govuk-label govuk-radios__label" htmlFor={id}>
              Yes
            </label>
          </div>
          {/* `hidden`, not GOV.UK's --hidden class: that one applies only under its own script's body class. */}
          <div className="govuk-radios__conditional" id={revealId} hidden={value.onBehalf !== 'yes'}>
            <TextInput
              id={ids.name}
              label="Their full name"
              value={value.authorName}
              onChange={(authorName) => onChange({ ...value, authorName })}
              error={errors.name}
              widthClass="govuk-!-width-two-thirds"
              autoComplete="off"
              spellCheck={false}
              maxLength={120}
            />
            <TextInput
              id={ids.role}
              label="Their role"
              hint="For example, Residential Child Care Worker"
              value={value.authorRole}
              onChange={(authorRole) => onChange({ ...value, authorRole })}
              error={errors.role}
              widthClass="govuk-!-width-two-thirds"
              maxLength={120}
            />
          </div>
          <div className="govuk-radios__item">
            <input
              className="govuk-radios__input"
              id={`${id}-no`}
              name={id}
              type="radio"
              value="no"
              checked={value.onBehalf === 'no'}
              onChange={() => onChange({ ...value, onBehalf: 'no' })}
            />
            <label className="govuk-label govuk-radios__label" htmlFor={`${id}-no`}>
              No, I wrote it
            </label>
          </div>
        </div>
      </fieldset>
    </div>
  );
}
