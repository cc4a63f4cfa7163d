/**
 * The home's downloads on the audit screen, whole (issue 6: "The download, its file name and the
 * SHA-256 of what was saved are audited"; 001: "reviewed by management"). The audit event keeps 200
 * characters; this shows, for each download, the name the home's pattern gave, the full path it was
 * saved under (e.g. "… (2).pdf" when the name was taken) and the SHA-256 of what was sent and of
 * what was saved, so a manager can match a file on the shared drive to the person who saved it.
 */
import { useEffect, useState } from 'react';
import { DownloadLog as DownloadLogAnswer, type DownloadLogRow } from '../../../shared/api/download-log.ts';
import { englandDateTimeSeconds } from '../../../shared/domain/audit-export.ts';
import { apiGet, type ApiResult } from '../../api/client.ts';

const loadDownloadLog = (): Promise<ApiResult<DownloadLogAnswer>> =>
  apiGet('/api/v1/audit/downloads?limit=50', DownloadLogAnswer);

/** The gateway records a saved path only when the bytes written are the bytes it sent. */
const savedWords = (row: DownloadLogRow) => row.saved?.as ?? 'Not reported by the device';

export function DownloadLog() {
  const [answer, setAnswer] = useState<ApiResult<DownloadLogAnswer> | null>(null);
  useEffect(() => {
    let current = true;
    void loadDownloadLog().then((loaded) => current && setAnswer(loaded));
    return () => {
      current = false;
    };
  }, []);
  return (
    <section aria-labelledby="download-log-heading" data-testid="download-log">
      <h2 className="govuk-heading-m" id="download-log-heading">
        Downloads saved
      </h2>
      {answer === null && <p className="govuk-body">Loading the downloads…</p>}
      {answer?.ok === false && (
        <p className="govuk-body">The downloads could not be loaded: {answer.message}</p>
      )}
      {answer?.ok && answer.value.downloads.length === 0 && (
        <p className="govuk-body">Nobody in your home has downloaded a document yet.</p>
      )}
      {answer?.ok && answer.value.downloads.length > 0 && (
        <table className="govuk-table govuk-table--small-text-until-tablet hearth-audit-table">
          <caption className="govuk-table__caption govuk-table__caption--s">
            The newest {answer.value.downloads.length} downloads, with the full file names and SHA-256
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {['When', 'Person', 'Child and document', 'File name given', 'Saved as', 'SHA-256'].map((h) => (
                <th key={h} scope="col" className="govuk-table__header">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {answer.value.downloads.map((row) => (
              <tr key={row.id} className="govuk-table__row" data-testid="download-log-row">
                <td className="govuk-table__cell">
                  <time dateTime={row.at}>{englandDateTimeSeconds(row.at)}</time>
                </td>
                <td className="govuk-table__cell">
                  {row.person.name}
                  <span className="hearth-audit-table__role">{row.person.role}</span>
                </td>
                <td className="govuk-table__cell hearth-audit-table__detail">
                  {row.child.name}: {row.documentTitle}
                </td>
                <td className="govuk-table__cell hearth-audit-table__detail">{row.fileName}</td>
                <td className="govuk-table__cell hearth-audit-table__detail" data-testid="download-saved-as">
                  {savedWords(row)}
                </td>
                <td className="govuk-table__cell hearth-audit-table__detail" data-testid="download-sha256">
                  <code>{row.sha256}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
