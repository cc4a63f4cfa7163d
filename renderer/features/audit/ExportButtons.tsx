import { useState } from 'react';
import type { AuditFilters } from '../../../shared/api/audit-review.ts';
import { exportAudit, type ExportOutcome } from './audit-api.ts';

/**
 * "Export CSV" and "Export PDF" (issue 7): the events the filters select, made by the gateway (which
 * audits the export) and saved through the host's shared-drive path, a download in a browser.
 */
export function ExportButtons({ filters }: { filters: AuditFilters }) {
  const [busy, setBusy] = useState<'csv' | 'pdf' | null>(null);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  async function run(format: 'csv' | 'pdf') {
    setBusy(format);
    setOutcome(null);
    setOutcome(await exportAudit(format, filters));
    setBusy(null);
  }
  return (
    <div className="hearth-audit-export">
      <div className="govuk-button-group">
        {(['csv', 'pdf'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => void run(format)}
            disabled={busy !== null}
            aria-disabled={busy !== null}
          >
            Export {format.toUpperCase()}
          </button>
        ))}
      </div>
      <div role="status" data-testid="audit-export-status">
        {busy && <p className="govuk-body">Making the {busy.toUpperCase()} file…</p>}
        {outcome?.ok && (
          <p className="govuk-body">
            Saved {outcome.rowCount.toLocaleString('en-GB')} events as {outcome.savedAs}.
            {outcome.truncated &&
              ' More events matched than one export holds: narrow the dates for older ones.'}
          </p>
        )}
      </div>
      {outcome && !outcome.ok && (
        <p className="govuk-body" role="alert">
          {outcome.message}
        </p>
      )}
    </div>
  );
}
