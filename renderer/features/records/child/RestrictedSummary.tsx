import { useState } from 'react';
import type { AccessRequestAnswer } from '../../../../shared/api/access-requests.ts';
import type { ChildRecord } from '../../../../shared/api/records.ts';
import { AccessRequestForm } from './AccessRequestForm.tsx';
import { AccessRequestStatus } from './AccessRequestStatus.tsx';
import { keepRequestWithSummary } from './access-request-api.ts';
import { SummaryRow } from './SummaryRow.tsx';

type RestrictedRecord = Extract<ChildRecord, { restricted: true }>;

/**
 * A restricted (shielded) record: basic details only, and the reader's access request (002 §6.2):
 * its state when they have one, and the form to ask when they have none open. The gateway sends
 * nothing more; this screen shows what it sent and no links to other parts.
 */
export function RestrictedSummary({ child, offline }: { child: RestrictedRecord; offline: boolean }) {
  const [sent, setSent] = useState<AccessRequestAnswer | null>(null);
  const request = sent?.request ?? child.accessRequest ?? null;
  const mayAsk = request === null || request.state === 'refused' || request.state === 'expired';
  const name = `${child.firstName} ${child.lastName}`;

  function onSent(answer: AccessRequestAnswer) {
    setSent(answer);
    void keepRequestWithSummary(child, answer.request);
  }

  return (
    <>
      <div className="govuk-inset-text" data-testid="access-note">
        <p className="govuk-body govuk-!-font-weight-bold">This is a restricted record.</p>
        <p className="govuk-body">{child.accessNote}</p>
      </div>
      <dl className="govuk-summary-list" data-testid="person-summary">
        <SummaryRow label="Name">{name}</SummaryRow>
        <SummaryRow label="Mosaic reference number">{child.mosaicId}</SummaryRow>
        <SummaryRow label="Allocated social worker">
          {child.socialWorker?.name ?? 'No allocated worker'}
        </SummaryRow>
        <SummaryRow label="Team">{child.team.name}</SummaryRow>
      </dl>
      {request && <AccessRequestStatus request={request} sent={sent && { existing: sent.existing }} />}
      {mayAsk &&
        (offline ? (
          <p className="govuk-body" data-testid="access-request-offline">
            You are offline. Connect to the network to ask for access to {name}’s record.
          </p>
        ) : (
          <AccessRequestForm childId={child.id} name={name} onSent={onSent} />
        ))}
    </>
  );
}
