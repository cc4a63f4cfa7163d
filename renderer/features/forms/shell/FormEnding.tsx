import type { StaffProfile } from '../../../../shared/api/session.ts';
import type { DateField } from '../../uploads/date-completed.ts';
import { DateCompleted } from '../../uploads/upload/DateCompleted.tsx';
import { OnBehalfOf } from '../../uploads/upload/OnBehalfOf.tsx';
import { ENDING_FIELD, type EndingDraft } from './form-ending.ts';
import type { FormProblems } from './problems.ts';

/**
 * The end of every form: date completed, "on behalf of" (reusing the upload form's controls),
 * what the document will be filed as and what the record will say (000), and the save button.
 */
export function FormEnding({
  staff,
  value,
  onChange,
  problems,
  title,
  busy,
}: {
  staff: StaffProfile;
  value: EndingDraft;
  onChange(value: EndingDraft): void;
  problems: FormProblems;
  /** By the naming standard (004), or words saying what is still missing. */
  title: string;
  busy: boolean;
}) {
  const boxes = problems.boxes[ENDING_FIELD.date];
  const wrong: DateField[] = boxes === 'all' ? ['day', 'month', 'year'] : boxes ? [boxes] : [];
  const onBehalf = value.onBehalf === 'yes' && value.authorName.trim() && value.authorRole.trim();
  return (
    <>
      <DateCompleted
        id={ENDING_FIELD.date}
        value={value.date}
        onChange={(date) => onChange({ ...value, date })}
        error={problems.fields[ENDING_FIELD.date]}
        wrong={wrong}
      />
      <OnBehalfOf
        ids={{ choice: ENDING_FIELD.onBehalf, name: ENDING_FIELD.authorName, role: ENDING_FIELD.authorRole }}
        value={value}
        onChange={(next) => onChange({ ...value, ...next })}
        errors={{
          choice: problems.fields[ENDING_FIELD.onBehalf],
          name: problems.fields[ENDING_FIELD.authorName],
          role: problems.fields[ENDING_FIELD.authorRole],
        }}
      />
      <div className="govuk-inset-text" data-testid="form-attribution">
        <p className="govuk-body">
          It will be filed as: <strong>{title}</strong>
        </p>
        <p className="govuk-body govuk-!-margin-bottom-0">
          The child’s record will say: Uploaded by {staff.name}, {staff.roleLabel}
          {onBehalf ? `, on behalf of ${value.authorName.trim()}, ${value.authorRole.trim()}` : ''}.
        </p>
      </div>
      <button type="submit" className="govuk-button" aria-disabled={busy || undefined}>
        {busy ? 'Saving on this computer…' : 'Save and add to upload queue'}
      </button>
    </>
  );
}
