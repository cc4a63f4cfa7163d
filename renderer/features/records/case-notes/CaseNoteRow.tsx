import type { CaseNote } from '../../../../shared/api/records.ts';
import { formatDateTime } from '../format.ts';

/** One note: when, what type, who wrote it in which role, and what it says (003: dated and attributed). */
export function CaseNoteRow({ note }: { note: CaseNote }) {
  return (
    <div className="hearth-note">
      <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
        <time dateTime={note.occurredAt}>{formatDateTime(note.occurredAt)}</time>
        <span className="hearth-note__type">{note.typeLabel}</span>
      </h3>
      <p className="govuk-body-s govuk-!-margin-bottom-1 hearth-note__author">
        By {note.authorName}, {note.authorRole}
      </p>
      <p className="govuk-body govuk-!-margin-bottom-0 hearth-note__body">{note.body}</p>
    </div>
  );
}
