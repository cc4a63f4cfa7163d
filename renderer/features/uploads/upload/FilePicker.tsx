import { useEffect, useRef, useState, type DragEvent } from 'react';
import { MAX_UPLOAD_BYTES } from '../../../../shared/api/uploads.ts';
import { ACCEPTED_LIST } from '../file-sniff.ts';
import { formatBytes } from '../format-bytes.ts';
import type { ChosenFile } from '../upload-form.ts';
import { describedBy, ErrorMessage } from '../../../ui/controls/field.tsx';

/** What the system file chooser offers first; a file dropped or chosen another way is still checked by its bytes. */
const ACCEPT = '.pdf,.docx,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

let nextKey = 0;
const chosen = (file: File): ChosenFile => ({ key: `file-${(nextKey += 1)}`, file, titleOverride: null });

const hasFiles = (event: DragEvent) => [...event.dataTransfer.types].includes('Files');

/**
 * GOV.UK's file upload, enhanced as GOV.UK Frontend 6 does it: the drop zone IS the button, so
 * Tab reaches it and Enter or Space opens the file chooser (keyboard alone, WCAG 2.1.1), and a
 * mouse user may drop files onto it instead. Files chosen or dropped are added to the list; each can
 * be removed. The real file input stays in the page, hidden, as GOV.UK's script leaves it.
 */
export function FilePicker({
  id,
  removeId,
  files,
  onAdd,
  onRemove,
  error,
}: {
  id: string;
  removeId(key: string): string;
  files: readonly ChosenFile[];
  onAdd(files: ChosenFile[]): void;
  onRemove(key: string): void;
  error: string | undefined;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  // A file dropped beside the zone would make the browser open it, leaving the form: never here.
  useEffect(() => {
    const keep = (event: globalThis.DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    window.addEventListener('dragover', keep);
    window.addEventListener('drop', keep);
    return () => {
      window.removeEventListener('dragover', keep);
      window.removeEventListener('drop', keep);
    };
  }, []);

  function add(list: FileList | null) {
    const added = [...(list ?? [])].map(chosen);
    if (added.length === 0) return;
    onAdd(added);
    setAnnouncement(
      `${added.length === 1 ? `${added[0]?.file.name ?? 'A file'} added` : `${added.length} files added`}.`,
    );
  }

  const status =
    files.length === 0
      ? 'No file chosen'
      : files.length === 1
        ? '1 file chosen'
        : `${files.length} files chosen`;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--m" htmlFor={id} id={`${id}-label`}>
        Document
      </label>
      <div id={`${id}-hint`} className="govuk-hint">
        A {ACCEPTED_LIST}, up to {formatBytes(MAX_UPLOAD_BYTES)}. You can choose more than one file: each
        becomes a document on the child’s record.
      </div>
      <ErrorMessage id={`${id}-error`} text={error} />
      {/* Outside the button, unlike GOV.UK's: inside, the pause would make the button's name
          differ from its visible words (WCAG 2.5.3 Label in Name). */}
      <span className="govuk-visually-hidden" id={`${id}-comma`}>
        ,
      </span>
      <div className="govuk-file-upload-wrapper">
        <button
          type="button"
          id={id}
          className={`govuk-file-upload-button${files.length === 0 ? ' govuk-file-upload-button--empty' : ''}${
            dragging ? ' govuk-file-upload-button--dragging' : ''
          }`}
          aria-labelledby={`${id}-label ${id}-comma ${id}`}
          aria-describedby={describedBy(`${id}-hint`, error && `${id}-error`)}
          onClick={() => input.current?.click()}
          onDragOver={(event) => {
            if (!hasFiles(event)) return;
            event.preventDefault();
            event.dataTransfer.dropEffect = 'copy';
          }}
          onDragEnter={(event) => {
            if (hasFiles(event)) setDragging(true);
          }}
          onDragLeave={(event) => {
            const to = event.relatedTarget;
            if (!(to instanceof Node) || !event.currentTarget.contains(to)) setDragging(false);
          }}
          onDrop={(event) => {
            event.preventDefault();
            setDragging(false);
            add(event.dataTransfer.files);
          }}
        >
          <span className="govuk-body govuk-file-upload-button__status">{status}</span>{' '}
          <span className="govuk-file-upload-button__pseudo-button-container">
            <span className="govuk-button govuk-button--secondary govuk-file-upload-button__pseudo-button">
              Choose files
            </span>{' '}
            <span className="govuk-body govuk-file-upload-button__instruction">or drop files here</span>
          </span>
        </button>
        <input
          ref={input}
          className="govuk-file-upload"
          id={`${id}-input`}
          name={id}
          type="file"
          multiple
          accept={ACCEPT}
          hidden
          onChange={(event) => {
            add(event.target.files);
            // Emptied, so choosing the same file again (after removing it) is noticed.
            event.target.value = '';
          }}
        />
      </div>
      <p className="govuk-visually-hidden" role="status">
        {announcement}
      </p>
      {files.length > 0 && (
        <ul className="govuk-list hearth-chosen-files" data-testid="chosen-files">
          {files.map(({ key, file }) => (
            <li key={key} className="hearth-chosen-files__item">
              <span className="hearth-chosen-files__name">
                <strong>{file.name}</strong>{' '}
                <span className="hearth-chosen-files__size">{formatBytes(file.size)}</span>
              </span>
              <button
                type="button"
                id={removeId(key)}
                className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                onClick={() => {
                  onRemove(key);
                  setAnnouncement(`${file.name} removed.`);
                  // The button goes with its row: focus returns to the drop zone, not to the page's top.
                  document.getElementById(id)?.focus();
                }}
              >
                Remove<span className="govuk-visually-hidden"> {file.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
