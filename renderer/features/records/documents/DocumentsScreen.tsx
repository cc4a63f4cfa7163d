import type { DocumentListItem } from '../../../../shared/api/records.ts';
import { audit } from '../audit.ts';
import { formatCount, formatDate } from '../format.ts';
import { LastUpdated } from '../LastUpdated.tsx';
import { Loading, LoadProblem } from '../LoadState.tsx';
import { documentsRequest } from '../requests.ts';
import { useRecord } from '../use-record.ts';

const newestFirst = (a: DocumentListItem, b: DocumentListItem) =>
  b.completedOn.localeCompare(a.completedOn) || a.title.localeCompare(b.title);

/**
 * A child's documents, read only, newest first. The gateway never sends confidential documents
 * (002 §4.3), so every row here may be seen by home staff. Opening documents comes later.
 */
export function DocumentsScreen({ childId }: { childId: string }) {
  const loaded = useRecord(documentsRequest(childId), (shown) =>
    audit('view-documents', childId, null, shown.offline),
  );
  if (loaded.state === 'loading') return <Loading what="the documents" />;
  if (loaded.state === 'failed')
    return <LoadProblem error={loaded.error} message={loaded.message} onRetry={loaded.retry} />;
  const documents = [...loaded.value.documents].sort(newestFirst);
  return (
    <>
      <LastUpdated offline={loaded.offline} fetchedAt={loaded.fetchedAt} />
      {documents.length === 0 ? (
        <p className="govuk-body">There are no documents on this record.</p>
      ) : (
        <table className="govuk-table" data-testid="documents-table">
          <caption className="govuk-table__caption govuk-table__caption--m">
            {formatCount(documents.length)} {documents.length === 1 ? 'document' : 'documents'}, newest first
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Title
              </th>
              <th scope="col" className="govuk-table__header">
                Type
              </th>
              <th scope="col" className="govuk-table__header hearth-nowrap">
                Date completed
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {documents.map((document) => (
              <tr className="govuk-table__row" key={document.id}>
                <td className="govuk-table__cell">
                  {document.title}
                  {document.group && (
                    // 004: "Group documents are identifiable by the icon": a tag in words, not colour alone.
                    <>
                      {' '}
                      <strong className="govuk-tag govuk-tag--blue" data-testid="group-marker">
                        Group<span className="govuk-visually-hidden"> document: {document.group.name}</span>
                      </strong>
                    </>
                  )}
                </td>
                <td className="govuk-table__cell">{document.typeLabel}</td>
                <td className="govuk-table__cell hearth-nowrap">{formatDate(document.completedOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
