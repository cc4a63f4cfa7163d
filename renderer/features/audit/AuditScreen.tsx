/**
 * The audit (#/audit), for the home's Registered Manager and Assistant Manager (001: "All entries,
 * enquiries and records viewed are digitally logged against each staff member's account history and
 * can be reviewed by management"; issue 7 "Manager screen"). Filters, a page of events at a time,
 * exports and the tamper check. Everything comes from the gateway, which refuses anyone else (the
 * refusal is shown in its words) and audits every look at the audit. Online only: the audit is
 * never kept on a device. Loaded on demand (lazy-screen.tsx).
 */
import './audit.scss';
import { useEffect, useState } from 'react';
import type { AuditFilterOptions, AuditFilters, AuditPage } from '../../../shared/api/audit-review.ts';
import type { ApiFailure } from '../../api/client.ts';
import { LoadProblem, Loading } from '../records/LoadState.tsx';
import { PageHeading } from '../records/PageHeading.tsx';
import { AuditFilterForm } from './AuditFilterForm.tsx';
import { AuditTable } from './AuditTable.tsx';
import { DownloadLog } from './DownloadLog.tsx';
import { ExportButtons } from './ExportButtons.tsx';
import { VerifyPanel } from './VerifyPanel.tsx';
import { loadAuditPage, loadFilterOptions } from './audit-api.ts';
import { showingWords } from './audit-words.ts';

export const AUDIT_PAGE_SIZE = 50;

type Load<T> =
  { state: 'loading' } | { state: 'ok'; value: T } | { state: 'failed'; error: ApiFailure; message: string };

function useLoad<T>(
  load: () => Promise<{ ok: true; value: T } | { ok: false; error: ApiFailure; message: string }>,
  key: string,
) {
  const [state, setState] = useState<Load<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let stopped = false;
    setState({ state: 'loading' });
    void load().then((answer) => {
      if (stopped) return;
      setState(answer.ok ? { state: 'ok', value: answer.value } : { state: 'failed', ...answer });
    });
    return () => {
      stopped = true;
    };
    // `key` names everything `load` reads; `attempt` is "Try again".
  }, [key, attempt]);
  return { state, retry: () => setAttempt((n) => n + 1) };
}

function Events({ filters }: { filters: AuditFilters }) {
  // Cursors of the pages seen so far: the last is the page shown; "Previous" pops one.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const cursor = cursors.at(-1) ?? null;
  const { state, retry } = useLoad<AuditPage>(
    () => loadAuditPage(filters, cursor),
    JSON.stringify([filters, cursor]),
  );
  if (state.state === 'loading') return <Loading what="the audit" />;
  if (state.state === 'failed')
    return <LoadProblem error={state.error} message={state.message} onRetry={retry} />;
  const page = state.value;
  const first = (cursors.length - 1) * AUDIT_PAGE_SIZE + 1;
  return (
    <>
      <p className="govuk-body" role="status" data-testid="audit-count">
        {showingWords(first, page.rows.length, page.total)}
      </p>
      {page.rows.length > 0 && <AuditTable rows={page.rows} caption="Audit events, newest first" />}
      {(cursors.length > 1 || page.nextCursor) && (
        <nav className="govuk-button-group" aria-label="Pages of the audit">
          {cursors.length > 1 && (
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => setCursors((c) => c.slice(0, -1))}
            >
              Previous page
            </button>
          )}
          {page.nextCursor && (
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => setCursors((c) => [...c, page.nextCursor])}
            >
              Next page
            </button>
          )}
        </nav>
      )}
    </>
  );
}

export default function AuditScreen() {
  const options = useLoad<AuditFilterOptions>(loadFilterOptions, 'options');
  const [filters, setFilters] = useState<AuditFilters>({});
  return (
    <>
      <PageHeading title="Audit" />
      {options.state.state === 'loading' && <Loading what="the audit" />}
      {options.state.state === 'failed' && (
        <LoadProblem error={options.state.error} message={options.state.message} onRetry={options.retry} />
      )}
      {options.state.state === 'ok' && (
        <>
          <p className="govuk-body">
            Every view, search, upload and download in your home, and who made it. Looking at the audit,
            exporting it and checking it are recorded too.
          </p>
          <AuditFilterForm options={options.state.value} applied={filters} onApply={setFilters} />
          <ExportButtons filters={filters} />
          {/* A new filter starts again from the first page. */}
          <Events key={JSON.stringify(filters)} filters={filters} />
          <VerifyPanel />
          <DownloadLog />
        </>
      )}
    </>
  );
}
