/**
 * The buttons beside each document (issue 6): "View" for everyone who reads the record; for people
 * who may download (the home's role setting), "Download" for the seven permitted types and for a
 * document they recorded a discussion about, or "Discuss, then download" for any other. Each button
 * names its document for screen readers, so a list of "View" buttons is not ambiguous.
 */
import './downloads.scss';
import type { DocumentListItem } from '../../../shared/api/records.ts';
import { needsDiscussion } from '../../../shared/domain/downloads.ts';

export const viewButtonId = (documentId: string) => `view-${documentId}`;

export function DocumentActions(props: {
  document: DocumentListItem;
  mayDownload: boolean | null;
  discussed: boolean;
  busy: boolean;
  onView(): void;
  onDownload(): void;
  onDiscuss(): void;
}) {
  const { document: doc } = props;
  const hidden = <span className="govuk-visually-hidden"> {doc.title}</span>;
  const small = 'govuk-button govuk-button--secondary govuk-!-margin-bottom-0 govuk-!-margin-right-1';
  return (
    <div className="hearth-document-actions">
      <button type="button" id={viewButtonId(doc.id)} className={small} onClick={props.onView}>
        View{hidden}
      </button>
      {props.mayDownload &&
        (needsDiscussion(doc.type) && !props.discussed ? (
          <button type="button" className={small} onClick={props.onDiscuss} disabled={props.busy}>
            Discuss, then download{hidden}
          </button>
        ) : (
          <button type="button" className={small} onClick={props.onDownload} disabled={props.busy}>
            Download{hidden}
          </button>
        ))}
    </div>
  );
}
