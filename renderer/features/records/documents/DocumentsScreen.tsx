import { lazy, Suspense, useEffect, useState } from 'react';
import type { DocumentListItem } from '../../../../shared/api/records.ts';
import type { DiscussionDetails } from '../../../../shared/domain/downloads.ts';
import { DiscussionForm } from '../../downloads/DiscussionForm.tsx';
import { DocumentActions, viewButtonId } from '../../downloads/DocumentActions.tsx';
import { downloadDocument, recordDiscussion } from '../../downloads/downloads-api.ts';
import { DownloadNotice, type DownloadOutcome } from '../../downloads/DownloadNotice.tsx';
import { keepOfflineCopies } from '../../downloads/offline-copies.ts';
import { useDownloadRights } from '../../downloads/use-download-rights.ts';
import { audit } from '../audit.ts';
import { formatCount, formatDate } from '../format.ts';
import { LastUpdated } from '../LastUpdated.tsx';
import { Loading, LoadProblem } from '../LoadState.tsx';
import { documentsRequest } from '../requests.ts';
import { useRecord } from '../use-record.ts';

// pdf.js is large: the viewer and it load only when someone opens a document (issue 6).
const DocumentViewer = lazy(() => import('../../downloads/viewer/DocumentViewer.tsx'));

const newestFirst = (a: DocumentListItem, b: DocumentListItem) =>
  b.completedOn.localeCompare(a.completedOn) || a.title.localeCompare(b.title);

type Panel =
  { kind: 'list'; focus: string | null } | { kind: 'view' | 'discuss'; document: DocumentListItem };

/**
 * A child's documents, read only, newest first. The gateway never sends confidential documents
 * (002 §4.3), so every row here may be seen by home staff. A document the home uploaded says who
 * uploaded it and on whose behalf (000). Each opens in the read-only viewer; people the home lets
 * download save the stamped PDF to the shared drive (001).
 */
export function DocumentsScreen(props: {
  childId: string;
  mosaicId: string;
  allocatedWorker: string | null;
  /** False for a restricted record read by the reader's grant: nothing of it is kept on the device (002 §6.2). */
  keepOffline?: boolean;
}) {
  const { childId } = props;
  const keepOffline = props.keepOffline ?? true;
  const loaded = useRecord(documentsRequest(childId, keepOffline), (shown) =>
    audit('view-documents', childId, null, shown.offline),
  );
  const rights = useDownloadRights(childId);
  const [panel, setPanel] = useState<Panel>({ kind: 'list', focus: null });
  const [outcome, setOutcome] = useState<DownloadOutcome>(null);
  const [busy, setBusy] = useState(false);

  // Shown fresh from the gateway: keep the newest permitted documents for reading offline (the
  // sync contact does it for every child too; this catches a change since the last contact).
  const fresh = loaded.state === 'shown' && !loaded.offline && keepOffline ? loaded.value : null;
  useEffect(() => {
    if (fresh) void keepOfflineCopies(childId, fresh.mosaicId, fresh.documents);
  }, [childId, fresh]);

  // Back on the list, focus returns to the button that opened the document.
  useEffect(() => {
    if (panel.kind === 'list' && panel.focus) document.getElementById(panel.focus)?.focus();
  }, [panel]);

  async function download(doc: DocumentListItem) {
    setBusy(true);
    setOutcome(null);
    const done = await downloadDocument(childId, doc.id);
    setBusy(false);
    setOutcome(done.ok ? { ok: true, savedAs: done.value.savedAs } : { ok: false, message: done.message });
  }

  async function discussed(doc: DocumentListItem, details: DiscussionDetails): Promise<string | null> {
    const recorded = await recordDiscussion(childId, doc.id, details);
    if (!recorded.ok) return recorded.message;
    rights.markDiscussed(doc.id);
    setPanel({ kind: 'list', focus: viewButtonId(doc.id) });
    await download(doc);
    return null;
  }

  if (loaded.state === 'loading') return <Loading what="the documents" />;
  if (loaded.state === 'failed')
    return <LoadProblem error={loaded.error} message={loaded.message} onRetry={loaded.retry} />;
  if (panel.kind === 'view') {
    const close = () => setPanel({ kind: 'list', focus: viewButtonId(panel.document.id) });
    return (
      <Suspense
        fallback={
          <p className="govuk-body" role="status">
            Opening the viewer…
          </p>
        }
      >
        <DocumentViewer
          childId={childId}
          mosaicId={props.mosaicId}
          document={panel.document}
          keepOffline={keepOffline}
          onClose={close}
        />
      </Suspense>
    );
  }
  if (panel.kind === 'discuss') {
    const doc = panel.document;
    return (
      <DiscussionForm
        document={doc}
        allocatedWorker={props.allocatedWorker}
        onRecorded={(details) => discussed(doc, details)}
        onCancel={() => setPanel({ kind: 'list', focus: viewButtonId(doc.id) })}
      />
    );
  }
  const documents = [...loaded.value.documents].sort(newestFirst);
  return (
    <>
      <LastUpdated offline={loaded.offline} fetchedAt={loaded.fetchedAt} />
      <DownloadNotice outcome={outcome} />
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
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {documents.map((doc) => (
              <tr className="govuk-table__row" key={doc.id}>
                <td className="govuk-table__cell">
                  {doc.title}
                  {doc.group && (
                    // 004: "Group documents are identifiable by the icon": a tag in words, not colour alone.
                    <>
                      {' '}
                      <strong className="govuk-tag govuk-tag--blue" data-testid="group-marker">
                        Group<span className="govuk-visually-hidden"> document: {doc.group.name}</span>
                      </strong>
                    </>
                  )}
                  {doc.attribution && (
                    // Guidance 000: who uploaded it and, if someone else wrote it, on whose behalf.
                    <span
                      className="govuk-body-s hearth-document-attribution"
                      data-testid="document-attribution"
                    >
                      {doc.attribution}
                    </span>
                  )}
                </td>
                <td className="govuk-table__cell">{doc.typeLabel}</td>
                <td className="govuk-table__cell hearth-nowrap">{formatDate(doc.completedOn)}</td>
                <td className="govuk-table__cell">
                  <DocumentActions
                    document={doc}
                    mayDownload={rights.mayDownload}
                    discussed={rights.discussed.has(doc.id)}
                    busy={busy}
                    onView={() => setPanel({ kind: 'view', document: doc })}
                    onDownload={() => void download(doc)}
                    onDiscuss={() => setPanel({ kind: 'discuss', document: doc })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
