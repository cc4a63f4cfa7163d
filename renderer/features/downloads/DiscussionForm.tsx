/**
 * "Record a discussion with the social worker" (guidance 001: "Other records should be discussed
 * with the allocated social worker before being downloaded"): who was consulted (the allocated
 * worker proposed), when, and why, checked with the same rules as the gateway. Once recorded, the
 * document downloads at once.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { DocumentListItem } from '../../../shared/api/records.ts';
import { DiscussionDetails, discussionTimeProblem } from '../../../shared/domain/downloads.ts';
import { ErrorSummary, type ErrorSummaryItem } from '../../ui/ErrorSummary.tsx';
import { describedBy, ErrorMessage } from '../../ui/controls/field.tsx';
import { TextInput } from '../../ui/controls/text-inputs.tsx';

type Field = 'consultedName' | 'consultedRole' | 'discussedAt' | 'reason';
const FIELD_IDS: Record<Field, string> = {
  consultedName: 'discussion-name',
  consultedRole: 'discussion-role',
  discussedAt: 'discussion-when',
  reason: 'discussion-why',
};

/** `YYYY-MM-DDTHH:MM` in the computer's time, as a datetime-local field shows it. */
function localNow(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

export function DiscussionForm(props: {
  document: DocumentListItem;
  /** The allocated worker, proposed as the person consulted; null when none is allocated. */
  allocatedWorker: string | null;
  onRecorded(details: DiscussionDetails): Promise<string | null>;
  onCancel(): void;
}) {
  const [name, setName] = useState(props.allocatedWorker ?? '');
  const [role, setRole] = useState(props.allocatedWorker ? 'Allocated social worker' : '');
  const [when, setWhen] = useState(localNow());
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const at = new Date(when);
    const parsed = DiscussionDetails.safeParse({
      consultedName: name,
      consultedRole: role,
      discussedAt: Number.isNaN(at.getTime()) ? '' : at.toISOString(),
      reason,
    });
    const found: Partial<Record<Field, string>> = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as Field;
        found[field] ??= field === 'discussedAt' ? 'Enter when the discussion took place.' : issue.message;
      }
    } else {
      const late = discussionTimeProblem(parsed.data.discussedAt, new Date());
      if (late) found.discussedAt = late;
    }
    setErrors(found);
    setAttempt((n) => n + 1);
    if (!parsed.success || Object.keys(found).length > 0) return;
    setBusy(true);
    setProblem(await props.onRecorded(parsed.data));
    setBusy(false);
  }

  const items: ErrorSummaryItem[] = [
    ...(Object.entries(errors) as [Field, string][]).map(([field, text]) => ({
      text,
      fieldId: FIELD_IDS[field],
    })),
    ...(problem ? [{ text: problem }] : []),
  ];
  return (
    <section aria-labelledby="discussion-heading" data-testid="discussion-form">
      <h2 className="govuk-heading-m" id="discussion-heading" tabIndex={-1} ref={heading}>
        Record a discussion with the social worker
      </h2>
      <p className="govuk-body">
        “{props.document.title}” is not one of the seven documents homes may download. Discuss it with the
        child’s allocated social worker first, then record who you spoke to, when, and why the home needs it.
      </p>
      {items.length > 0 && <ErrorSummary items={items} attempt={attempt} />}
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextInput
          id={FIELD_IDS.consultedName}
          label="Who did you discuss it with?"
          hint={
            props.allocatedWorker
              ? 'The child’s allocated social worker is filled in.'
              : 'No social worker is allocated: give the name of the person you spoke to.'
          }
          value={name}
          onChange={setName}
          error={errors.consultedName}
          widthClass="govuk-!-width-one-half"
          autoComplete="off"
        />
        <TextInput
          id={FIELD_IDS.consultedRole}
          label="Their role"
          value={role}
          onChange={setRole}
          error={errors.consultedRole}
          widthClass="govuk-!-width-one-half"
        />
        <div className={`govuk-form-group${errors.discussedAt ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label" htmlFor={FIELD_IDS.discussedAt}>
            When did you discuss it?
          </label>
          <ErrorMessage id={`${FIELD_IDS.discussedAt}-error`} text={errors.discussedAt} />
          <input
            className={`govuk-input govuk-input--width-20${errors.discussedAt ? ' govuk-input--error' : ''}`}
            id={FIELD_IDS.discussedAt}
            name={FIELD_IDS.discussedAt}
            type="datetime-local"
            value={when}
            max={localNow()}
            onChange={(event) => setWhen(event.target.value)}
            aria-describedby={describedBy(errors.discussedAt && `${FIELD_IDS.discussedAt}-error`)}
          />
        </div>
        <div className={`govuk-form-group${errors.reason ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label" htmlFor={FIELD_IDS.reason}>
            Why does the home need this document?
          </label>
          <ErrorMessage id={`${FIELD_IDS.reason}-error`} text={errors.reason} />
          <textarea
            className={`govuk-textarea${errors.reason ? ' govuk-textarea--error' : ''}`}
            id={FIELD_IDS.reason}
            name={FIELD_IDS.reason}
            rows={4}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            aria-describedby={describedBy(errors.reason && `${FIELD_IDS.reason}-error`)}
          />
        </div>
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" disabled={busy}>
            Record the discussion and download
          </button>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={props.onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
