import type { ChildRecord } from '../../../../shared/api/records.ts';
import { formatDate, formatDateTime } from '../format.ts';
import { childHref } from '../router.ts';
import { SocialWorkerContact } from './SocialWorkerContact.tsx';
import { SummaryRow } from './SummaryRow.tsx';

type FullRecord = Extract<ChildRecord, { restricted: false }>;

function SiblingGroup({ childId, group }: { childId: string; group: FullRecord['siblingGroup'] }) {
  if (!group) return <>Not in a sibling group</>;
  return (
    <>
      <p className="govuk-body govuk-!-margin-bottom-1">
        {/* 004: "Clicking on this link will take you to the group summary page". */}
        <a className="govuk-link" href={childHref(childId, 'group')} data-testid="group-page-link">
          {group.name}
        </a>
      </p>
      {group.members.length > 0 ? (
        <ul className="govuk-list govuk-!-margin-0">
          {group.members.map((member) => (
            <li key={member.id}>
              <a className="govuk-link" href={childHref(member.id)}>
                {member.firstName} {member.lastName}
              </a>{' '}
              (Mosaic ref. {member.mosaicId})
            </li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body govuk-!-margin-0">No other member is placed in your home.</p>
      )}
    </>
  );
}

/** The person summary as DOMAIN.md lists it: name, date of birth, Mosaic number, legal status, placement, worker, siblings. */
export function FullSummary({ child }: { child: FullRecord }) {
  return (
    <>
      {child.grantedAccess && <GrantedAccess grant={child.grantedAccess} />}
      <dl className="govuk-summary-list" data-testid="person-summary">
        <SummaryRow label="Name">
          {child.firstName} {child.lastName}
        </SummaryRow>
        <SummaryRow label="Mosaic reference number">{child.mosaicId}</SummaryRow>
        <SummaryRow label="Date of birth">{formatDate(child.dateOfBirth)}</SummaryRow>
        <SummaryRow label="Legal status">{child.legalStatus}</SummaryRow>
        <SummaryRow label="Placement">
          {child.placement.homeName}, since {formatDate(child.placement.since)}
        </SummaryRow>
        <SummaryRow label="Allocated social worker">
          <SocialWorkerContact child={child} />
        </SummaryRow>
        <SummaryRow label="Sibling group">
          <SiblingGroup childId={child.id} group={child.siblingGroup} />
        </SummaryRow>
      </dl>
    </>
  );
}

/** A restricted record shown in full because the council granted the reader's request (002 §6.2). */
function GrantedAccess({ grant }: { grant: NonNullable<FullRecord['grantedAccess']> }) {
  return (
    <div className="govuk-inset-text" data-testid="access-granted">
      <p className="govuk-body govuk-!-font-weight-bold">This is a restricted record.</p>
      <p className="govuk-body">
        The council granted your request for access
        {grant.decidedBy ? ` (${grant.decidedBy})` : ''}. You can read the full record until{' '}
        {grant.expiresAt ? formatDateTime(grant.expiresAt) : 'the council ends it'}; it is not kept on this
        computer for reading offline.
      </p>
      {grant.note && <p className="govuk-body">Council’s note: {grant.note}</p>}
    </div>
  );
}
