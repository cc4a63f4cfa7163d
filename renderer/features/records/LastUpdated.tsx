import { formatDateTime } from './format.ts';

/**
 * Says when a record shown from the device's saved copy was fetched, so staff know how old what
 * they read is (issue 3: offline reading with "last updated" time). Nothing is shown for a fresh answer.
 */
export function LastUpdated({ offline, fetchedAt }: { offline: boolean; fetchedAt: string | null }) {
  if (!offline) return null;
  return (
    <p className="govuk-body-s hearth-last-updated" data-testid="last-updated">
      <strong className="govuk-tag govuk-tag--grey">Saved copy</strong>{' '}
      {fetchedAt ? `Last updated ${formatDateTime(fetchedAt)}` : 'Last updated: not known'}
    </p>
  );
}
