import type { ChildRecord } from '../../../../shared/api/records.ts';
import { SummaryRow } from './SummaryRow.tsx';

type RestrictedRecord = Extract<ChildRecord, { restricted: true }>;

/**
 * A restricted (shielded) record: basic details only, and how to ask for the rest (002 §6.2).
 * The gateway sends nothing more; this screen shows what it sent and no links to other parts.
 */
export function RestrictedSummary({ child }: { child: RestrictedRecord }) {
  return (
    <>
      <div className="govuk-inset-text" data-testid="access-note">
        <p className="govuk-body govuk-!-font-weight-bold">This is a restricted record.</p>
        <p className="govuk-body">{child.accessNote}</p>
      </div>
      <dl className="govuk-summary-list" data-testid="person-summary">
        <SummaryRow label="Name">
          {child.firstName} {child.lastName}
        </SummaryRow>
        <SummaryRow label="Mosaic reference number">{child.mosaicId}</SummaryRow>
        <SummaryRow label="Allocated social worker">
          {child.socialWorker?.name ?? 'No allocated worker'}
        </SummaryRow>
        <SummaryRow label="Team">{child.team.name}</SummaryRow>
      </dl>
    </>
  );
}
