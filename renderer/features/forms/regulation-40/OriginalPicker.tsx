import { ukDate } from '../../../../shared/domain/naming.ts';
import type { OriginalNotification } from '../../../../shared/forms/regulation-40-form.ts';
import { audit } from '../../records/audit.ts';
import { LoadProblem } from '../../records/LoadState.tsx';
import { documentsRequest } from '../../records/requests.ts';
import { useRecord } from '../../records/use-record.ts';
import { useOutboxItems } from '../../uploads/use-outbox-items.ts';
import { Radios } from '../../../ui/controls/choices.tsx';
import { originalChoices } from './original-notifications.ts';

/**
 * Choose the Regulation 40 notification this update concludes (40(4)(d)): the child's earlier ones
 * on their record or still waiting in this computer's outbox. Reading the documents list is a view
 * of the child's documents, audited like the documents screen (001).
 */
export function OriginalPicker({
  id,
  childId,
  value,
  onChange,
  error,
}: {
  id: string;
  childId: string;
  value: OriginalNotification | null;
  onChange(original: OriginalNotification): void;
  error: string | undefined;
}) {
  const documents = useRecord(documentsRequest(childId), (shown) =>
    audit('view-documents', childId, null, shown.offline),
  );
  const outbox = useOutboxItems();
  if (documents.state === 'loading' || outbox.items === null) {
    return (
      <p className="govuk-body" role="status">
        Looking for earlier Regulation 40 notifications…
      </p>
    );
  }
  if (documents.state === 'failed') {
    return <LoadProblem error={documents.error} message={documents.message} onRetry={documents.retry} />;
  }
  const choices = originalChoices(childId, documents.value.documents, outbox.items);
  if (choices.length === 0) {
    return (
      <div className="govuk-form-group govuk-form-group--error">
        <p className="govuk-body" id={id} tabIndex={-1}>
          There is no earlier Regulation 40 notification for this child on their record or on this computer.
          Write the notification of the enquiry first, or upload the original as a document.
        </p>
        {error && <p className="govuk-error-message">{error}</p>}
      </div>
    );
  }
  const selected = choices.find(
    (c) =>
      value !== null && c.original.documentId === value.documentId && c.original.outboxId === value.outboxId,
  );
  return (
    <Radios
      id={id}
      legend="Which notification does this update?"
      legendSize="m"
      small={false}
      hint="The notification you made when the child protection enquiry began."
      value={selected?.key ?? ''}
      onChange={(key) => {
        const choice = choices.find((c) => c.key === key);
        if (choice) onChange(choice.original);
      }}
      options={choices.map((c) => ({
        value: c.key,
        label: c.original.title,
        hint:
          c.where === 'record'
            ? `On the child’s record, completed ${ukDate(c.original.completedOn)}`
            : `Waiting on this computer to be sent, completed ${ukDate(c.original.completedOn)}`,
      }))}
      error={error}
    />
  );
}
