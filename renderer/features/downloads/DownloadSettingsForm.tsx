/**
 * The home's recording policy for the shared drive (guidance 001: downloads are saved "following
 * the home's recording policy"; issue 6: "The home sets, once, the shared-drive folder and the
 * file-name pattern"): the folder and the file-name pattern, each checked as it is typed with the
 * same rules as the gateway (the pattern shown with an example), and which roles may download (a
 * role setting). Only the home's managers change them; everyone sees them. Electron writes only
 * inside the folder; a browser offers an ordinary download instead.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { DownloadSettings } from '../../../shared/api/downloads.ts';
import type { SharedDriveStatus } from '../../../shared/bridge/schemas.ts';
import { examplePath, patternProblems, PLACEHOLDERS } from '../../../shared/domain/file-name-pattern.ts';
import { MANAGER_ROLES, ROLE_LABELS, ROLES, type Role } from '../../../shared/domain/roles.ts';
import { folderProblem } from '../../../shared/domain/shared-drive-folder.ts';
import { host } from '../../host/index.ts';
import { useSession } from '../../session/session-store.ts';
import { ErrorSummary, type ErrorSummaryItem } from '../../ui/ErrorSummary.tsx';
import { describedBy, ErrorMessage } from '../../ui/controls/field.tsx';
import { getDownloadSettings, putDownloadSettings } from './downloads-api.ts';
import { FOLDER_ID, SharedDriveFolderField } from './SharedDriveFolderField.tsx';

const PATTERN_ID = 'download-pattern';

/** The host's status after the home's folder was handed to it; null if it cannot say. */
const hostStatus = () => host.sharedDriveStatus().catch(() => null);

/** An empty field means no folder (taking away one that was set); otherwise the shared rule. */
function folderFieldProblem(folder: string): string | null {
  return folder.trim() === '' ? null : folderProblem(folder.trim());
}

export function DownloadSettingsForm() {
  const role = useSession((s) => s.staff?.role);
  const [loaded, setLoaded] = useState<DownloadSettings | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [pattern, setPattern] = useState('');
  const [folder, setFolder] = useState('');
  const [status, setStatus] = useState<SharedDriveStatus | null>(null);
  const [roles, setRoles] = useState<readonly Role[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [problems, setProblems] = useState<ErrorSummaryItem[]>([]);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    let current = true;
    void getDownloadSettings().then(async (answer) => {
      if (!current) return;
      if (!answer.ok) return setFailed(answer.message);
      setLoaded(answer.value);
      setPattern(answer.value.pattern);
      setFolder(answer.value.sharedDriveFolder?.path ?? '');
      setRoles(answer.value.downloadRoles);
      const now = await hostStatus();
      if (current) setStatus(now);
    });
    return () => {
      current = false;
    };
  }, []);

  if (failed) return <p className="govuk-body">The download settings could not be loaded: {failed}</p>;
  if (!loaded) return <p className="govuk-body">Loading the download settings…</p>;
  const mayChange = role !== undefined && MANAGER_ROLES.has(role);
  const example = examplePath(pattern);

  const patternError = problems.find((p) => p.fieldId === PATTERN_ID)?.text;
  const folderError = problems.find((p) => p.fieldId === FOLDER_ID)?.text;

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const wrongFolder = folderFieldProblem(folder);
    const found: ErrorSummaryItem[] = [
      ...(wrongFolder ? [{ text: wrongFolder, fieldId: FOLDER_ID }] : []),
      ...patternProblems(pattern).map((text) => ({ text, fieldId: PATTERN_ID })),
    ];
    setProblems(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    const answer = await putDownloadSettings({
      pattern,
      downloadRoles: [...roles],
      sharedDriveFolder: folder.trim() === '' ? null : folder.trim(),
    });
    if (!answer.ok) {
      const about = answer.message.includes('sharedDriveFolder') ? FOLDER_ID : PATTERN_ID;
      return setProblems([{ text: answer.message, fieldId: about }]);
    }
    setLoaded(answer.value);
    setFolder(answer.value.sharedDriveFolder?.path ?? '');
    setStatus(await hostStatus());
    setSaved(true);
  }

  return (
    <section aria-labelledby="download-settings-heading" data-testid="download-settings">
      <h2 className="govuk-heading-m" id="download-settings-heading">
        Saving downloads to the shared drive
      </h2>
      {saved && (
        <p className="govuk-inset-text" role="status">
          Saved. The next download is named by this pattern.
        </p>
      )}
      {problems.length > 0 && <ErrorSummary items={problems} attempt={attempt} />}
      <form noValidate onSubmit={(event) => void save(event)}>
        <SharedDriveFolderField
          value={folder}
          onChange={setFolder}
          saved={loaded.sharedDriveFolder}
          status={status}
          mayChange={mayChange}
          error={folderError}
        />
        <div className={`govuk-form-group${patternError ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label govuk-label--s" htmlFor={PATTERN_ID}>
            File-name pattern
          </label>
          <div id={`${PATTERN_ID}-hint`} className="govuk-hint">
            Folders separated by “/”. You can use{' '}
            {Object.entries(PLACEHOLDERS)
              .map(([name]) => `{${name}}`)
              .join(', ')}
            .
          </div>
          <ErrorMessage id={`${PATTERN_ID}-error`} text={patternError} />
          <input
            className={`govuk-input${patternError ? ' govuk-input--error' : ''}`}
            id={PATTERN_ID}
            name={PATTERN_ID}
            type="text"
            spellCheck={false}
            value={pattern}
            readOnly={!mayChange}
            onChange={(event) => setPattern(event.target.value)}
            aria-describedby={describedBy(
              `${PATTERN_ID}-hint`,
              `${PATTERN_ID}-example`,
              patternError && `${PATTERN_ID}-error`,
            )}
          />
        </div>
        <p className="govuk-body" id={`${PATTERN_ID}-example`} data-testid="pattern-example">
          {example ? (
            <>
              For example: <code>{example}</code>
            </>
          ) : (
            'This pattern cannot be used yet: ' + patternProblems(pattern).join(' ')
          )}
        </p>
        <div className="govuk-form-group">
          <fieldset className="govuk-fieldset">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Who may download</legend>
            <div className="govuk-hint">
              Everyone else views documents in Hearth only. Downloading also needs all 9 training modules.
            </div>
            <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
              {ROLES.map((r) => (
                <div className="govuk-checkboxes__item" key={r}>
                  <input
                    className="govuk-checkboxes__input"
                    id={`download-role-${r}`}
                    type="checkbox"
                    checked={roles.includes(r)}
                    disabled={!mayChange}
                    onChange={(event) =>
                      setRoles(event.target.checked ? [...roles, r] : roles.filter((x) => x !== r))
                    }
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={`download-role-${r}`}>
                    {ROLE_LABELS[r]}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        {mayChange ? (
          <button type="submit" className="govuk-button">
            Save download settings
          </button>
        ) : (
          <p className="govuk-body">
            Only the home’s registered manager or assistant manager can change these.
          </p>
        )}
        {loaded.updatedBy && loaded.updatedAt && (
          <p className="govuk-body-s">
            Last changed by {loaded.updatedBy} on {new Date(loaded.updatedAt).toLocaleString('en-GB')}.
          </p>
        )}
      </form>
    </section>
  );
}
