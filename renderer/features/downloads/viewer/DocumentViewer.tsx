/**
 * The in-app read-only viewer (issue 6): a document opens here rather than as a file on the
 * computer, so reading it leaves no copy behind. Loaded on demand with pdf.js (pdf-pages.ts).
 * Online the gateway serves and audits the view; offline a permitted document opens from the
 * encrypted copy saved on this computer and the view is audited as offline (001).
 */
import { useEffect, useRef, useState } from 'react';
import '../downloads.scss';
import type { DocumentListItem } from '../../../../shared/api/records.ts';
import { mosaicLabel } from '../../../../shared/domain/mosaic.ts';
import { openDocument } from '../downloads-api.ts';
import { drawPdf, type DrawnPage } from './pdf-pages.ts';

type State =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'not-viewable' }
  | { state: 'image'; url: string; offline: boolean }
  | { state: 'shown'; pages: DrawnPage[]; offline: boolean };

const IMAGE_TYPES = new Set(['image/jpeg', 'image/png']);

const WIDTH = 640;

function Page({ page, n, of }: { page: DrawnPage; n: number; of: number }) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const target = holder.current;
    if (!target) return;
    target.replaceChildren(page.canvas);
  }, [page]);
  return (
    <figure className="hearth-viewer__page" data-testid="viewer-page">
      <div ref={holder} aria-hidden="true" />
      <figcaption className="govuk-body-s">
        Page {n} of {of}
      </figcaption>
      <p className="govuk-visually-hidden">{page.text}</p>
    </figure>
  );
}

export default function DocumentViewer(props: {
  childId: string;
  mosaicId: string;
  document: DocumentListItem;
  /** False for a restricted record read by the reader's grant: shown, never saved (002 §6.2). */
  keepOffline?: boolean;
  onClose(): void;
}) {
  const { childId, document: doc, onClose } = props;
  const keepOffline = props.keepOffline ?? true;
  const [view, setView] = useState<State>({ state: 'loading' });
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
    let current = true;
    let imageUrl: string | null = null;
    void (async () => {
      // A Word document cannot be shown here: nothing is fetched, so no view is recorded.
      if (doc.mimeType !== 'application/pdf' && !IMAGE_TYPES.has(doc.mimeType)) {
        return setView({ state: 'not-viewable' });
      }
      const opened = await openDocument(childId, doc, keepOffline);
      if (!current) return;
      if (!opened.ok) return setView({ state: 'failed', message: opened.message });
      if (IMAGE_TYPES.has(doc.mimeType)) {
        // A scan from the home's copier: shown as it is, from memory (the CSP allows blob: images).
        imageUrl = URL.createObjectURL(new Blob([opened.value.bytes], { type: doc.mimeType }));
        return setView({ state: 'image', url: imageUrl, offline: opened.value.offline });
      }
      try {
        const pages = await drawPdf(opened.value.bytes, WIDTH);
        if (current) setView({ state: 'shown', pages, offline: opened.value.offline });
      } catch (error) {
        if (current)
          setView({ state: 'failed', message: `Hearth could not show this document (${String(error)}).` });
      }
    })();
    return () => {
      current = false;
      if (imageUrl) URL.revokeObjectURL(imageUrl);
    };
  }, [childId, doc, keepOffline]);

  return (
    <section className="hearth-viewer" aria-labelledby="viewer-heading" data-testid="document-viewer">
      <h2 className="govuk-heading-m" id="viewer-heading" tabIndex={-1} ref={heading}>
        {doc.title}
      </h2>
      <p className="govuk-body">
        <strong className="govuk-tag govuk-tag--grey">Read only</strong> {doc.typeLabel},{' '}
        {mosaicLabel(props.mosaicId)}
      </p>
      {view.state === 'loading' && (
        <p className="govuk-body" role="status">
          Opening the document…
        </p>
      )}
      {view.state === 'failed' && (
        <div className="govuk-inset-text" role="alert">
          {view.message}
        </div>
      )}
      {view.state === 'not-viewable' && (
        <p className="govuk-body">
          Hearth shows PDFs and scanned images. This document is a{' '}
          {doc.mimeType.includes('word') ? 'Word document' : 'file'} Hearth cannot show: ask the social worker
          for it as a PDF.
        </p>
      )}
      {view.state === 'image' && (
        <figure className="hearth-viewer__page" data-testid="viewer-page">
          <img src={view.url} alt={`Scanned document: ${doc.title}`} />
        </figure>
      )}
      {(view.state === 'shown' || view.state === 'image') && view.offline && (
        <p className="govuk-inset-text" data-testid="viewer-offline">
          Saved copy on this computer, opened without a connection.
        </p>
      )}
      {view.state === 'shown' && (
        <>
          {view.pages.map((page, i) => (
            <Page key={i} page={page} n={i + 1} of={view.pages.length} />
          ))}
        </>
      )}
      <button type="button" className="govuk-button govuk-button--secondary" onClick={onClose}>
        Close the document
      </button>
    </section>
  );
}
