/**
 * The home's shared-drive folder in Settings (issue 6: "The home sets, once, the shared-drive folder
 * and the file-name pattern"; guidance 001: downloads are "saved onto the shared drive following
 * the home's recording policy"). The home's managers type it; everyone sees it with who set it and
 * when. On a computer where IT set its own folder, that one is used and this says so; in a browser,
 * files are offered as downloads to file in the home's folder. Checked as typed with the gateway's
 * own rule (shared/domain/shared-drive-folder.ts).
 */
import type { HomeSharedDriveFolder } from '../../../shared/api/downloads.ts';
import type { SharedDriveStatus } from '../../../shared/bridge/schemas.ts';
import { describedBy, ErrorMessage } from '../../ui/controls/field.tsx';

export const FOLDER_ID = 'download-folder';

/** What this computer does with the home's folder, in words; null when it simply uses it. */
export function thisComputerWords(status: SharedDriveStatus | null): string | null {
  if (!status) return null;
  if (status.mode === 'download') {
    return 'In a browser, each file is offered as an ordinary download under its name: save it in this folder.';
  }
  if (status.setBy === 'it-department') {
    return `On this computer, downloads are saved in ${status.folder ?? 'another folder'}: set by your IT department on this computer.`;
  }
  return status.problem ?? null;
}

export function SharedDriveFolderField(props: {
  value: string;
  onChange(value: string): void;
  saved: HomeSharedDriveFolder | null;
  status: SharedDriveStatus | null;
  mayChange: boolean;
  error: string | undefined;
}) {
  const { saved, error } = props;
  const computer = thisComputerWords(props.status);
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={FOLDER_ID}>
        Shared-drive folder
      </label>
      <div id={`${FOLDER_ID}-hint`} className="govuk-hint">
        The home’s folder for downloads, as a full path, e.g. S:\Children’s Home\Hearth or
        \\server\share\Hearth. Every computer of the home saves there.
      </div>
      <ErrorMessage id={`${FOLDER_ID}-error`} text={error} />
      <input
        className={`govuk-input${error ? ' govuk-input--error' : ''}`}
        id={FOLDER_ID}
        name={FOLDER_ID}
        type="text"
        spellCheck={false}
        autoComplete="off"
        value={props.value}
        readOnly={!props.mayChange}
        onChange={(event) => props.onChange(event.target.value)}
        aria-describedby={describedBy(
          `${FOLDER_ID}-hint`,
          `${FOLDER_ID}-set-by`,
          error && `${FOLDER_ID}-error`,
        )}
      />
      <p className="govuk-body-s govuk-!-margin-top-2" id={`${FOLDER_ID}-set-by`} data-testid="folder-set-by">
        {saved
          ? `Set by ${saved.setBy} on ${new Date(saved.setAt).toLocaleString('en-GB')}.`
          : 'Not set yet: nothing can be saved to the shared drive until a manager sets it.'}
      </p>
      {computer && (
        <p className="govuk-inset-text" data-testid="folder-this-computer">
          {computer}
        </p>
      )}
    </div>
  );
}
