import type { ChildRecord } from '../../../../shared/api/records.ts';
import { audit } from '../audit.ts';
import { LastUpdated } from '../LastUpdated.tsx';
import type { Shown } from '../load-record.ts';
import { useAuditOnce } from '../use-audit-once.ts';
import { FullSummary } from './FullSummary.tsx';
import { RestrictedSummary } from './RestrictedSummary.tsx';

/** The person summary, from the record the child's screens share. Each showing is one audited view. */
export function SummaryScreen({ shown }: { shown: Shown<ChildRecord> }) {
  const child = shown.value;
  useAuditOnce(() => audit('view-summary', child.id, null, shown.offline));
  return (
    <>
      <LastUpdated offline={shown.offline} fetchedAt={shown.fetchedAt} />
      {child.restricted ? (
        <RestrictedSummary child={child} offline={shown.offline} />
      ) : (
        <FullSummary child={child} />
      )}
    </>
  );
}
